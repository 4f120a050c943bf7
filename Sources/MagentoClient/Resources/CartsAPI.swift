import MagentoWire

extension MagentoClient {
    /// `/V1/guest-carts…`: carts of shoppers without an account, by masked id.
    public var guestCarts: GuestCartsAPI { GuestCartsAPI(client: self) }
    /// `/V1/carts/mine…`: the signed-in customer's cart (``MagentoCredentials/customer(username:password:)``).
    public var myCart: MyCartAPI { MyCartAPI(client: self) }
    /// `/V1/carts…`: any cart by numeric id, cart search, carts for customers (admin).
    public var carts: AdminCartsAPI { AdminCartsAPI(client: self) }
}

/// Guest carts: create one (answers its masked id), then work on it through ``cart(_:)``.
public struct GuestCartsAPI: Sendable {
    let client: MagentoClient

    /// `POST /V1/guest-carts`: a new empty cart; answers its 32-character masked id.
    public func create() async throws -> String {
        try await client.send(MagentoRequest<String>(.post, ["guest-carts"]))
    }

    public func cart(_ maskedId: String) -> CartAPI<GuestCart> {
        CartAPI(client: client, prefix: ["guest-carts", maskedId])
    }

    /// `PUT /V1/guest-carts/:maskedId` with a customer token: the guest cart becomes the
    /// signed-in customer's active cart.
    @discardableResult
    public func assignToMe(_ maskedId: String, storeId: Int? = nil) async throws -> Bool {
        var members: [(String, any Encodable)] = []
        if let storeId { members.append(("storeId", storeId)) }
        return try await client.send(MagentoRequest<Bool>(.put, ["guest-carts", maskedId], object: members))
    }
}

/// The signed-in customer's active cart.
public struct MyCartAPI: Sendable {
    let client: MagentoClient

    /// `POST /V1/carts/mine`: the active cart's id, creating the cart when there is none.
    @discardableResult
    public func create() async throws -> Int {
        try await client.send(MagentoRequest<Int>(.post, ["carts", "mine"], decode: AnsweredId.decode))
    }

    /// The active cart's routes; a customer without one gets 404 until ``create()``.
    public var cart: CartAPI<MyCart> { CartAPI(client: client, prefix: ["carts", "mine"]) }
}

/// Admin carts: create, search, give a cart to a customer, and every cart route by numeric id.
public struct AdminCartsAPI: Sendable {
    let client: MagentoClient

    /// `POST /V1/carts/`: a new empty guest cart; answers its numeric id.
    public func create() async throws -> Int {
        try await client.send(MagentoRequest<Int>(.post, ["carts"], decode: AnsweredId.decode))
    }

    /// `POST /V1/customers/:customerId/carts`: the customer's active cart id, created when missing.
    public func create(forCustomer customerId: Int) async throws -> Int {
        try await client.send(MagentoRequest<Int>(.post, ["customers", String(customerId), "carts"], decode: AnsweredId.decode))
    }

    /// `GET /V1/carts/search`.
    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Cart> {
        try await client.search(["carts", "search"], criteria)
    }

    public func cart(_ id: Int) -> CartAPI<AdminCart> {
        CartAPI(client: client, prefix: ["carts", String(id)])
    }

    /// `PUT /V1/carts/:cartId`: makes the cart the customer's.
    @discardableResult
    public func assign(_ cartId: Int, toCustomer customerId: Int, storeId: Int? = nil) async throws -> Bool {
        var members: [(String, any Encodable)] = [("customerId", customerId)]
        if let storeId { members.append(("storeId", storeId)) }
        return try await client.send(MagentoRequest<Bool>(.put, ["carts", String(cartId)], object: members))
    }
}
