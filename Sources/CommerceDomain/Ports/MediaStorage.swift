/// Where product images live: files under a media directory, named as Magento names them
/// (`/m/b/mb01.jpg` below `catalog/product`), served at `/media/catalog/product/…`.
public protocol MediaStorage: Sendable {
    /// Stores the bytes under a free name derived from `fileName`; returns the path (`/m/b/mb01.jpg`).
    func store(_ bytes: [UInt8], fileName: String) async throws -> String
    /// The file's bytes, or nil when there is none.
    func read(_ path: String) async throws -> [UInt8]?
    func remove(_ path: String) async throws
}
