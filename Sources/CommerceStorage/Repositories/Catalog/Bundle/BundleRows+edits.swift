import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// A bundle product as its option and link edits need it.
struct BundleParent: Sendable {
    let id: Int
    let sku: String
    let typeId: String
}

/// Magento's option and link edits (`OptionRepository::save`, `LinkManagement::addChild`…),
/// shared by `/V1/bundle-products/…` and a product save carrying `bundle_product_options`.
extension BundleRows {
    /// The product by SKU (404 when unknown), whatever its type.
    func parent(sku: String, on db: any SQLDatabase) async throws -> BundleParent {
        guard let row = try await db.raw("SELECT entity_id, sku, type_id FROM catalog_product WHERE sku_key = \(bind: sku.lowercased())").first() else {
            throw SQLProductRepository.noSuchProduct
        }
        return BundleParent(
            id: try row.decode(column: "entity_id", as: Int.self), sku: try row.decode(column: "sku", as: String.self),
            typeId: try row.decode(column: "type_id", as: String.self)
        )
    }

    func options(of parent: BundleParent, on db: any SQLDatabase) async throws -> [BundleOption] {
        try await options(parents: [parent.id: parent.sku], on: db)[parent.id] ?? []
    }

    /// Creates the option (with its links) or updates it and syncs its links when they are sent.
    func saveOption(_ option: BundleOption, in parent: BundleParent, on db: any SQLDatabase) async throws -> Int {
        guard let id = option.optionId else {
            let id = try await insertOption(option, parentId: parent.id, on: db)
            for link in option.productLinks ?? [] {
                _ = try await addChild(link, optionId: id, to: parent, on: db)
            }
            return id
        }
        guard let stored = try await options(of: parent, on: db).first(where: { $0.optionId == id }) else {
            throw BundleMessages.optionMissing
        }
        try await updateOption(option, over: stored, on: db)
        if let links = option.productLinks {
            try await syncLinks(links, optionId: id, stored: stored.productLinks ?? [], parent: parent, on: db)
        }
        return id
    }

    /// Links with a known id are updated, others added; stored links not sent are removed.
    func syncLinks(_ links: [BundleLink], optionId: Int, stored: [BundleLink], parent: BundleParent, on db: any SQLDatabase) async throws {
        let kept = Set(links.compactMap(\.id))
        try await deleteSelections(stored.filter { !kept.contains($0.id ?? "") }.compactMap { $0.id.flatMap(Int.init) }, on: db)
        for link in links {
            if let existing = stored.first(where: { $0.id != nil && $0.id == link.id }) {
                let child = try await child(sku: link.sku ?? existing.sku ?? "", on: db)
                try await updateSelection(link, over: existing, childId: child.id, on: db)
            } else {
                var added = link
                added.id = nil
                _ = try await addChild(added, optionId: optionId, to: parent, on: db)
            }
        }
    }

    /// Adds a child product to the option: refused for a composite child or one already in it.
    func addChild(_ link: BundleLink, optionId: Int, to parent: BundleParent, on db: any SQLDatabase) async throws -> Int {
        let child = try await child(sku: link.sku ?? "", on: db)
        let taken = try await db.raw("""
            SELECT selection_id FROM catalog_bundle_selection WHERE option_id = \(bind: optionId) AND product_id = \(bind: child.id)
            """).first()
        if taken != nil {
            throw BundleMessages.alreadyAssigned(childSku: link.sku ?? "", sku: parent.sku)
        }
        return try await insertSelection(link, optionId: optionId, parentId: parent.id, childId: child.id, on: db)
    }

    /// A selection's product by SKU: 404 when unknown, refused when composite.
    func child(sku: String, on db: any SQLDatabase) async throws -> BundleParent {
        let child = try await parent(sku: sku, on: db)
        guard !BundleRules.compositeTypes.contains(child.typeId) else { throw BundleMessages.compositeChild }
        return child
    }

    /// A product save's `bundle_product_options`: the sent list becomes the bundle's options.
    /// Options with a stored id are updated, others created; stored options not sent are removed.
    func replaceOptions(_ sent: [BundleOption], of parent: BundleParent, on db: any SQLDatabase) async throws {
        let stored = try await options(of: parent, on: db)
        let storedIds = Set(stored.compactMap(\.optionId))
        let kept = Set(sent.compactMap(\.optionId)).intersection(storedIds)
        for option in stored where !kept.contains(option.optionId ?? 0) {
            try await deleteOption(option.optionId ?? 0, on: db)
        }
        for var option in sent {
            if let id = option.optionId, !storedIds.contains(id) { option.optionId = nil }
            _ = try await saveOption(option, in: parent, on: db)
        }
    }
}
