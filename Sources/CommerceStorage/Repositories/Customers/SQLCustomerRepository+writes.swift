import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

extension SQLCustomerRepository {
    public func createCustomer(_ input: Customer, passwordHash: String?) async throws -> Customer {
        try CustomerRules.validateAccount(input)
        let addresses = try (input.addresses ?? []).map { try CustomerRules.normalizedAddress($0) }
        let now = timestamp()
        let id: Int = try await provider.transaction { db in
            let websiteId = input.websiteId ?? 1
            if try await Self.customerId(email: input.email ?? "", websiteId: websiteId, on: db) != nil {
                throw CustomerRules.duplicateEmail
            }
            var groupId = input.groupId ?? 0
            if input.groupId == nil { groupId = try await SQLCustomerGroupRepository.defaultGroupId(on: db) }
            try await SQLCustomerGroupRepository.requireGroup(id: groupId, on: db)
            let row = try await db.raw("""
                INSERT INTO customer_entity (website_id, store_id, group_id, email, email_key, firstname, lastname, middlename,
                    prefix, suffix, dob, gender, taxvat, created_in, disable_auto_group_change, created_at, updated_at,
                    password_hash, document)
                VALUES (\(bind: websiteId), \(bind: input.storeId ?? 1), \(bind: groupId), \(bind: input.email ?? ""),
                    \(bind: (input.email ?? "").lowercased()), \(bind: input.firstname ?? ""), \(bind: input.lastname ?? ""),
                    \(bind: input.middlename), \(bind: input.prefix), \(bind: input.suffix), \(bind: input.dob), \(bind: input.gender),
                    \(bind: input.taxvat), \(bind: input.createdIn), \(bind: input.disableAutoGroupChange ?? 0), \(bind: now), \(bind: now),
                    \(bind: passwordHash), \(bind: try Self.document(input)))
                RETURNING entity_id
                """).first()
            let id = try row?.decode(column: "entity_id", as: Int.self) ?? 0
            try await Self.replaceAddresses(customerId: id, with: addresses, requestedBilling: nil, requestedShipping: nil, on: db)
            try await Self.event("customer.created", id: id, on: db, at: now)
            return id
        }
        return try await customer(id: id)
    }

    public func updateCustomer(_ input: Customer) async throws -> Customer {
        guard let id = input.id else { throw CommerceError.noSuchEntity(field: "customerId", value: "") }
        let addresses = try input.addresses.map { try $0.map { try CustomerRules.normalizedAddress($0) } }
        let now = timestamp()
        try await provider.transaction { db in
            var merged = try await Self.load(id: id, on: db)
            Self.merge(input, into: &merged)
            try CustomerRules.validateAccount(merged)
            let websiteId = merged.websiteId ?? 1
            if let owner = try await Self.customerId(email: merged.email ?? "", websiteId: websiteId, on: db), owner != id {
                throw CustomerRules.duplicateEmail
            }
            var groupId = merged.groupId ?? 0
            if merged.groupId == nil { groupId = try await SQLCustomerGroupRepository.defaultGroupId(on: db) }
            try await SQLCustomerGroupRepository.requireGroup(id: groupId, on: db)
            try await db.raw("""
                UPDATE customer_entity SET website_id = \(bind: websiteId), store_id = \(bind: merged.storeId ?? 1),
                    group_id = \(bind: groupId), email = \(bind: merged.email ?? ""), email_key = \(bind: (merged.email ?? "").lowercased()),
                    firstname = \(bind: merged.firstname ?? ""), lastname = \(bind: merged.lastname ?? ""),
                    middlename = \(bind: merged.middlename), prefix = \(bind: merged.prefix), suffix = \(bind: merged.suffix),
                    dob = \(bind: merged.dob), gender = \(bind: merged.gender), taxvat = \(bind: merged.taxvat),
                    disable_auto_group_change = \(bind: merged.disableAutoGroupChange ?? 0), updated_at = \(bind: now),
                    document = \(bind: try Self.document(merged))
                WHERE entity_id = \(bind: id)
                """).run()
            if let addresses {
                try await Self.replaceAddresses(
                    customerId: id, with: addresses, requestedBilling: input.defaultBilling.flatMap { Int($0) },
                    requestedShipping: input.defaultShipping.flatMap { Int($0) }, on: db
                )
            } else {
                try await Self.setDefaults(
                    customerId: id, billing: input.defaultBilling.flatMap { Int($0) },
                    shipping: input.defaultShipping.flatMap { Int($0) }, on: db
                )
            }
            try await Self.event("customer.updated", id: id, on: db, at: now)
        }
        return try await customer(id: id)
    }

