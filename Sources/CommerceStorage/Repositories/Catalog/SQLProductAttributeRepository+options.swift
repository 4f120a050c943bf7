import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLProductAttributeRepository {
    public func options(code: String) async throws -> [AttributeOption] {
        try await provider.read { db in
            guard let row = try await Self.row(code: code, on: db) else { throw Self.noSuchAttribute(code) }
            let id = try row.decode(column: "attribute_id", as: Int.self)
            return try await Self.options(
                attributeId: id, code: code, input: try row.decode(column: "frontend_input", as: String.self), on: db
            )
        }
    }

    public func addOption(code: String, option: AttributeOption) async throws -> Int {
        let now = MagentoTimestamp.string(from: clock.now())
        return try await provider.transaction { db in
            let attributeId = try await Self.optionCarrier(code: code, on: db)
            let label = option.label ?? ""
            guard !label.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CommerceError.invalidInput(message: "The attribute option label is empty. Enter the value and try again.")
            }
            let clash = try await db.raw("""
                SELECT option_id FROM catalog_attribute_option WHERE attribute_id = \(bind: attributeId) AND label = \(bind: label)
                """).first()
            if clash != nil {
                throw CommerceError.invalidInput(message: "Admin store attribute option label \"%1\" is already exists.", parameters: [label])
            }
            let id = try await Self.insertOption(option, attributeId: attributeId, defaultOrder: nil, on: db)
            try await Outbox.append(
                DomainEvent(type: "product_attribute.option_added", entityType: "product_attribute", entityId: code, payload: "{\"option_id\":\(id)}"),
                on: db, at: now
            )
            return id
        }
    }

    public func updateOption(code: String, optionId: Int, option: AttributeOption) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            let attributeId = try await Self.optionCarrier(code: code, on: db)
            try await Self.requireOption(optionId, attributeId: attributeId, code: code, on: db)
            let labels = try option.storeLabels.map { try MagentoEncoder().encode($0).jsonString }
            try await db.raw("""
                UPDATE catalog_attribute_option SET
                    label = COALESCE(\(bind: option.label), label),
                    sort_order = COALESCE(\(bind: option.sortOrder), sort_order),
                    is_default = COALESCE(\(bind: option.isDefault.map { $0 ? 1 : 0 }), is_default),
                    store_labels = COALESCE(\(bind: labels), store_labels)
                WHERE option_id = \(bind: optionId)
                """).run()
            try await Outbox.append(
                DomainEvent(type: "product_attribute.option_updated", entityType: "product_attribute", entityId: code, payload: "{\"option_id\":\(optionId)}"),
                on: db, at: now
            )
        }
    }

    public func deleteOption(code: String, optionId: Int) async throws {
        let now = MagentoTimestamp.string(from: clock.now())
        try await provider.transaction { db in
            let attributeId = try await Self.optionCarrier(code: code, on: db)
            try await Self.requireOption(optionId, attributeId: attributeId, code: code, on: db)
            try await db.raw("DELETE FROM catalog_attribute_option WHERE option_id = \(bind: optionId)").run()
            try await Outbox.append(
                DomainEvent(type: "product_attribute.option_deleted", entityType: "product_attribute", entityId: code, payload: "{\"option_id\":\(optionId)}"),
                on: db, at: now
            )
        }
    }

    /// The attribute's id, when it is one that keeps options in the database.
    static func optionCarrier(code: String, on db: any SQLDatabase) async throws -> Int {
        guard let row = try await row(code: code, on: db) else { throw noSuchAttribute(code) }
        let input = try row.decode(column: "frontend_input", as: String.self)
        guard ["select", "multiselect", "swatch_visual", "swatch_text"].contains(input),
              StandardAttributes.fixedOptions[code] == nil else {
            throw CommerceError.invalidState(message: "The \"%1\" attribute doesn't work with options.", parameters: [code])
        }
        return try row.decode(column: "attribute_id", as: Int.self)
    }

    static func requireOption(_ optionId: Int, attributeId: Int, code: String, on db: any SQLDatabase) async throws {
        let found = try await db.raw("""
            SELECT option_id FROM catalog_attribute_option WHERE option_id = \(bind: optionId) AND attribute_id = \(bind: attributeId)
            """).first()
        if found == nil {
            throw CommerceError.notFound(message: "The \"%1\" attribute doesn't include an option with \"%2\" ID.", parameters: [code, String(optionId)])
        }
    }

    static func insertOption(_ option: AttributeOption, attributeId: Int, defaultOrder: Int?, on db: any SQLDatabase) async throws -> Int {
        let labels = try option.storeLabels.map { try MagentoEncoder().encode($0).jsonString }
        let order: Int
        if let sortOrder = option.sortOrder ?? defaultOrder {
            order = sortOrder
        } else {
            let row = try await db.raw("SELECT MAX(sort_order) AS top FROM catalog_attribute_option WHERE attribute_id = \(bind: attributeId)").first()
            order = try ClientArithmetic.adding(row?.decode(column: "top", as: Int?.self) ?? -1, 1, field: "sort_order")
        }
        let row = try await db.raw("""
            INSERT INTO catalog_attribute_option (attribute_id, label, sort_order, is_default, store_labels)
            VALUES (\(bind: attributeId), \(bind: option.label ?? ""), \(bind: order), \(bind: (option.isDefault ?? false) ? 1 : 0), \(bind: labels))
            RETURNING option_id
            """).first()
        return try row?.decode(column: "option_id", as: Int.self) ?? 0
    }

    /// Magento's option list: fixed source-model options as they are; database options after the
    /// blank entry Magento's table source puts first.
    static func options(attributeId: Int, code: String, input: String?, on db: any SQLDatabase) async throws -> [AttributeOption] {
        guard StandardAttributes.fixedOptions[code] == nil, hasStoredOptions(input) else { return options(code: code, input: input, stored: []) }
        let rows = try await db.raw("""
            SELECT option_id, label FROM catalog_attribute_option WHERE attribute_id = \(bind: attributeId) ORDER BY sort_order, option_id
            """).all()
        return options(code: code, input: input, stored: try rows.map(storedOption))
    }

    static func hasStoredOptions(_ input: String?) -> Bool {
        ["select", "multiselect", "swatch_visual", "swatch_text"].contains(input ?? "")
    }

    static func storedOption(_ row: any SQLRow) throws -> AttributeOption {
        AttributeOption(label: try row.decode(column: "label", as: String.self), value: String(try row.decode(column: "option_id", as: Int.self)))
    }

    /// The list Magento shows, given the options stored for the attribute (by sort order).
    static func options(code: String, input: String?, stored: [AttributeOption]) -> [AttributeOption] {
        if let fixed = StandardAttributes.fixedOptions[code] {
            return fixed.map { AttributeOption(label: $0.label, value: $0.value) }
        }
        guard hasStoredOptions(input) else { return [] }
        return (input == "select" ? [AttributeOption(label: " ", value: "")] : []) + stored
    }

    /// Several attributes with their options in two statements: the attributes, then all their options.
    public func attributes(codes: [String]) async throws -> [ProductAttribute] {
        guard !codes.isEmpty else { return [] }
        return try await provider.read { db in
            let rows = try await db.raw("SELECT * FROM catalog_attribute WHERE attribute_code IN (\(SQLList(codes.map { SQLBind($0) })))").all()
            var byCode: [String: (attribute: ProductAttribute, code: String)] = [:]
            for row in rows {
                var attribute = try Self.document(from: row)
                attribute.attributeId = try row.decode(column: "attribute_id", as: Int.self)
                let code = try row.decode(column: "attribute_code", as: String.self)
                byCode[code] = (attribute, code)
            }
            let ids = byCode.values.compactMap(\.attribute.attributeId)
            var stored: [Int: [AttributeOption]] = [:]
            if !ids.isEmpty {
                for row in try await db.raw("""
                    SELECT attribute_id, option_id, label FROM catalog_attribute_option WHERE attribute_id IN (\(SQLList(ids.map { SQLBind($0) })))
                    ORDER BY attribute_id, sort_order, option_id
                    """).all() {
                    stored[try row.decode(column: "attribute_id", as: Int.self), default: []].append(try Self.storedOption(row))
                }
            }
            return codes.compactMap { code in
                guard var entry = byCode[code] else { return nil }
                entry.attribute.options = Self.options(
                    code: entry.code, input: entry.attribute.frontendInput, stored: stored[entry.attribute.attributeId ?? 0] ?? []
                )
                return entry.attribute
            }
        }
    }
}
