import MagentoWire

extension MagentoClient {
    /// `/V1/invoices…`
    public var invoices: InvoicesAPI { InvoicesAPI(client: self) }
    /// `/V1/shipments`, `/V1/shipment/:id`
    public var shipments: ShipmentsAPI { ShipmentsAPI(client: self) }
    /// `/V1/creditmemos`, `/V1/creditmemo/:id`
    public var creditmemos: CreditmemosAPI { CreditmemosAPI(client: self) }
}

/// Invoices: search, get, refund (created through ``OrdersAPI/invoice(_:items:capture:notify:comment:)``).
public struct InvoicesAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Invoice> {
        try await client.search(["invoices"], criteria)
    }

    public func get(_ id: Int) async throws -> Invoice {
        try await client.send(MagentoRequest<Invoice>(.get, ["invoices", String(id)]))
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

/// Shipments: search, get (created through ``OrdersAPI/ship(_:items:tracks:notify:comment:)``).
public struct ShipmentsAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Shipment> {
        try await client.search(["shipments"], criteria)
    }

    public func get(_ id: Int) async throws -> Shipment {
        try await client.send(MagentoRequest<Shipment>(.get, ["shipment", String(id)]))
    }
}

/// Credit memos: search, get (created through the refund calls).
public struct CreditmemosAPI: Sendable {
    let client: MagentoClient

    public func list(_ criteria: SearchCriteria = SearchCriteria()) async throws -> SearchResults<Creditmemo> {
        try await client.search(["creditmemos"], criteria)
    }

    public func get(_ id: Int) async throws -> Creditmemo {
        try await client.send(MagentoRequest<Creditmemo>(.get, ["creditmemo", String(id)]))
    }
}
