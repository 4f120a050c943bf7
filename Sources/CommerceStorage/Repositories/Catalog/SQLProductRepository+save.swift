import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLProductRepository {
    static let productTypes: Set<String> = ["simple", "virtual", "configurable", "grouped", "bundle", "downloadable"]
    /// Types whose stock item tracks a quantity; the others store 0 (Magento's `isQty`).
    static let quantityTypes: Set<String> = ["simple", "virtual", "downloadable"]
    /// Fields kept in `catalog_product` columns that a view may override.
    static let scopedColumns: Set<String> = ["name", "status", "visibility"]

    public func saveProduct(_ input: Product, scope: CatalogScope, saveOptions: Bool) async throws -> Product {
        let definitions = try await attributes.definitions()
        let sku = (input.sku ?? "").trimmingCharacters(in: .whitespaces)
        guard !sku.isEmpty else {
            throw CommerceError.invalidInput(message: "Invalid product data: %1", parameters: ["The value of attribute \"sku\" must be set"])
        }
        let now = MagentoTimestamp.string(from: clock.now())
        let engine = provider.engine
        let config = stockConfiguration
        let readScope = CatalogScope(storeId: scope.storeId, writesToView: false)
        return try await provider.transaction { db in
            // Every statement is a hop to the database thread: the save reads the product once,
            // writes only what changed, and reads its answer back in the same transaction.
            let loaded = try await ProductLoader(engine: engine, scope: readScope).loadParts(sku: sku, on: db)
            let stored = loaded?.base
            var product = stored ?? Product(
                sku: sku, attributeSetId: StandardAttributes.defaultSetId, status: 1, visibility: 4, typeId: "simple"
            )
            var viewValues: [(String, String?)] = []
            let writesToView = scope.writesToView && stored != nil
            Self.apply(input, to: &product, definitions: definitions, writesToView: writesToView, viewValues: &viewValues)
            try await Self.validate(
                &product, isNew: stored == nil, checkSet: product.attributeSetId != stored?.attributeSetId, on: db
            )
            product.updatedAt = now
            product.createdAt = product.createdAt ?? now
            if product.extensionAttributes?.websiteIds == nil {
                var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
                extensions.websiteIds = [1]
                product.extensionAttributes = extensions
            }
            if product.customAttribute("url_key") != stored?.customAttribute("url_key") {
                try await Self.checkURLKey(product, productId: stored?.id, on: db)
            }
            if product.options?.isEmpty == false || product.mediaGalleryEntries?.isEmpty == false
                || product.extensionAttributes?.configurableProductOptions?.isEmpty == false
                || product.extensionAttributes?.downloadableProductLinks?.isEmpty == false
                || product.extensionAttributes?.downloadableProductSamples?.isEmpty == false {
                var allocator = try await Self.loadAllocator(on: db)
                allocator.assignMissingIds(&product)
                try await Self.storeAllocator(allocator, on: db)
            }

            let id = try await Self.writeRow(product, id: stored?.id, on: db, engine: engine)
            if stored == nil || Self.defaultValues(product) != Self.defaultValues(stored!) {
                try await Self.writeValues(product, id: id, definitions: definitions, viewValues: [], storeId: 0, on: db)
            }
            if !viewValues.isEmpty {
                try await Self.writeViewValues(viewValues, id: id, storeId: scope.storeId, on: db)
            }
            let bundleOptions = try await Self.saveBundleOptions(input, product: product, id: id, on: db, engine: engine)
            var links = stored?.extensionAttributes?.categoryLinks ?? []
            if let sent = input.extensionAttributes?.categoryLinks ?? Self.categoryIds(input) {
                links = try await Self.replaceCategoryLinks(sent, productId: id, on: db)
            }
            let stock = try await Self.saveStock(
                input.extensionAttributes?.stockItem, productId: id, sku: product.sku ?? sku, typeId: product.typeId ?? "simple",
                isNew: stored == nil, config: config, now: now, on: db, engine: engine
            ) ?? stored?.extensionAttributes?.stockItem
            try await Outbox.append(
                DomainEvent(
                    type: stored == nil ? "product.created" : "product.updated", entityType: "product",
                    entityId: product.sku ?? sku, payload: "{\"id\":\(id),\"sku\":\(JSONValue.string(product.sku ?? sku).jsonString)}"
                ),
                on: db, at: now
            )
            // The answer is built from what was just written rather than read back: one statement
            // less on the single writer connection.
            product.id = id
            ProductLoader.attach(links: links, stock: stock, to: &product)
            if let bundleOptions { ProductLoader.attach(bundleOptions: bundleOptions, to: &product) }
            var overrides = loaded?.overrides ?? []
            if writesToView, scope.storeId == readScope.storeId {
                for (code, value) in viewValues {
                    overrides.removeAll { $0.0 == code }
                    if value != nil { overrides.append((code, value)) }
                }
            }
            return ProductLoader.assemble(product, overrides: overrides)
        }
    }

    /// The default-scope attribute values the value rows mirror (category ids live in their own table).
    static func defaultValues(_ product: Product) -> [CustomAttribute] {
        (product.customAttributes ?? []).filter { $0.attributeCode != "category_ids" }
    }

    /// Lays the sent fields over the stored product. Per-view values collect in `viewValues` when
    /// the write targets a store view.
    static func apply(
        _ input: Product, to product: inout Product, definitions: [String: AttributeDefinition], writesToView: Bool,
        viewValues: inout [(String, String?)]
    ) {
        if writesToView {
            if let name = input.name { viewValues.append(("name", name)) }
            if let status = input.status { viewValues.append(("status", String(status))) }
            if let visibility = input.visibility { viewValues.append(("visibility", String(visibility))) }
        } else {
            product.name = input.name ?? product.name
            product.status = input.status ?? product.status
            product.visibility = input.visibility ?? product.visibility
        }
        product.attributeSetId = input.attributeSetId ?? product.attributeSetId
        product.price = input.price ?? product.price
        product.typeId = input.typeId ?? product.typeId
        product.weight = input.weight ?? product.weight
        for attribute in input.customAttributes ?? [] {
            let code = attribute.attributeCode
            guard let definition = definitions[code], code != "category_ids", code != "sku" else { continue }
            if Self.scopedColumns.contains(code) || ["price", "weight"].contains(code) {
                var single = Product()
                let text = ProductValueText.text(attribute.value)
                switch code {
                case "name": single.name = text
                case "status": single.status = text.flatMap { Int($0) }
                case "visibility": single.visibility = text.flatMap { Int($0) }
                case "price": single.price = text.flatMap { ExactDecimal.parse($0) }
                default: single.weight = text.flatMap { ExactDecimal.parse($0) }
                }
                apply(single, to: &product, definitions: definitions, writesToView: writesToView, viewValues: &viewValues)
                continue
            }
            if writesToView, definition.isScopedPerView {
                viewValues.append((code, ProductValueText.text(attribute.value)))
            } else if attribute.value.isNull {
                product.customAttributes?.removeAll { $0.attributeCode == code }
            } else {
                product.setCustomAttribute(code, attribute.value)
            }
        }
        if let extensions = input.extensionAttributes {
            var merged = product.extensionAttributes ?? ProductExtensionAttributes()
            merged.websiteIds = extensions.websiteIds ?? merged.websiteIds
            merged.configurableProductOptions = extensions.configurableProductOptions ?? merged.configurableProductOptions
            merged.configurableProductLinks = extensions.configurableProductLinks ?? merged.configurableProductLinks
            merged.bundleProductOptions = extensions.bundleProductOptions ?? merged.bundleProductOptions
            merged.downloadableProductLinks = extensions.downloadableProductLinks ?? merged.downloadableProductLinks
            merged.downloadableProductSamples = extensions.downloadableProductSamples ?? merged.downloadableProductSamples
            product.extensionAttributes = merged
        }
        product.productLinks = input.productLinks ?? product.productLinks
        product.options = input.options ?? product.options
        if input.mediaGalleryEntries != nil {
            product.mediaGalleryEntries = input.mediaGalleryEntries
            MediaGalleryRules.normalize(&product)
        }
        product.tierPrices = input.tierPrices ?? product.tierPrices
    }

    /// Magento's checks at save: known type and attribute set, and the required values of a new product.
    static func validate(_ product: inout Product, isNew: Bool, checkSet: Bool, on db: any SQLDatabase) async throws {
        let type = product.typeId ?? "simple"
        guard productTypes.contains(type) else {
            throw CommerceError.invalidInput(message: "Invalid product data: %1", parameters: ["Product type \"\(type)\" is not supported"])
        }
        let setId = product.attributeSetId ?? StandardAttributes.defaultSetId
        if checkSet {
            let set = try await db.raw("SELECT attribute_set_id FROM catalog_attribute_set WHERE attribute_set_id = \(bind: setId)").first()
            guard set != nil else {
                throw CommerceError.invalidInput(message: "Invalid product data: %1", parameters: ["The attribute set with \"\(setId)\" ID doesn't exist"])
            }
        }
        guard let status = product.status, [1, 2].contains(status) else {
            throw CommerceError.invalidInput(message: "Invalid value of \"%1\" provided for the %2 field.", parameters: [String(product.status ?? 0), "status"])
        }
        guard let visibility = product.visibility, (1...4).contains(visibility) else {
            throw CommerceError.invalidInput(message: "Invalid value of \"%1\" provided for the %2 field.", parameters: [String(product.visibility ?? 0), "visibility"])
        }
        if isNew {
            if (product.name ?? "").isEmpty {
                throw CommerceError.invalidInput(message: "Invalid product data: %1", parameters: ["The value of attribute \"name\" must be set"])
            }
            if product.price == nil, ["simple", "virtual", "downloadable"].contains(type) {
                throw CommerceError.invalidInput(message: "Invalid product data: %1", parameters: ["The value of attribute \"price\" must be set"])
            }
            if type == "bundle" { BundleRules.setDefaults(&product) }
            if product.customAttribute("url_key") == nil, let name = product.name {
                product.setCustomAttribute("url_key", .string(URLKey.make(from: name)))
            }
        }
    }

    /// `url_key` is unique among products in the default scope, as Magento's URL rewrites require.
    static func checkURLKey(_ product: Product, productId: Int?, on db: any SQLDatabase) async throws {
        guard let key = product.customAttribute("url_key").flatMap(ProductValueText.text), !key.isEmpty else { return }
        let clash = try await db.raw("""
            SELECT product_id FROM catalog_product_value
            WHERE attribute_code = 'url_key' AND store_id = 0 AND value = \(bind: key) AND product_id <> \(bind: productId ?? -1)
            """).first()
        if clash != nil {
            throw CommerceError.invalidInput(message: "URL key for specified store already exists.")
        }
    }

    static func writeRow(_ product: Product, id: Int?, on db: any SQLDatabase, engine: DatabaseEngine) async throws -> Int {
        let document = try ProductDocument.encode(product)
        let price: any SQLExpression = try product.price.map { SQLBind(try ExactDecimal.storable($0, engine: engine, field: "price")) } ?? SQLLiteral.null
        let weight: any SQLExpression = try product.weight.map { SQLBind(try ExactDecimal.storable($0, engine: engine, field: "weight")) } ?? SQLLiteral.null
        let sku = product.sku ?? ""
        if let id {
            try await db.raw("""
                UPDATE catalog_product SET attribute_set_id = \(bind: product.attributeSetId ?? 4), type_id = \(bind: product.typeId ?? "simple"),
                    name = \(bind: product.name), price = \(price), status = \(bind: product.status ?? 1),
                    visibility = \(bind: product.visibility ?? 4), weight = \(weight), updated_at = \(bind: product.updatedAt ?? ""),
                    document = \(bind: document)
                WHERE entity_id = \(bind: id)
                """).run()
            return id
        }
        let row = try await db.raw("""
            INSERT INTO catalog_product (sku, sku_key, attribute_set_id, type_id, name, price, status, visibility, weight,
                created_at, updated_at, document)
            VALUES (\(bind: sku), \(bind: sku.lowercased()), \(bind: product.attributeSetId ?? 4), \(bind: product.typeId ?? "simple"),
                \(bind: product.name), \(price), \(bind: product.status ?? 1), \(bind: product.visibility ?? 4), \(weight),
                \(bind: product.createdAt ?? ""), \(bind: product.updatedAt ?? ""), \(bind: document))
            RETURNING entity_id
            """).first()
        return try row?.decode(column: "entity_id", as: Int.self) ?? 0
    }

    /// Rewrites the default values (store 0) from the product's custom attributes.
    static func writeValues(
        _ product: Product, id: Int, definitions: [String: AttributeDefinition], viewValues: [(String, String?)],
        storeId: Int, on db: any SQLDatabase
    ) async throws {
        try await db.raw("DELETE FROM catalog_product_value WHERE product_id = \(bind: id) AND store_id = 0").run()
        var rows: [any SQLExpression] = []
        for attribute in defaultValues(product) where definitions[attribute.attributeCode] != nil {
            guard let text = ProductValueText.text(attribute.value) else { continue }
            rows.append(SQLQueryString("(\(bind: id), 0, \(bind: attribute.attributeCode), \(bind: text))"))
        }
        if !rows.isEmpty {
            try await db.raw("""
                INSERT INTO catalog_product_value (product_id, store_id, attribute_code, value) VALUES \(SQLList(rows))
                """).run()
        }
    }

    /// Upserts a view's own values; a null value removes the view's value ("use default" again).
    static func writeViewValues(_ values: [(String, String?)], id: Int, storeId: Int, on db: any SQLDatabase) async throws {
        for (code, value) in values {
            if let value {
                try await db.raw("""
                    INSERT INTO catalog_product_value (product_id, store_id, attribute_code, value)
                    VALUES (\(bind: id), \(bind: storeId), \(bind: code), \(bind: value))
                    ON CONFLICT (product_id, store_id, attribute_code) DO UPDATE SET value = excluded.value
                    """).run()
            } else {
                try await db.raw("""
                    DELETE FROM catalog_product_value WHERE product_id = \(bind: id) AND store_id = \(bind: storeId) AND attribute_code = \(bind: code)
                    """).run()
            }
        }
    }

    /// `category_ids` in `custom_attributes`, as links at position 0, when no `category_links` came.
    static func categoryIds(_ input: Product) -> [CategoryLink]? {
        guard let value = input.customAttribute("category_ids") else { return nil }
        let ids: [String]
        switch value {
        case .array(let items): ids = items.compactMap(ProductValueText.text)
        case .string(let text): ids = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        default: ids = ProductValueText.text(value).map { [$0] } ?? []
        }
        return ids.map { CategoryLink(position: 0, categoryId: $0) }
    }

    /// Replaces the product's category links; returns them as stored (one per category, by id).
    static func replaceCategoryLinks(_ links: [CategoryLink], productId: Int, on db: any SQLDatabase) async throws -> [CategoryLink] {
        try await db.raw("DELETE FROM catalog_category_product WHERE product_id = \(bind: productId)").run()
        var stored: [Int: Int] = [:]
        for link in links {
            guard let categoryId = link.categoryId.flatMap({ Int($0) }),
                  try await db.raw("SELECT entity_id FROM catalog_category WHERE entity_id = \(bind: categoryId)").first() != nil else {
                throw CommerceError.noSuchEntity(field: "id", value: link.categoryId ?? "")
            }
            try await db.raw("""
                INSERT INTO catalog_category_product (category_id, product_id, position)
                VALUES (\(bind: categoryId), \(bind: productId), \(bind: link.position ?? 0))
                ON CONFLICT (category_id, product_id) DO UPDATE SET position = excluded.position
                """).run()
            stored[categoryId] = link.position ?? 0
        }
        return stored.keys.sorted().map { CategoryLink(position: stored[$0], categoryId: String($0)) }
    }

    /// A new product gets a fresh stock item; a sent `stock_item` is merged and normalized, and
    /// mirrored to the default source.
    /// Returns the item as saved (with its id), or nil when the stock was left alone.
    static func saveStock(
        _ update: StockItem?, productId: Int, sku: String, typeId: String, isNew: Bool, config: StockConfiguration,
        now: String, on db: any SQLDatabase, engine: DatabaseEngine
    ) async throws -> StockItem? {
        guard update != nil || isNew else { return nil }
        let stored = try await StockItemRows.load(productId: productId, on: db, engine: engine)
            ?? StockItemRows.fresh(productId: productId, config: config)
        var item = update.map { StockItemRules.merge($0, into: stored) } ?? stored
        item = StockItemRules.normalize(item, config: config, tracksQuantity: quantityTypes.contains(typeId), now: now)
        item.itemId = try await StockItemRows.write(item, productId: productId, on: db, engine: engine)
        item.productId = productId
        item.stockId = 1
        if update != nil {
            try await StockItemRows.mirrorToDefaultSource(item, sku: sku, on: db, engine: engine)
        }
        return item
    }
}

/// How an attribute value is kept as text: scalars as PHP prints them, lists comma-joined (multiselect).
enum ProductValueText {
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .null: nil
        case .string(let text): text
        case .number(let text): text
        case .bool(let flag): flag ? "1" : "0"
        case .array(let items): items.compactMap(text).joined(separator: ",")
        case .object: value.jsonString
        }
    }
}

/// Magento's URL key from a product name: lowercase ASCII letters and digits, other runs as `-`.
enum URLKey {
    static func make(from name: String) -> String {
        var key = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash, !key.isEmpty { key.append("-") }
                key.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return key
    }
}
