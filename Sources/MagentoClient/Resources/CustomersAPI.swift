import MagentoWire

extension MagentoClient {
    /// `/V1/customers…`
    public var customers: CustomersAPI { CustomersAPI(client: self) }
}

/// Customers: search, page, get, create (with or without a password), update, delete.
public struct CustomersAPI: Sendable {
    let client: MagentoClient

    /// `GET /V1/customers/search`.
    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Customer> {
        try await client.search(["customers", "search"], criteria)
    }

    /// Keyset pages on `entity_id`.
    public func keysetPages(_ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil) -> KeysetPages<Customer> {
        client.keysetPages(["customers", "search"], criteria, pageSize: pageSize) { $0.id }
    }

    public func get(_ id: Int) async throws -> Customer {
        try await client.send(MagentoRequest<Customer>(.get, ["customers", String(id)]))
    }

    /// `POST /V1/customers` (`createAccount`): a new account, with a password when one is given.
    public func create(_ customer: Customer, password: String? = nil) async throws -> Customer {
        var members: [(String, any Encodable)] = [("customer", customer)]
        if let password { members.append(("password", password)) }
        return try await client.send(MagentoRequest<Customer>(.post, ["customers"], object: members))
    }

    /// `PUT /V1/customers/:id`: saves the customer as sent (the URL's id wins).
    public func update(_ id: Int, _ customer: Customer) async throws -> Customer {
        try await client.send(MagentoRequest<Customer>(.put, ["customers", String(id)], object: [("customer", customer)]))
    }

    @discardableResult
    public func delete(_ id: Int) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.delete, ["customers", String(id)]))
    }
}
