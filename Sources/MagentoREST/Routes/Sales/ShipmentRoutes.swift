import CommerceDomain
import HTTPTypes
import MagentoWire

/// `POST /V1/order/:orderId/ship` and `/V1/shipment…`.
public struct ShipmentRoutes: Sendable {
    let sales: any SalesRepository
    /// The stock settings: with reservations on, a shipment deducts from the sources.
    let stock: @Sendable () -> StockConfiguration

    public init(sales: any SalesRepository, stock: @escaping @Sendable () -> StockConfiguration = { StockConfiguration() }) {
        self.sales = sales
        self.stock = stock
    }

    static let repository = "salesShipmentRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.post, "/V1/order/:orderId/ship", access: SalesAccess.ship, service: "salesShipOrderV1", operation: "execute",
                     summary: "Creates new Shipment for given Order.", body: DocumentCreationBody.arguments(tracks: true)) {
                [sales, stock] call in
                String(try await sales.ship(orderId: try call.argument("orderId", as: Int.self), try call.documentRequest(tracks: true), stock: stock()))
            },
            .search("/V1/shipments", access: SalesAccess.shipments, service: Self.repository, summary: "Lists shipments that match specified search criteria.") {
                [sales] criteria, _ in try await sales.searchShipments(criteria)
            },
            Endpoint(.get, "/V1/shipment/:id", access: SalesAccess.shipments, service: Self.repository, operation: "get", summary: "Loads a specified shipment.") {
                [sales] call in try await sales.shipment(id: try call.argument("id", as: Int.self))
            },
            Endpoint(.get, "/V1/shipment/:id/comments", access: SalesAccess.shipments, service: "salesShipmentManagementV1", operation: "getCommentsList",
                     summary: "Lists comments for a specified shipment.", returns: SearchResults<SalesComment>.self) {
                [sales] call in
                let comments = try await sales.shipment(id: try call.argument("id", as: Int.self)).comments ?? []
                return SearchResults(items: comments, searchCriteria: SearchCriteria().echoed, totalCount: comments.count)
            },
            Endpoint(.post, "/V1/shipment/:id/comments", access: SalesAccess.shipments, service: "salesShipmentCommentRepositoryV1", operation: "save",
                     summary: "Performs persist operations for a specified shipment comment.", body: [.required("entity", SalesComment.self)]) {
                [sales] call in
                var comment = try call.argument("entity", as: SalesComment.self)
                comment.parentId = try call.argument("id", as: Int.self)
                return try await sales.addComment(comment, to: .shipment)
            },
            Endpoint(.post, "/V1/shipment", access: SalesAccess.shipments, service: Self.repository, operation: "save",
                     summary: "Performs persist operations for a specified shipment.", body: [.required("entity", Shipment.self)]) {
                [sales, stock] call in
                let shipment = try call.argument("entity", as: Shipment.self)
                let orderId = try DocumentSave.orderId(entityId: shipment.entityId, orderId: shipment.orderId, .shipment)
                return try await sales.shipment(id: try await sales.ship(orderId: orderId, DocumentSave.request(shipment), stock: stock()))
            },
            Endpoint(.post, "/V1/shipment/track", access: SalesAccess.shipments, service: "salesShipmentTrackRepositoryV1", operation: "save",
                     summary: "Performs persist operations for a specified shipment track.", body: [.required("entity", ShipmentTrack.self)]) {
                [sales] call in try await sales.addTrack(try call.argument("entity", as: ShipmentTrack.self))
            },
            Endpoint(.delete, "/V1/shipment/track/:id", access: SalesAccess.shipments, service: "salesShipmentTrackRepositoryV1", operation: "deleteById",
                     summary: "Deletes a specified shipment track by ID.") {
                [sales] call in
                try await sales.deleteTrack(id: try call.argument("id", as: Int.self))
                return true
            },
            Endpoint(.get, "/V1/shipment/:id/label", access: SalesAccess.shipments, service: "salesShipmentManagementV1", operation: "getLabel",
                     summary: "Gets a specified shipment label.") {
                // No carrier integration prints labels, so the label is empty, as for any shipment
                // Magento created without one.
                [sales] call in
                _ = try await sales.shipment(id: try call.argument("id", as: Int.self))
                return ""
            },
            Endpoint(.post, "/V1/shipment/:id/emails", access: SalesAccess.shipments, service: "salesShipmentManagementV1", operation: "notify", summary: "Emails user a specified shipment.") {
                // No mail is sent (Magpie has no mailer); the document must exist, as in Magento.
                [sales] call in
                _ = try await sales.shipment(id: try call.argument("id", as: Int.self))
                return true
            },
        ]
    }
}
