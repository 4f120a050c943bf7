import MagentoWire

extension MagentoClient {
    /// `/V1/invoices…`
    public var invoices: InvoicesAPI { InvoicesAPI(client: self) }
    /// `/V1/shipments`, `/V1/shipment/:id`
    public var shipments: ShipmentsAPI { ShipmentsAPI(client: self) }
    /// `/V1/creditmemos`, `/V1/creditmemo/:id`
    public var creditmemos: CreditmemosAPI { CreditmemosAPI(client: self) }
}

/// Invoices: search, get, raw save, refund (usually created through ``OrdersAPI/invoice(_:items:capture:notify:comment:)``).
public struct InvoicesAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Invoice> {
        try await client.search(["invoices"], criteria)
    }

    public func get(_ id: Int) async throws -> Invoice {
        try await client.send(MagentoRequest<Invoice>(.get, ["invoices", String(id)]))
    }

    /// `POST /V1/invoices`, the raw save of a new invoice for `order_id`: its rows (`order_item_id`,
    /// `qty`; none invoices everything left) and first comment are invoiced as the order action
    /// would. Answers the stored invoice.
    public func save(_ invoice: Invoice) async throws -> Invoice {
        try await client.send(MagentoRequest<Invoice>(.post, ["invoices"], object: [("entity", invoice)]))
    }

    /// `POST /V1/invoice/:id/refund`. Answers the credit memo id.
    public func refund(
        _ invoiceId: Int, items: [DocumentItemCreation] = [], arguments: CreditmemoCreationArguments? = nil,
        notify: Bool? = nil, comment: DocumentCommentCreation? = nil
    ) async throws -> Int {
        let members = OrdersAPI.documentMembers(items: items, notify: notify, comment: comment, arguments: arguments)
        return try await client.send(try OrdersAPI.documentAction(["invoice", String(invoiceId), "refund"], members))
    }
}

/// Shipments: search, get, raw save (usually created through ``OrdersAPI/ship(_:items:tracks:notify:comment:)``).
public struct ShipmentsAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Shipment> {
        try await client.search(["shipments"], criteria)
    }

    public func get(_ id: Int) async throws -> Shipment {
        try await client.send(MagentoRequest<Shipment>(.get, ["shipment", String(id)]))
    }

    /// `POST /V1/shipment`, the raw save of a new shipment for `order_id`, with its rows, tracks
    /// and first comment. Answers the stored shipment.
    public func save(_ shipment: Shipment) async throws -> Shipment {
        try await client.send(MagentoRequest<Shipment>(.post, ["shipment"], object: [("entity", shipment)]))
    }
}

/// Credit memos: search, get, raw save (usually created through the refund calls).
public struct CreditmemosAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Creditmemo> {
        try await client.search(["creditmemos"], criteria)
    }

    public func get(_ id: Int) async throws -> Creditmemo {
        try await client.send(MagentoRequest<Creditmemo>(.get, ["creditmemo", String(id)]))
    }

    /// `POST /V1/creditmemo`, the raw save of a new credit memo against its `invoice_id` (else
    /// its `order_id`): rows, `shipping_amount`, adjustments and first comment. Nothing returns
    /// to stock. Answers the stored credit memo.
    public func save(_ memo: Creditmemo) async throws -> Creditmemo {
        try await client.send(MagentoRequest<Creditmemo>(.post, ["creditmemo"], object: [("entity", memo)]))
    }
}
