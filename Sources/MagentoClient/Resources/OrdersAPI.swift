import MagentoWire

extension MagentoClient {
    /// `/V1/orders…` and the order actions under `/V1/order/:id/…`.
    public var orders: OrdersAPI { OrdersAPI(client: self) }
}

/// Orders: search, page, get, raw save, invoice, ship, refund, cancel, hold, comments.
public struct OrdersAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Order> {
        try await client.search(["orders"], criteria)
    }

    /// Keyset pages on `entity_id`.
    public func keysetPages(_ criteria: SearchCriteria = SearchCriteria(), pageSize: Int? = nil) -> KeysetPages<Order> {
        client.keysetPages(["orders"], criteria, pageSize: pageSize) { $0.entityId }
    }

    public func get(_ id: Int) async throws -> Order {
        try await client.send(MagentoRequest<Order>(.get, ["orders", String(id)]))
    }

    /// `POST /V1/orders`, Magento's raw save: without `entity_id` it creates the order, with one it
    /// saves the order's scalar fields (status, customer name and email, …).
    public func save(_ order: Order) async throws -> Order {
        try await client.send(MagentoRequest<Order>(.post, ["orders"], object: [("entity", order)]))
    }

    /// `POST /V1/order/:id/invoice`; no items invoices everything left. Answers the invoice id.
    public func invoice(
        _ orderId: Int, items: [DocumentItemCreation] = [], capture: Bool? = nil, notify: Bool? = nil, comment: DocumentCommentCreation? = nil
    ) async throws -> Int {
        var members = Self.documentMembers(items: items, notify: notify, comment: comment)
        if let capture { members.append(("capture", capture)) }
        return try await client.send(try Self.documentAction(["order", String(orderId), "invoice"], members))
    }

    /// `POST /V1/order/:id/ship`; no items ships everything left. Answers the shipment id.
    public func ship(
        _ orderId: Int, items: [DocumentItemCreation] = [], tracks: [TrackCreation] = [], notify: Bool? = nil, comment: DocumentCommentCreation? = nil
    ) async throws -> Int {
        var members = Self.documentMembers(items: items, notify: notify, comment: comment)
        if !tracks.isEmpty { members.append(("tracks", tracks)) }
        return try await client.send(try Self.documentAction(["order", String(orderId), "ship"], members))
    }

    /// `POST /V1/order/:id/refund` (an offline credit memo). Answers the credit memo id.
    public func refund(
        _ orderId: Int, items: [DocumentItemCreation] = [], arguments: CreditmemoCreationArguments? = nil,
        notify: Bool? = nil, comment: DocumentCommentCreation? = nil
    ) async throws -> Int {
        let members = Self.documentMembers(items: items, notify: notify, comment: comment, arguments: arguments)
        return try await client.send(try Self.documentAction(["order", String(orderId), "refund"], members))
    }

    @discardableResult
    public func cancel(_ orderId: Int) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.post, ["orders", String(orderId), "cancel"]))
    }

    @discardableResult
    public func hold(_ orderId: Int) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.post, ["orders", String(orderId), "hold"]))
    }

    @discardableResult
    public func unhold(_ orderId: Int) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.post, ["orders", String(orderId), "unhold"]))
    }

    /// `POST /V1/orders/:id/comments`.
    @discardableResult
    public func addComment(_ orderId: Int, _ comment: OrderStatusHistory) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.post, ["orders", String(orderId), "comments"], object: [("statusHistory", comment)]))
    }

    /// A `POST` creating a document, answering its id.
    static func documentAction(_ segments: [String], _ members: [(String, any Encodable)]) throws -> MagentoRequest<Int> {
        MagentoRequest<Int>(.post, segments, body: try RequestBody.object(members), decode: AnsweredId.decode)
    }

    /// The members every document request shares: `items`, `notify`, `appendComment` and
    /// `comment`, plus the refunds' `arguments`.
    static func documentMembers(
        items: [DocumentItemCreation], notify: Bool?, comment: DocumentCommentCreation?, arguments: CreditmemoCreationArguments? = nil
    ) -> [(String, any Encodable)] {
        var members: [(String, any Encodable)] = []
        if let arguments { members.append(("arguments", arguments)) }
        if !items.isEmpty { members.append(("items", items)) }
        if let notify { members.append(("notify", notify)) }
        if let comment {
            members.append(("appendComment", true))
            members.append(("comment", comment))
        }
        return members
    }
}
