import CommerceDomain
import HTTPTypes
import MagentoWire

/// `…/gift-message` and `…/gift-message/:itemId` on each cart family: read and set the cart's
/// gift message and a line's. The admin family needs `Magento_Sales::create`, as in Magento.
extension CartRouteFamily {
    var giftMessageEndpoints: [Endpoint] {
        let checkout = self.checkout
        let cartService = kind == .guest ? "giftMessageGuestCartRepositoryV1" : "giftMessageCartRepositoryV1"
        let itemService = kind == .guest ? "giftMessageGuestItemRepositoryV1" : "giftMessageItemRepositoryV1"
        let access: EndpointAccess? = kind == .admin ? .resources(["Magento_Sales::create"]) : nil
        let body: [BodyArgument] = [.required("giftMessage", GiftMessage.self)]
        return [
            endpoint(.get, "/gift-message", service: cartService, operation: "get", summary: "Return the gift message for a specified order.",
                     access: access) { _, id in
                try await checkout.giftMessage(id, itemId: nil)
            },
            endpoint(.post, "/gift-message", service: cartService, operation: "save", summary: "Set the gift message for an entire order.",
                     body: body, access: access) { call, id in
                try await checkout.setGiftMessage(id, itemId: nil, try call.argument("giftMessage", as: GiftMessage.self), settings: call.checkoutSettings)
            },
            endpoint(.get, "/gift-message/:itemId", service: itemService, operation: "get", summary: "Return the gift message for a specified item in a specified shopping cart.",
                     access: access) { call, id in
                try await checkout.giftMessage(id, itemId: try call.argument("itemId", as: Int.self))
            },
            endpoint(.post, "/gift-message/:itemId", service: itemService, operation: "save", summary: "Set the gift message for a specified item in a specified shopping cart.",
                     body: body, access: access) { call, id in
                try await checkout.setGiftMessage(
                    id, itemId: try call.argument("itemId", as: Int.self), try call.argument("giftMessage", as: GiftMessage.self), settings: call.checkoutSettings
                )
            },
        ]
    }
}
