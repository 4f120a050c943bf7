import MagentoWire

/// Syncs customers by email (ids differ between stores): an existing target account with the
/// email is updated, else one is created; the state file maps source ids to target ids, which
/// the orders adapter uses for `customer_id`.
///
/// Not copied: ids, timestamps, passwords (no API exposes them: a synced customer signs in after
/// a password reset), `extension_attributes`. Addresses are sent without ids, so the target's
/// address book is replaced by the source's; default billing and shipping travel as the address
/// flags.
public struct CustomerSyncAdapter: SyncAdapter {
    public typealias Record = Customer
    public let entity = "customers"
    public var isCritical: Bool

    public init(isCritical: Bool = false) {
        self.isCritical = isCritical
    }

    public func fetch(_ criteria: SearchCriteria, from source: MagentoClient) async throws -> SearchResults<Customer> {
        try await source.customers.list(criteria)
    }

    public func pagingKey(of record: Customer) -> Int? { record.id }
    public func key(of record: Customer) -> String { (record.email ?? "").lowercased() }
    public func stamp(of record: Customer) -> String? { record.updatedAt }

    public func apply(_ record: Customer, context: SyncContext) async throws {
        guard let sourceId = record.id, let email = record.email else {
            throw MagentoClientError.invalidRequest("a customer without an id or email")
        }
        let content = Self.content(of: record)
        // Emails are unique per website.
        let existing = try await context.target.customers.list(SearchCriteriaBuilder().where("email", .eq, email).build())
            .items.first { ($0.websiteId ?? 1) == (record.websiteId ?? 1) }?.id
        let targetId: Int?
        if let existing {
            targetId = try await context.target.customers.update(existing, content).id ?? existing
        } else {
            targetId = try await context.target.customers.create(content).id
        }
        guard let targetId else { throw MagentoClientError.decoding("the target answered a customer without an id") }
        try await context.state.setTargetId(entity, sourceId: String(sourceId), targetId: String(targetId))
    }

    /// What is copied: the account's fields and its addresses, never ids or timestamps.
    static func content(of record: Customer) -> Customer {
        var customer = record
        customer.id = nil
        customer.createdAt = nil
        customer.updatedAt = nil
        customer.defaultBilling = nil
        customer.defaultShipping = nil
        customer.extensionAttributes = nil
        customer.addresses = record.addresses?.map { address in
            var address = address
            let id = address.id.map(String.init)
            address.defaultBilling = address.defaultBilling ?? (id != nil && id == record.defaultBilling)
            address.defaultShipping = address.defaultShipping ?? (id != nil && id == record.defaultShipping)
            address.id = nil
            address.customerId = nil
            return address
        }
        return customer
    }
}
