import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Product attributes: a row per attribute holding its wire document, with the searchable fields
/// as columns, and its options in `catalog_attribute_option`.
public struct SQLProductAttributeRepository: ProductAttributeRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock
    let cache: AttributeDefinitionCache

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
        self.cache = AttributeDefinitionCache()
    }

    public func definitions() async throws -> [String: AttributeDefinition] {
        try await cache.get { [provider] in
            try await provider.read { db in
                var result: [String: AttributeDefinition] = [:]
                for row in try await db.raw("SELECT * FROM catalog_attribute").all() {
                    let definition = try Self.definition(from: row)
                    result[definition.code] = definition
                }
                return result
            }
        }
    }

    public func searchAttributes(_ criteria: SearchCriteria) async throws -> SearchPage<ProductAttribute> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: AttributeSearchTable.make(engine: provider.engine)).run(on: db)
            var items: [ProductAttribute] = []
            for row in page.items {
                items.append(try await Self.attribute(from: row, on: db))
            }
            return SearchPage(items: items, totalCount: page.totalCount)
        }
    }

    public func attribute(code: String) async throws -> ProductAttribute {
        try await provider.read { db in
            guard let row = try await Self.row(code: code, on: db) else { throw Self.noSuchAttribute(code) }
            return try await Self.attribute(from: row, on: db)
        }
    }

    public func saveAttribute(_ input: ProductAttribute) async throws -> ProductAttribute {
        let code = input.attributeCode ?? ""
        let now = MagentoTimestamp.string(from: clock.now())
        let saved: ProductAttribute = try await provider.transaction { db in
            let existing = try await Self.row(code: code, on: db)
            var attribute: ProductAttribute
            if let existing {
                attribute = try Self.document(from: existing)
                attribute.merge(input)
                // Code, id, input and backend are fixed once created, as in Magento.
                attribute.attributeCode = code
                attribute.attributeId = try existing.decode(column: "attribute_id", as: Int.self)
                attribute.frontendInput = try existing.decode(column: "frontend_input", as: String.self)
                attribute.backendType = try existing.decode(column: "backend_type", as: String.self)
            } else {
                attribute = try Self.newAttribute(input, id: try await Self.nextId(on: db))
            }
            attribute.options = nil
            let document = try MagentoEncoder().encode(attribute).jsonString
            let id = attribute.attributeId ?? 0
            if existing == nil {
                try await db.raw("""
                    INSERT INTO catalog_attribute (attribute_id, attribute_code, frontend_input, backend_type, scope,
                        default_frontend_label, is_required, is_user_defined, is_unique, document)
                    VALUES (\(bind: id), \(bind: code), \(bind: attribute.frontendInput ?? "text"), \(bind: attribute.backendType ?? "varchar"),
                        \(bind: attribute.scope ?? "store"), \(bind: attribute.defaultFrontendLabel),
                        \(bind: (attribute.isRequired ?? false) ? 1 : 0), 1, \(bind: attribute.isUnique == "1" ? 1 : 0), \(bind: document))
                    """).run()
            } else {
                try await db.raw("""
                    UPDATE catalog_attribute SET scope = \(bind: attribute.scope ?? "store"),
                        default_frontend_label = \(bind: attribute.defaultFrontendLabel),
                        is_required = \(bind: (attribute.isRequired ?? false) ? 1 : 0),
                        is_unique = \(bind: attribute.isUnique == "1" ? 1 : 0), document = \(bind: document)
                    WHERE attribute_id = \(bind: id)
                    """).run()
            }
            if existing == nil {
                for (order, option) in (input.options ?? []).enumerated() where !(option.label ?? "").isEmpty {
                    _ = try await Self.insertOption(option, attributeId: id, defaultOrder: order, on: db)
                }
            }
            try await Outbox.append(
                DomainEvent(type: "product_attribute.saved", entityType: "product_attribute", entityId: code, payload: document),
                on: db, at: now
            )
            return attribute
        }
        await cache.invalidate()
        return try await attribute(code: saved.attributeCode ?? code)
    }

    public func deleteAttribute(code: String) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            guard let row = try await Self.row(code: code, on: db) else { throw Self.noSuchAttribute(code) }
            guard try row.decode(column: "is_user_defined", as: Int.self) == 1 else {
                throw CommerceError.invalidState(message: "The system attribute can't be deleted.")
            }
            let id = try row.decode(column: "attribute_id", as: Int.self)
            try await db.raw("DELETE FROM catalog_product_value WHERE attribute_code = \(bind: code)").run()
            try await db.raw("DELETE FROM catalog_attribute WHERE attribute_id = \(bind: id)").run()
            try await Outbox.append(
                DomainEvent(type: "product_attribute.deleted", entityType: "product_attribute", entityId: code),
                on: db, at: now
            )
        }
        await cache.invalidate()
    }

    // MARK: rows and documents

    static func row(code: String, on db: any SQLDatabase) async throws -> (any SQLRow)? {
        try await db.raw("SELECT * FROM catalog_attribute WHERE attribute_code = \(bind: code)").first()
    }

    static func document(from row: any SQLRow) throws -> ProductAttribute {
        try MagentoDecoder().decode(ProductAttribute.self, from: try JSONValue.parse(try row.decode(column: "document", as: String.self)))
    }

    static func attribute(from row: any SQLRow, on db: any SQLDatabase) async throws -> ProductAttribute {
        var attribute = try document(from: row)
        attribute.attributeId = try row.decode(column: "attribute_id", as: Int.self)
        let code = try row.decode(column: "attribute_code", as: String.self)
        attribute.options = try await options(attributeId: attribute.attributeId ?? 0, code: code, input: attribute.frontendInput, on: db)
        return attribute
    }

    static func definition(from row: any SQLRow) throws -> AttributeDefinition {
        AttributeDefinition(
            id: try row.decode(column: "attribute_id", as: Int.self),
            code: try row.decode(column: "attribute_code", as: String.self),
            frontendInput: try row.decode(column: "frontend_input", as: String.self),
            backendType: try row.decode(column: "backend_type", as: String.self),
            scope: AttributeDefinition.Scope(rawValue: try row.decode(column: "scope", as: String.self)) ?? .global,
            isRequired: try row.decode(column: "is_required", as: Int.self) == 1,
            isUnique: try row.decode(column: "is_unique", as: Int.self) == 1
        )
    }

    static func nextId(on db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw("SELECT MAX(attribute_id) AS top FROM catalog_attribute").first()
        let top = try row?.decode(column: "top", as: Int?.self) ?? 0
        return max(top + 1, StandardAttributes.firstCustomId)
    }

    /// A new user-defined attribute: Magento's defaults for its input type, the client's fields over them.
    static func newAttribute(_ input: ProductAttribute, id: Int) throws -> ProductAttribute {
        let code = input.attributeCode ?? ""
        guard AttributeDefinition.isValidCode(code) else {
            throw CommerceError.invalidInput(
                message: "Attribute code \"%1\" is invalid. Please use only letters (a-z or A-Z), numbers (0-9) or underscore (_) in this field, and the first character should be a letter.",
                parameters: [code]
            )
        }
        let frontendInput = input.frontendInput ?? "text"
        guard let backend = backendType(for: frontendInput) else {
            throw CommerceError.invalidInput(message: "Invalid value of \"%1\" provided for the %2 field.", parameters: [frontendInput, "frontend_input"])
        }
        let label = input.defaultFrontendLabel ?? input.frontendLabels?.first?.label
        guard let label, !label.isEmpty else {
            throw CommerceError.invalidInput(message: "\"%1\" is required. Enter and try again.", parameters: ["frontend_label"])
        }
        let definition = AttributeDefinition(
            id: id, code: code, frontendInput: frontendInput, backendType: input.backendType ?? backend,
            scope: AttributeDefinition.Scope(rawValue: input.scope ?? "store") ?? .store,
            isRequired: input.isRequired ?? false, isUnique: input.isUnique == "1"
        )
        var attribute = ProductAttribute.describing(definition, label: label, isUserDefined: true)
        attribute.merge(input)
        attribute.attributeId = id
        attribute.backendType = definition.backendType
        attribute.defaultFrontendLabel = label
        attribute.isUserDefined = true
        return attribute
    }

    /// Magento's backend table for each frontend input (`Eav\Model\Entity\Attribute::getBackendTypeByInput`).
    static func backendType(for input: String) -> String? {
        switch input {
        case "text", "gallery", "media_image", "multiselect", "image", "swatch_text": "varchar"
        case "textarea", "texteditor", "pagebuilder": "text"
        case "select", "boolean", "swatch_visual": "int"
        case "date", "datetime": "datetime"
        case "price", "weight": "decimal"
        default: nil
        }
    }

    static func noSuchAttribute(_ code: String) -> CommerceError {
        .notFound(
            message: "The attribute with a \"%1\" attributeCode doesn't exist. Verify the attribute and try again.",
            parameters: [code]
        )
    }
}

