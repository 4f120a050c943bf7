/// What CMS pages and blocks have in common: an identifier unique per store view, a title,
/// the store views they show in, and Magento's timestamps.
public protocol CmsContent: Codable, Sendable, Equatable {
    var id: Int? { get set }
    var identifier: String? { get set }
    var title: String? { get set }
    var active: Bool? { get set }
    var creationTime: String? { get set }
    var updateTime: String? { get set }
    /// Store view ids; 0 is every view.
    var storeId: [Int]? { get set }
}
