import CommerceDomain
import Foundation
import MagentoWire

/// `customerDownloadableProducts`: the links the signed-in customer's invoiced orders opened
/// ("My Downloadable Products" in PWA Studio and Luma).
extension CustomerArea {
    static let downloadablesSDL = """
    extend type Query {
        customerDownloadableProducts: CustomerDownloadableProducts
    }
    type CustomerDownloadableProducts {
        items: [CustomerDownloadableProduct]
    }
    type CustomerDownloadableProduct {
        date: String
        download_url: String
        order_increment_id: String
        remaining_downloads: String
        status: String
    }
    """

    var downloadableResolvers: [FieldResolver] {
        [
            FieldResolver("Query", "customerDownloadableProducts") { [sales] call in
                let customerId = try call.context.requireCustomer()
                let base = call.context.baseURL
                let items = try await sales.downloadablePurchases(customerId: customerId).map { purchase -> JSONValue in
                    [
                        "date": .string(purchase.date),
                        "download_url": .string("\(base)downloadable/download/link/id/\(purchase.linkHash)/"),
                        "order_increment_id": .string(purchase.orderIncrementId),
                        // Magento answers "Unlimited" for links without a download limit.
                        "remaining_downloads": .string(purchase.remainingDownloads.map(String.init) ?? "Unlimited"),
                        "status": .string(purchase.status),
                    ]
                }
                return ["items": .array(items)]
            },
        ]
    }
}