extension ProductAttribute {
    /// Lays the fields a client sent over this attribute.
    mutating func merge(_ input: ProductAttribute) {
        isWysiwygEnabled = input.isWysiwygEnabled ?? isWysiwygEnabled
        isHtmlAllowedOnFront = input.isHtmlAllowedOnFront ?? isHtmlAllowedOnFront
        usedForSortBy = input.usedForSortBy ?? usedForSortBy
        isFilterable = input.isFilterable ?? isFilterable
        isFilterableInSearch = input.isFilterableInSearch ?? isFilterableInSearch
        isUsedInGrid = input.isUsedInGrid ?? isUsedInGrid
        isVisibleInGrid = input.isVisibleInGrid ?? isVisibleInGrid
        isFilterableInGrid = input.isFilterableInGrid ?? isFilterableInGrid
        position = input.position ?? position
        applyTo = input.applyTo ?? applyTo
        isSearchable = input.isSearchable ?? isSearchable
        isVisibleInAdvancedSearch = input.isVisibleInAdvancedSearch ?? isVisibleInAdvancedSearch
        isComparable = input.isComparable ?? isComparable
        isUsedForPromoRules = input.isUsedForPromoRules ?? isUsedForPromoRules
        isVisibleOnFront = input.isVisibleOnFront ?? isVisibleOnFront
        usedInProductListing = input.usedInProductListing ?? usedInProductListing
        isVisible = input.isVisible ?? isVisible
        scope = input.scope ?? scope
        extensionAttributes = input.extensionAttributes ?? extensionAttributes
        isRequired = input.isRequired ?? isRequired
        defaultFrontendLabel = input.defaultFrontendLabel ?? defaultFrontendLabel
        frontendLabels = input.frontendLabels ?? frontendLabels
        note = input.note ?? note
        backendModel = input.backendModel ?? backendModel
        sourceModel = input.sourceModel ?? sourceModel
        defaultValue = input.defaultValue ?? defaultValue
        isUnique = input.isUnique ?? isUnique
        frontendClass = input.frontendClass ?? frontendClass
        validationRules = input.validationRules ?? validationRules
        customAttributes = input.customAttributes ?? customAttributes
    }
}
