import Foundation

/// A link a buyer may download: one per link of an invoiced downloadable order item, as
/// Magento's `downloadable_link_purchased_item`. `remainingDownloads` is nil for unlimited.
public struct DownloadablePurchase: Sendable, Equatable {
    public var orderIncrementId: String
    public var date: String
    public var linkHash: String
    public var title: String
    public var sku: String
    public var remainingDownloads: Int?
    public var status: String

    public init(orderIncrementId: String, date: String, linkHash: String, title: String, sku: String, remainingDownloads: Int?, status: String) {
        self.orderIncrementId = orderIncrementId
        self.date = date
        self.linkHash = linkHash
        self.title = title
        self.sku = sku
        self.remainingDownloads = remainingDownloads
        self.status = status
    }
}
