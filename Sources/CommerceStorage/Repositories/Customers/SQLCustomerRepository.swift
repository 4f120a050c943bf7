import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Customer accounts in `customer_entity`, their address books in `customer_address`.
public struct SQLCustomerRepository: CustomerRepository {
    let provider: any DatabaseProvider
    let clock: any CommerceClock

    public init(provider: any DatabaseProvider, clock: any CommerceClock) {
        self.provider = provider
        self.clock = clock
    }

    static let table = SearchableTable(
        table: "customer_entity", primaryKey: "entity_id",
        fields: [
            "entity_id": .init(column: "entity_id", kind: .integer),
            "id": .init(column: "entity_id", kind: .integer),
            "email": .init(column: "email", kind: .text),
            "firstname": .init(column: "firstname", kind: .text),
            "lastname": .init(column: "lastname", kind: .text),
            "middlename": .init(column: "middlename", kind: .text),
            "group_id": .init(column: "group_id", kind: .integer),
            "website_id": .init(column: "website_id", kind: .integer),
            "store_id": .init(column: "store_id", kind: .integer),
            "gender": .init(column: "gender", kind: .integer),
            "dob": .init(column: "dob", kind: .text),
            "taxvat": .init(column: "taxvat", kind: .text),
            "created_in": .init(column: "created_in", kind: .text),
            "created_at": .init(column: "created_at", kind: .timestamp),
            "updated_at": .init(column: "updated_at", kind: .timestamp),
        ]
    )

    public func customer(id: Int) async throws -> Customer {
        try await provider.read { db in try await Self.load(id: id, on: db) }
    }

    public func customerId(email: String, websiteId: Int) async throws -> Int? {
        try await provider.read { db in try await Self.customerId(email: email, websiteId: websiteId, on: db) }
    }

    public func searchCustomers(_ criteria: SearchCriteria) async throws -> SearchPage<Customer> {
        try await provider.read { db in
            let page = try await SearchQuery(criteria, table: Self.table).run(on: db)
            var items: [Customer] = []
            for row in page.items { items.append(try await Self.customer(from: row, on: db)) }
            return SearchPage(items: items, totalCount: page.totalCount)
        }
    }

    public func address(id: Int) async throws -> CustomerAddress {
        try await provider.read { db in
            guard let row = try await db.raw("SELECT * FROM customer_address WHERE entity_id = \(bind: id)").first() else {
                throw CommerceError.noSuchEntity(field: "addressId", value: String(id))
            }
            let customerId = try row.decode(column: "customer_id", as: Int.self)
            let defaults = try await db.raw("""
                SELECT default_billing, default_shipping FROM customer_entity WHERE entity_id = \(bind: customerId)
                """).first()
            return try Self.address(
                from: row, defaultBilling: try defaults?.decode(column: "default_billing", as: Int?.self),
                defaultShipping: try defaults?.decode(column: "default_shipping", as: Int?.self)
            )
        }
    }

    static func customerId(email: String, websiteId: Int, on db: any SQLDatabase) async throws -> Int? {
        try await db.raw("""
            SELECT entity_id FROM customer_entity WHERE email_key = \(bind: email.lowercased()) AND website_id = \(bind: websiteId)
            """).first()?.decode(column: "entity_id", as: Int.self)
    }

    static func load(id: Int, on db: any SQLDatabase) async throws -> Customer {
        guard let row = try await db.raw("SELECT * FROM customer_entity WHERE entity_id = \(bind: id)").first() else {
            throw CommerceError.noSuchEntity(field: "customerId", value: String(id))
        }
        return try await customer(from: row, on: db)
    }

    static func customer(from row: any SQLRow, on db: any SQLDatabase) async throws -> Customer {
        let id = try row.decode(column: "entity_id", as: Int.self)
        let stored = try MagentoDecoder().decode(Customer.self, from: try JSONValue.parse(try row.decode(column: "document", as: String.self)))
        let billing = try row.decode(column: "default_billing", as: Int?.self)
        let shipping = try row.decode(column: "default_shipping", as: Int?.self)
        var customer = Customer(
            id: id, groupId: try row.decode(column: "group_id", as: Int.self),
            email: try row.decode(column: "email", as: String.self),
            firstname: try row.decode(column: "firstname", as: String.self),
            lastname: try row.decode(column: "lastname", as: String.self),
            storeId: try row.decode(column: "store_id", as: Int.self),
            websiteId: try row.decode(column: "website_id", as: Int.self)
        )
        customer.defaultBilling = billing.map(String.init)
        customer.defaultShipping = shipping.map(String.init)
        customer.createdAt = try row.decode(column: "created_at", as: String.self)
        customer.updatedAt = try row.decode(column: "updated_at", as: String.self)
        customer.createdIn = try row.decode(column: "created_in", as: String?.self)
        customer.dob = try row.decode(column: "dob", as: String?.self)
        customer.middlename = try row.decode(column: "middlename", as: String?.self)
        customer.prefix = try row.decode(column: "prefix", as: String?.self)
        customer.suffix = try row.decode(column: "suffix", as: String?.self)
        customer.gender = try row.decode(column: "gender", as: Int?.self)
        customer.taxvat = try row.decode(column: "taxvat", as: String?.self)
        customer.disableAutoGroupChange = try row.decode(column: "disable_auto_group_change", as: Int.self)
        customer.addresses = try await db.raw("SELECT * FROM customer_address WHERE customer_id = \(bind: id) ORDER BY entity_id").all()
            .map { try address(from: $0, defaultBilling: billing, defaultShipping: shipping) }
        var extensions = stored.extensionAttributes ?? JSONObject()
        if extensions["is_subscribed"] == nil { extensions.setValue(.bool(false), forKey: "is_subscribed") }
        customer.extensionAttributes = extensions
        customer.customAttributes = stored.customAttributes
        return customer
    }

    static func address(from row: any SQLRow, defaultBilling: Int?, defaultShipping: Int?) throws -> CustomerAddress {
        let id = try row.decode(column: "entity_id", as: Int.self)
        var address = try MagentoDecoder().decode(CustomerAddress.self, from: try JSONValue.parse(try row.decode(column: "document", as: String.self)))
        address.id = id
        address.customerId = try row.decode(column: "customer_id", as: Int.self)
        address.defaultBilling = defaultBilling == id ? true : nil
        address.defaultShipping = defaultShipping == id ? true : nil
        return address
    }

    func timestamp() -> String {
        MagentoTimestamp.string(from: clock.now())
    }
}
