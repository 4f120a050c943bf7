import CommerceDomain
import Foundation
import MagentoClient
import MagentoWire
import Testing

/// A guest and a signed-in demo customer each go from an empty cart to a placed order through the
/// SDK alone, against a live Magpie with the demo store; the order read back through the orders
/// API carries the cart's totals and lines.
@Suite(.serialized) struct CheckoutEndToEndTests {
    static var california: CartAddress {
        var address = CartAddress()
        address.firstname = "Ada"
        address.lastname = "Lovelace"
        address.street = ["1 Market Street"]
        address.city = "San Francisco"
        address.postcode = "94105"
        address.countryId = "US"
        address.regionId = 12
        address.regionCode = "CA"
        address.region = "California"
        address.telephone = "4155550100"
        return address
    }

    static func client(_ live: LiveMagpie, _ credentials: MagentoCredentials) -> MagentoClient {
        MagentoClient(MagentoClientConfiguration(baseURL: live.baseURL, credentials: credentials, requestTimeout: LiveMagpie.requestTimeout))
    }

    /// Three enabled simple demo products that are in stock.
    static func skus(_ admin: MagentoClient) async throws -> [String] {
        let criteria = SearchCriteriaBuilder().where("type_id", .eq, "simple").where("status", .eq, "1").where("visibility", .eq, "4")
            .sort("entity_id").pageSize(20).build()
        var skus: [String] = []
        for product in try await admin.products.list(criteria).items {
            guard let sku = product.sku, try await admin.stock.status(sku).stockStatus == 1 else { continue }
            skus.append(sku)
            if skus.count == 3 { break }
        }
        try #require(skus.count == 3)
        return skus
    }

    /// Fills an empty cart: two lines, one changed, one grown and shrunk back, a third removed; a coupon
    /// applied, read, removed and applied again; shipping chosen from the estimated methods.
    static func fill<Family>(_ cart: CartAPI<Family>, skus: [String]) async throws -> PaymentDetails {
        #expect(try await cart.items().isEmpty)
        let first = try await cart.addItem(sku: skus[0], qty: 2)
        let second = try await cart.addItem(sku: skus[1], qty: 1)
        let changed = try await cart.updateItem(try #require(second.itemId), CartItem(sku: skus[1], qty: 3))
        #expect(changed.qty == 3)
        let extra = try await cart.addItem(sku: skus[0], qty: 1)
        #expect(extra.itemId == first.itemId && extra.qty == 3, "the same SKU grows its line")
        _ = try await cart.updateItem(try #require(first.itemId), CartItem(sku: skus[0], qty: 2))
        let third = try await cart.addItem(sku: skus[2], qty: 1)
        #expect(try await cart.deleteItem(try #require(third.itemId)))
        #expect(try await cart.items().map(\.sku) == Array(skus.prefix(2)))

        try await cart.applyCoupon("SAVE10")
        #expect(try await cart.coupon() == "SAVE10")
        try await cart.removeCoupon()
        #expect(try await cart.coupon() == nil)
        try await cart.applyCoupon("SAVE10")

        let methods = try await cart.estimateShippingMethods(to: california)
        let flatRate = try #require(methods.first { $0.carrierCode == "flatrate" })
        var information = ShippingInformation()
        information.shippingAddress = california
        information.billingAddress = california
        information.shippingCarrierCode = flatRate.carrierCode
        information.shippingMethodCode = flatRate.methodCode
        let details = try await cart.setShippingInformation(information)
        #expect(details.paymentMethods.contains { $0.code == "checkmo" })
        #expect(try await cart.shippingMethods().map(\.carrierCode).contains("flatrate"))
        #expect(try await cart.billingAddress().city == "San Francisco")
        let totals = try await cart.totals()
        #expect(totals == details.totals)
        #expect(totals.couponCode == "SAVE10" && totals.discountAmount < 0)
        #expect(totals.taxAmount > 0, "California is taxed")
        return details
    }

    /// The order as the orders API reads it equals the cart's totals, line by line.
    static func expectOrder(_ orderId: Int, matches totals: CartTotals, lines: [CartItem], email: String, admin: MagentoClient) async throws -> Order {
        let order = try await admin.orders.get(orderId)
        #expect(order.customerEmail == email)
        #expect(order.grandTotal == totals.grandTotal)
        #expect(order.subtotal == totals.subtotal)
        #expect(order.discountAmount == totals.discountAmount)
        #expect(order.taxAmount == totals.taxAmount)
        #expect(order.shippingAmount == totals.shippingAmount)
        #expect(order.payment?.method == "checkmo")
        let skuOfLine = Dictionary(uniqueKeysWithValues: lines.compactMap { line in line.itemId.map { ($0, line.sku ?? "") } })
        let expected = totals.items.map { "\(skuOfLine[$0.itemId] ?? "?") \($0.qty) \($0.price) \($0.rowTotal) \($0.taxAmount) \($0.discountAmount)" }
        let actual = (order.items ?? []).map {
            "\($0.sku ?? "") \($0.qtyOrdered ?? -1) \($0.price ?? -1) \($0.rowTotal ?? -1) \($0.taxAmount ?? -1) \($0.discountAmount ?? -1)"
        }
        #expect(actual.sorted() == expected.sorted())
        return order
    }

    @Test func aGuestAndACustomerEachPlaceAnOrderThroughTheSDK() async throws {
        try await LiveMagpie.run(catalog: "demo") { live in
            let admin = live.adminClient()
            let skus = try await Self.skus(admin)

            let guest = Self.client(live, .none)
            let masked = try await guest.guestCarts.create()
            #expect(masked.count == 32)
            let guestCart = guest.guestCarts.cart(masked)
            let guestDetails = try await Self.fill(guestCart, skus: skus)
            let guestLines = try await guestCart.items()
            #expect(try await guestCart.paymentInformation() == guestDetails)
            let guestOrder = try await guestCart.savePaymentAndPlaceOrder(email: "ada@example.com", payment: CartPayment(method: "checkmo"))
            let placed = try await Self.expectOrder(guestOrder, matches: guestDetails.totals, lines: guestLines, email: "ada@example.com", admin: admin)
            #expect(placed.customerIsGuest == 1)
            // The cart is closed: the admin sees it inactive, holding the order's number.
            let closed = try await admin.carts.list(SearchCriteriaBuilder().where("reserved_order_id", .eq, placed.incrementId).build())
            #expect(closed.items.map(\.isActive) == [false])

            let customer = Self.client(live, .customer(username: "roni_cost@example.com", password: DemoCustomers.password))
            let cartId = try await customer.myCart.create()
            #expect(try await customer.myCart.create() == cartId, "one active cart")
            let myCart = customer.myCart.cart
            #expect(try await myCart.get().customer?.email == "roni_cost@example.com")
            let details = try await Self.fill(myCart, skus: skus)
            let lines = try await myCart.items()
            try await myCart.selectPaymentMethod(CartPayment(method: "checkmo"))
            #expect(try await myCart.selectedPaymentMethod().method == "checkmo")
            #expect(try await admin.carts.cart(cartId).totals() == details.totals, "the admin family reads the same cart")
            let customerOrder = try await myCart.placeOrder()
            let order = try await Self.expectOrder(customerOrder, matches: details.totals, lines: lines, email: "roni_cost@example.com", admin: admin)
            #expect(order.customerIsGuest == 0 && order.customerId != nil)
            #expect(customerOrder != guestOrder)
            do {
                _ = try await myCart.get()
                Issue.record("the customer's cart should be closed")
            } catch let error as MagentoClientError {
                #expect(error.status == 404)
            }
        }
    }
}
