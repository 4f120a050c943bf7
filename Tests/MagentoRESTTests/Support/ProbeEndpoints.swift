import CommerceDomain
import HTTPTypes
import MagentoREST
import MagentoWire

/// Test-only routes that exercise pipeline rules no production route isolates on its own.
enum ProbeEndpoints {
    struct Item: Codable, Sendable {
        var name: String
        var qty: Int
        var isActive: Bool?
        var price: Double?
        var nested: Nested?

        enum CodingKeys: String, CodingKey {
            case name, qty
            case isActive = "is_active"
            case price, nested
        }
    }

    struct Nested: Codable, Sendable {
        var innerValue: String

        enum CodingKeys: String, CodingKey {
            case innerValue = "inner_value"
        }
    }

    struct Route: Codable, Sendable {
        var route: String
        var id: String?
        var weight: Double?
    }

    struct Boom: Error {}

    static var all: [Endpoint] {
        [
            Endpoint(.get, "/V1/probe/items/:id", access: .anonymous, service: "probeV1", operation: "byId", summary: "") { call in
                Route(route: "placeholder", id: call.pathParameter("id"))
            },
            Endpoint(.get, "/V1/probe/items/mine", access: .anonymous, service: "probeV1", operation: "mine", summary: "") { _ in
                Route(route: "literal", id: nil, weight: 34.0)
            },
            Endpoint(.post, "/V1/probe/echo", access: .anonymous, service: "probeV1", operation: "echo", summary: "") { call in
                try call.argument("probeItem", as: Item.self)
            },
            Endpoint(.get, "/V1/probe/fail", access: .anonymous, service: "probeV1", operation: "fail", summary: "") { _ -> Bool in
                throw Boom()
            },
            Endpoint(
                .get, "/V1/probe/me", access: .selfCustomer, service: "probeV1", operation: "me", summary: "",
                forced: [ForcedParameter("customerId", from: .customerId)]
            ) { call in try call.argument("customerId", as: Int.self) },
            Endpoint(.delete, "/V1/probe/items/:id", access: .resources(["Magpie_Probe::write"]), service: "probeV1", operation: "delete", summary: "") { _ in
                true
            },
        ]
    }
}
