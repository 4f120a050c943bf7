import CommerceDomain
import HTTPTypes
import MagentoWire

/// The cart itself, its lines, coupons and totals.
extension CartRouteFamily {
    var cartEndpoints: [Endpoint] {
        let checkout = self.checkout
        let cartService = kind == .mine ? "quoteCartManagementV1" : service("CartRepositoryV1")
        let save = kind != .mine ? [] : [
            // Magento forces `quote.id` to the token's cart: whatever id is sent, only that cart changes.
            endpoint(.put, "", service: "quoteCartRepositoryV1", operation: "save", summary: "Save quote", body: [.required("quote", Cart.self)]) {
                call, id in
                try await checkout.saveCart(id, try call.argument("quote", as: Cart.self), storeId: call.store.id, settings: call.checkoutSettings)
                return VoidResult()
            },
        ]
        return save + [
            endpoint(.get, "", service: cartService, operation: kind == .mine ? "getCartForCustomer" : "get", summary: "Returns information for a specified cart.") {
                call, id in try await checkout.cart(id, settings: call.checkoutSettings)
            },
            endpoint(.get, "/items", service: service("CartItemRepositoryV1"), operation: "getList", summary: "Lists items that are assigned to a specified cart.") {
                _, id in try await checkout.items(id)
            },
            // Magento names this one placeholder `quoteId` on the admin family (Quote's webapi.xml).
            endpoint(.post, "/items", service: service("CartItemRepositoryV1"), operation: "save", summary: "Add/update the specified cart item.", body: [.required("cartItem", CartItem.self)],
                     placeholder: kind == .admin ? "quoteId" : "cartId") {
                call, id in try await checkout.addItem(id, try call.argument("cartItem", as: CartItem.self), storeId: call.store.id)
            },
            endpoint(.put, "/items/:itemId", service: service("CartItemRepositoryV1"), operation: "save", summary: "Add/update the specified cart item.", body: [.required("cartItem", CartItem.self)]) {
                call, id in
                try await checkout.updateItem(id, itemId: try call.argument("itemId", as: Int.self), try call.argument("cartItem", as: CartItem.self), storeId: call.store.id)
            },
            endpoint(.delete, "/items/:itemId", service: service("CartItemRepositoryV1"), operation: "deleteById", summary: "Removes the specified item from the specified cart.") {
                call, id in try await checkout.deleteItem(id, itemId: try call.argument("itemId", as: Int.self))
            },
            endpoint(.get, "/totals", service: service("CartTotalRepositoryV1"), operation: "get", summary: "Returns quote totals data for a specified cart.") {
                call, id in try await checkout.totals(id, settings: call.checkoutSettings)
            },
            endpoint(.post, "/totals-information", service: checkoutService("TotalsInformationManagementV1"), operation: "calculate", summary: "Calculate quote totals based on address and shipping method.", body: [.required("addressInformation", TotalsInformation.self)]) {
                call, id in
                try await checkout.totals(id, information: try call.argument("addressInformation", as: TotalsInformation.self), settings: call.checkoutSettings)
            },
            endpoint(.get, "/coupons", service: service("CouponManagementV1"), operation: "get", summary: "Returns information for a coupon in a specified cart.") {
                _, id in try await checkout.coupon(id)
            },
            endpoint(.put, "/coupons/:couponCode", service: service("CouponManagementV1"), operation: "set", summary: "Adds a coupon by code to a specified cart.") {
                call, id in try await checkout.applyCoupon(id, code: call.pathParameter("couponCode"), settings: call.checkoutSettings)
            },
            endpoint(.delete, "/coupons", service: service("CouponManagementV1"), operation: "remove", summary: "Deletes a coupon from a specified cart.") {
                _, id in try await checkout.removeCoupon(id)
            },
        ]
    }
}
