import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLProductRepository {
    /// A bundle's options after a save: the sent `bundle_product_options` replace the stored
    /// ones (`BundleRows.replaceOptions`); nil for other types.
    static func saveBundleOptions(
        _ input: Product, product: Product, id: Int, on db: any SQLDatabase, engine: DatabaseEngine
    ) async throws -> [BundleOption]? {
        guard product.typeId == "bundle" else { return nil }
        let rows = BundleRows(engine: engine)
        let parent = BundleParent(id: id, sku: product.sku ?? "", typeId: "bundle")
        if let sent = input.extensionAttributes?.bundleProductOptions {
            try await rows.replaceOptions(sent, of: parent, on: db)
        }
        return try await rows.options(of: parent, on: db)
    }
}
