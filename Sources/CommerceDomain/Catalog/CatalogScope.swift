/// Which store's values a catalog call reads and where its writes land.
///
/// Reads in a store view return the view's own values where it has them and the default values
/// otherwise. Writes land on the view only when the URL names the view (`/rest/fr/V1/…`); a URL
/// without a store code, or `/rest/all/`, writes the default (global) values. Magento treats a
/// missing store code as the default view and writes view values there, which surprises every
/// integrator who later changes a name in `all` and sees no effect; we write globally instead.
public struct CatalogScope: Sendable, Equatable {
    /// The store view whose values are read; 0 reads the default values only.
    public var storeId: Int
    /// True when writes set the view's own values for per-view attributes.
    public var writesToView: Bool

    public init(storeId: Int, writesToView: Bool) {
        self.storeId = storeId
        self.writesToView = writesToView && storeId != 0
    }

    /// The default (global) scope.
    public static let global = CatalogScope(storeId: 0, writesToView: false)
}
