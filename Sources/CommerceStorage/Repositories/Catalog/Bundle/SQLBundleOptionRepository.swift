import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Bundle options and selections in their own rows (`BundleRows`), with Magento's checks.
public struct SQLBundleOptionRepository: BundleOptionRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    var rows: BundleRows { BundleRows(engine: provider.engine) }

    public func options(sku: String) async throws -> [BundleOption] {
        try await provider.read { [rows] db in
            let parent = try await rows.bundle(sku: sku, refusal: BundleMessages.bundleOnly, on: db)
            return try await rows.presented(rows.options(of: parent, on: db), parent: parent, on: db)
        }
    }

    public func option(sku: String, optionId: Int) async throws -> BundleOption {
        let all = try await options(sku: sku)
        guard let option = all.first(where: { $0.optionId == optionId }) else { throw BundleMessages.optionMissing }
        return option
    }

    public func saveOption(_ option: BundleOption) async throws -> Int {
        try await edit(sku: option.sku ?? "", refusal: BundleMessages.bundleOnly) { rows, parent, db in
            try await rows.saveOption(option, in: parent, on: db)
        }
    }

    public func deleteOption(sku: String, optionId: Int) async throws {
        try await edit(sku: sku, refusal: BundleMessages.bundleOnly) { rows, parent, db in
            guard try await rows.options(of: parent, on: db).contains(where: { $0.optionId == optionId }) else {
                throw BundleMessages.optionMissing
            }
            try await rows.deleteOption(optionId, on: db)
        }
    }

    public func children(sku: String, optionId: Int?) async throws -> [BundleLink] {
        try await provider.read { [rows] db in
            let parent = try await rows.bundle(sku: sku, refusal: BundleMessages.bundleOnly, on: db)
            let options = try await rows.presented(rows.options(of: parent, on: db), parent: parent, on: db)
            return options.filter { optionId == nil || $0.optionId == optionId }.flatMap { $0.productLinks ?? [] }
        }
    }

    public func addChild(sku: String, optionId: Int, link: BundleLink) async throws -> Int {
        try await edit(sku: sku, refusal: BundleMessages.notBundle(sku)) { rows, parent, db in
            guard try await rows.options(of: parent, on: db).contains(where: { $0.optionId == optionId }) else {
                throw BundleMessages.noSuchOption(sku: parent.sku, optionId: optionId)
            }
            return try await rows.addChild(link, optionId: optionId, to: parent, on: db)
        }
    }

    public func saveChild(sku: String, link: BundleLink) async throws {
        try await edit(sku: sku, refusal: BundleMessages.notBundle(sku)) { rows, parent, db in
            let child = try await rows.child(sku: link.sku ?? "", on: db)
            guard let id = link.id, !id.isEmpty else { throw BundleMessages.linkIdMissing }
            guard let selectionId = Int(id), let stored = try await rows.selection(id: selectionId, parentId: parent.id, on: db) else {
                throw BundleMessages.linkNotFound(id)
            }
            // A selection moves only between this bundle's own options.
            if let optionId = link.optionId, optionId != stored.optionId,
               try await !rows.options(of: parent, on: db).contains(where: { $0.optionId == optionId }) {
                throw BundleMessages.noSuchOption(sku: parent.sku, optionId: optionId)
            }
            try await rows.updateSelection(link, over: stored, childId: child.id, on: db)
        }
    }

    public func removeChild(sku: String, optionId: Int, childSku: String) async throws {
        try await edit(sku: sku, refusal: BundleMessages.notBundle(sku)) { rows, parent, db in
            let links = try await rows.options(of: parent, on: db).first { $0.optionId == optionId }?.productLinks ?? []
            let gone = links.filter { ($0.sku ?? "").lowercased() == childSku.lowercased() }.compactMap { $0.id.flatMap(Int.init) }
            guard !gone.isEmpty else { throw BundleMessages.childMissing }
            try await rows.deleteSelections(gone, on: db)
        }
    }

    /// Runs `change` on the bundle in one transaction, then bumps the product's `updated_at` and
    /// records `product.updated`, as any other product edit does.
    private func edit<T: Sendable>(
        sku: String, refusal: CommerceError,
        _ change: @escaping @Sendable (BundleRows, BundleParent, any SQLDatabase) async throws -> T
    ) async throws -> T {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { [rows] db in
            let parent = try await rows.bundle(sku: sku, refusal: refusal, on: db)
            let result = try await change(rows, parent, db)
            try await db.raw("UPDATE catalog_product SET updated_at = \(bind: now) WHERE entity_id = \(bind: parent.id)").run()
            try await Outbox.append(
                DomainEvent(
                    type: "product.updated", entityType: "product", entityId: parent.sku,
                    payload: "{\"id\":\(parent.id),\"sku\":\(JSONValue.string(parent.sku).jsonString)}"
                ),
                on: db, at: now
            )
            return result
        }
    }
}

extension BundleRows {
    /// The product by SKU, refused with `refusal` unless it is a bundle.
    func bundle(sku: String, refusal: CommerceError, on db: any SQLDatabase) async throws -> BundleParent {
        let parent = try await parent(sku: sku, on: db)
        guard parent.typeId == "bundle" else { throw refusal }
        return parent
    }

    /// The options as Magento answers them: selection prices only on a fixed-price bundle.
    func presented(_ options: [BundleOption], parent: BundleParent, on db: any SQLDatabase) async throws -> [BundleOption] {
        let row = try await db.raw("""
            SELECT value FROM catalog_product_value WHERE product_id = \(bind: parent.id) AND store_id = 0 AND attribute_code = 'price_type'
            """).first()
        let fixed = try row?.decode(column: "value", as: String?.self) == "1"
        return options.map { option in
            var shown = option
            shown.productLinks = option.productLinks?.map { BundleRules.presented($0, fixedPrice: fixed) }
            return shown
        }
    }
}
