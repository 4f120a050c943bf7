import CommerceDomain
import HTTPTypes
import MagentoWire

/// `POST /V1/order/:orderId/ship` and `/V1/shipment…`.
public struct ShipmentRoutes: Sendable {
    let sales: any SalesRepository

    public init(sales: any SalesRepository) {
        self.sales = sales
    }

    static let repository = "salesShipmentRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.post, "/V1/order/:orderId/ship", access: SalesAccess.ship, service: "salesShipOrderV1", operation: "execute",
                     summary: "Creates new Shipment for given Order.", body: ["items", "notify", "appendComment", "comment", "tracks", "packages", "arguments"]) {
                [sales] call in try await sales.ship(orderId: try call.argument("orderId", as: Int.self), try call.documentRequest(tracks: true))
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
        ]
    }
}
