import CommerceDomain
import MagentoWire
import SQLKit

/// Checkout terms and conditions in `checkout_agreement`, with their store views in
/// `checkout_agreement_store`.
public struct SQLCheckoutAgreementRepository: CheckoutAgreementRepository {
    let provider: any DatabaseProvider

    public init(provider: any DatabaseProvider) {
        self.provider = provider
    }

    static let table = SearchableTable(
        table: "checkout_agreement", primaryKey: "agreement_id",
        fields: [
            "agreement_id": .init(column: "agreement_id", kind: .integer),
            "name": .init(column: "name", kind: .text),
            "is_active": .init(column: "is_active", kind: .boolean),
            "is_html": .init(column: "is_html", kind: .boolean),
            "mode": .init(column: "mode", kind: .integer),
        ]
    )

    public func search(_ criteria: SearchCriteria) async throws -> [CheckoutAgreement] {
        try await provider.read { db in
            try await SearchQuery(criteria, table: Self.table).run(on: db).items.map(Self.agreement)
        }
    }

    public func active(storeId: Int) async throws -> [CheckoutAgreement] {
        try await provider.read { db in
            try await db.raw("""
                SELECT a.* FROM checkout_agreement a WHERE a.is_active = 1 AND EXISTS (
                    SELECT 1 FROM checkout_agreement_store s WHERE s.agreement_id = a.agreement_id AND s.store_id IN (0, \(bind: storeId))
                ) ORDER BY a.agreement_id
                """).all().map(Self.agreement)
        }
    }

    public func save(_ agreement: CheckoutAgreement, storeIds: [Int]) async throws -> CheckoutAgreement {
        try CheckoutAgreementRules.validate(agreement)
        return try await provider.transaction { db in
            var id = agreement.agreementId
            if let existing = id {
                guard try await db.raw("SELECT 1 AS found FROM checkout_agreement WHERE agreement_id = \(bind: existing)").first() != nil else {
                    throw Self.notFound(existing)
                }
            } else {
                id = try await db.raw("""
                    INSERT INTO checkout_agreement (name, content, checkbox_text) VALUES ('', '', '') RETURNING agreement_id
                    """).first()?.decode(column: "agreement_id", as: Int.self)
            }
            let key = id ?? 0
            try await db.raw("""
                UPDATE checkout_agreement SET name = \(bind: agreement.name ?? ""), content = \(bind: agreement.content ?? ""),
                    content_height = \(bind: agreement.contentHeight), checkbox_text = \(bind: agreement.checkboxText ?? ""),
                    is_active = \(bind: agreement.isActive == true ? 1 : 0), is_html = \(bind: agreement.isHtml == true ? 1 : 0),
                    mode = \(bind: agreement.mode ?? 0)
                WHERE agreement_id = \(bind: key)
                """).run()
            try await db.raw("DELETE FROM checkout_agreement_store WHERE agreement_id = \(bind: key)").run()
            for store in Set(storeIds.isEmpty ? [0] : storeIds).sorted() {
                try await db.raw("INSERT INTO checkout_agreement_store (agreement_id, store_id) VALUES (\(bind: key), \(bind: store))").run()
            }
            guard let row = try await db.raw("SELECT * FROM checkout_agreement WHERE agreement_id = \(bind: key)").first() else {
                throw Self.notFound(key)
            }
            return try Self.agreement(row)
        }
    }

    public func delete(id: Int) async throws {
        try await provider.transaction { db in
            guard try await db.raw("SELECT 1 AS found FROM checkout_agreement WHERE agreement_id = \(bind: id)").first() != nil else {
                throw Self.notFound(id)
            }
            try await db.raw("DELETE FROM checkout_agreement_store WHERE agreement_id = \(bind: id)").run()
            try await db.raw("DELETE FROM checkout_agreement WHERE agreement_id = \(bind: id)").run()
        }
    }

    static func notFound(_ id: Int) -> CommerceError {
        .notFound(message: "A checkout agreement with the \"%1\" specified ID wasn't found. Verify the ID and try again.", parameters: [String(id)])
    }

    static func agreement(_ row: any SQLRow) throws -> CheckoutAgreement {
        CheckoutAgreement(
            agreementId: try row.decode(column: "agreement_id", as: Int.self),
            name: try row.decode(column: "name", as: String.self),
            content: try row.decode(column: "content", as: String.self),
            contentHeight: try row.decode(column: "content_height", as: String?.self),
            checkboxText: try row.decode(column: "checkbox_text", as: String.self),
            isActive: try row.decode(column: "is_active", as: Int.self) == 1,
            isHtml: try row.decode(column: "is_html", as: Int.self) == 1,
            mode: try row.decode(column: "mode", as: Int.self)
        )
    }
}