    public func deleteCustomer(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            _ = try await Self.load(id: id, on: db)
            try await db.raw("DELETE FROM customer_address WHERE customer_id = \(bind: id)").run()
            try await db.raw("DELETE FROM customer_entity WHERE entity_id = \(bind: id)").run()
            try await Self.event("customer.deleted", id: id, on: db, at: now)
        }
    }

    public func deleteAddress(id: Int) async throws {
        let now = timestamp()
        try await provider.transaction { db in
            guard let row = try await db.raw("SELECT customer_id FROM customer_address WHERE entity_id = \(bind: id)").first() else {
                throw CommerceError.noSuchEntity(field: "addressId", value: String(id))
            }
            let customerId = try row.decode(column: "customer_id", as: Int.self)
            try await db.raw("DELETE FROM customer_address WHERE entity_id = \(bind: id)").run()
            try await db.raw("""
                UPDATE customer_entity SET
                    default_billing = CASE WHEN default_billing = \(bind: id) THEN NULL ELSE default_billing END,
                    default_shipping = CASE WHEN default_shipping = \(bind: id) THEN NULL ELSE default_shipping END,
                    updated_at = \(bind: now)
                WHERE entity_id = \(bind: customerId)
                """).run()
            try await Outbox.append(
                DomainEvent(type: "customer_address.deleted", entityType: "customer_address", entityId: String(id),
                            payload: "{\"id\":\(id),\"customer_id\":\(customerId)}"),
                on: db, at: now
            )
        }
    }

    /// Sent fields replace stored ones; omitted fields are kept. Ids and timestamps are the server's.
    static func merge(_ input: Customer, into stored: inout Customer) {
        stored.groupId = input.groupId ?? stored.groupId
        stored.email = input.email ?? stored.email
        stored.firstname = input.firstname ?? stored.firstname
        stored.lastname = input.lastname ?? stored.lastname
        stored.middlename = input.middlename ?? stored.middlename
        stored.prefix = input.prefix ?? stored.prefix
        stored.suffix = input.suffix ?? stored.suffix
        stored.dob = input.dob ?? stored.dob
        stored.gender = input.gender ?? stored.gender
        stored.taxvat = input.taxvat ?? stored.taxvat
        stored.storeId = input.storeId ?? stored.storeId
        stored.websiteId = input.websiteId ?? stored.websiteId
        stored.disableAutoGroupChange = input.disableAutoGroupChange ?? stored.disableAutoGroupChange
        if let extensions = input.extensionAttributes {
            var merged = stored.extensionAttributes ?? JSONObject()
            for (key, value) in extensions { merged.setValue(value, forKey: key) }
            stored.extensionAttributes = merged
        }
        for attribute in input.customAttributes ?? [] {
            stored.customAttributes?.removeAll { $0.attributeCode == attribute.attributeCode }
            stored.customAttributes = (stored.customAttributes ?? []) + [attribute]
        }
    }

    /// Makes the address book exactly `addresses`: sent ids of this customer's addresses are
    /// updated, other entries inserted, the rest deleted. Defaults come from the addresses'
    /// `default_billing`/`default_shipping` flags, else from the customer's requested ids.
    static func replaceAddresses(
        customerId: Int, with addresses: [CustomerAddress], requestedBilling: Int?, requestedShipping: Int?,
        on db: any SQLDatabase
    ) async throws {
        let existing = Set(try await db.raw("SELECT entity_id FROM customer_address WHERE customer_id = \(bind: customerId)").all()
            .map { try $0.decode(column: "entity_id", as: Int.self) })
        var kept: Set<Int> = []
        var billing: Int?, shipping: Int?
        for address in addresses {
            let id: Int
            if let sentId = address.id, existing.contains(sentId) {
                try await db.raw("UPDATE customer_address SET document = \(bind: try document(address)) WHERE entity_id = \(bind: sentId)").run()
                id = sentId
            } else {
                let row = try await db.raw("""
                    INSERT INTO customer_address (customer_id, document) VALUES (\(bind: customerId), \(bind: try document(address)))
                    RETURNING entity_id
                    """).first()
                id = try row?.decode(column: "entity_id", as: Int.self) ?? 0
            }
            kept.insert(id)
            if address.defaultBilling == true { billing = id }
            if address.defaultShipping == true { shipping = id }
        }
        for id in existing.subtracting(kept) {
            try await db.raw("DELETE FROM customer_address WHERE entity_id = \(bind: id)").run()
        }
        billing = billing ?? requestedBilling.flatMap { kept.contains($0) ? $0 : nil }
        shipping = shipping ?? requestedShipping.flatMap { kept.contains($0) ? $0 : nil }
        try await db.raw("""
            UPDATE customer_entity SET default_billing = \(bind: billing), default_shipping = \(bind: shipping)
            WHERE entity_id = \(bind: customerId)
            """).run()
    }

    /// Points the defaults at existing addresses of the customer; ids of other customers' addresses are ignored.
    static func setDefaults(customerId: Int, billing: Int?, shipping: Int?, on db: any SQLDatabase) async throws {
        for (column, id) in [("default_billing", billing), ("default_shipping", shipping)] {
            guard let id else { continue }
            let owned = try await db.raw("""
                SELECT entity_id FROM customer_address WHERE entity_id = \(bind: id) AND customer_id = \(bind: customerId)
                """).first() != nil
            guard owned else { continue }
            try await db.raw("UPDATE customer_entity SET \(ident: column) = \(bind: id) WHERE entity_id = \(bind: customerId)").run()
        }
    }

    /// The account's wire-only fields (custom and extension attributes).
    static func document(_ customer: Customer) throws -> String {
        var stored = Customer()
        stored.extensionAttributes = customer.extensionAttributes
        stored.customAttributes = customer.customAttributes
        return try MagentoEncoder().encode(stored).jsonString
    }

    /// An address as stored: everything but the id, owner and default flags, which live in columns.
    static func document(_ address: CustomerAddress) throws -> String {
        var stored = address
        stored.id = nil
        stored.customerId = nil
        stored.defaultBilling = nil
        stored.defaultShipping = nil
        return try MagentoEncoder().encode(stored).jsonString
    }

    static func event(_ type: String, id: Int, on db: any SQLDatabase, at now: String, extra: String = "") async throws {
        try await Outbox.append(
            DomainEvent(type: type, entityType: "customer", entityId: String(id), payload: "{\"id\":\(id)\(extra)}"), on: db, at: now
        )
    }
}
