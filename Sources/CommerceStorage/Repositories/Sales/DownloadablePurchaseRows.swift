import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Link purchases (`downloadable_link_purchased_item`). Magento opens a downloadable item's links
/// when the item is invoiced (`catalog/downloadable/order_item_status`, "Invoiced" by default);
/// so does Magpie, in the invoice's transaction.
enum DownloadablePurchaseRows {
    static func recordInvoiced(_ order: Order, now: String, engine: DatabaseEngine, on db: any SQLDatabase) async throws {
        for item in order.items ?? [] where item.productType == "downloadable" && (item.qtyInvoiced ?? 0) > 0 {
            guard let itemId = item.itemId, let sku = item.sku else { continue }
            let existing = try await db.raw("""
                SELECT 1 AS found FROM downloadable_link_purchased_item WHERE order_item_id = \(bind: itemId)
                """).first()
            guard existing == nil else { continue }
            let product = try await ProductLoader(engine: engine, scope: .global).load(sku: sku, on: db)
            let links = product?.extensionAttributes?.downloadableProductLinks ?? []
            let picked = Set(DownloadableSelection.choices(item.productOption))
            for link in links where picked.isEmpty || picked.contains(link.id ?? -1) {
                let bought = (link.numberOfDownloads ?? 0) * NSDecimalNumber(decimal: item.qtyOrdered ?? 1).intValue
                try await db.raw("""
                    INSERT INTO downloadable_link_purchased_item (order_id, order_item_id, order_increment_id, customer_id, product_sku,
                        link_id, link_title, link_hash, number_of_downloads_bought, number_of_downloads_used, status, created_at, updated_at)
                    VALUES (\(bind: order.entityId ?? 0), \(bind: itemId), \(bind: order.incrementId ?? ""), \(bind: order.customerId),
                        \(bind: sku), \(bind: link.id ?? 0), \(bind: link.title ?? ""), \(bind: hash()), \(bind: bought), 0,
                        'available', \(bind: now), \(bind: now))
                    """).run()
            }
        }
    }

    static func purchases(customerId: Int, on db: any SQLDatabase) async throws -> [DownloadablePurchase] {
        try await db.raw("""
            SELECT order_increment_id, created_at, link_hash, link_title, product_sku, number_of_downloads_bought,
                   number_of_downloads_used, status
            FROM downloadable_link_purchased_item WHERE customer_id = \(bind: customerId) ORDER BY item_id
            """).all().map { row in
            let bought = try row.decode(column: "number_of_downloads_bought", as: Int.self)
            let used = try row.decode(column: "number_of_downloads_used", as: Int.self)
            return DownloadablePurchase(
                orderIncrementId: try row.decode(column: "order_increment_id", as: String.self),
                date: try row.decode(column: "created_at", as: String.self),
                linkHash: try row.decode(column: "link_hash", as: String.self),
                title: try row.decode(column: "link_title", as: String.self),
                sku: try row.decode(column: "product_sku", as: String.self),
                remainingDownloads: bought == 0 ? nil : max(bought - used, 0),
                status: try row.decode(column: "status", as: String.self)
            )
        }
    }

    /// An unguessable handle for the download URL, as Magento's `link_hash`: two random UUIDs.
    static func hash() -> String {
        (UUID().uuidString + UUID().uuidString).replacingOccurrences(of: "-", with: "").lowercased()
    }
}
