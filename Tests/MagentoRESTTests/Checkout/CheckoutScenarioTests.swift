import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Checkout scenarios")
struct CheckoutScenarioTests {
    @Test("a guest goes from an empty cart to an order: totals, stock and the closed cart")
    func guestCheckout() async throws {
        try await TestApp.make().run { session in
            let (token, cart) = try await session.guestCartWithProduct()
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 2)
            _ = try await session.shippingInformation(cart, address: TestSession.california)
            let noEmail = try await session.send(.post, "\(cart)/payment-information", body: #"{"paymentMethod":{"method":"checkmo"}}"#)
            #expect(noEmail.status == .badRequest)
            #expect(noEmail.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"email"}}"#)
            let placed = try await session.send(.post, "\(cart)/payment-information", body: #"{"email":"ada@example.com","paymentMethod":{"method":"checkmo"},"billingAddress":\#(TestSession.california)}"#)
            #expect(placed.status == .ok)
            #expect(placed.text == #""1""#)
            let order = try await session.get("/rest/V1/orders/1?fields=increment_id,state,status,quote_id,customer_email,customer_is_guest,subtotal,shipping_amount,tax_amount,grand_total,shipping_description,items[sku,qty_ordered,price,tax_amount,tax_percent,row_total],billing_address[city,region_id],payment[method]", token: token)
            #expect(order.text == #"{"increment_id":"000000001","state":"new","status":"pending","quote_id":1,"customer_email":"ada@example.com","customer_is_guest":1,"grand_total":31.65,"subtotal":20,"shipping_amount":10,"tax_amount":1.65,"shipping_description":"Flat Rate - Fixed","items":[{"sku":"SALE-1","qty_ordered":2,"price":10,"row_total":20,"tax_amount":1.65,"tax_percent":8.25}],"billing_address":{"city":"San Francisco","region_id":12},"payment":{"method":"checkmo"}}"#)
            let shipping = try await session.get("/rest/V1/orders/1?fields=extension_attributes[shipping_assignments[shipping[method,address[city]]]]", token: token)
            #expect(shipping.text == #"{"extension_attributes":{"shipping_assignments":[{"shipping":{"address":{"city":"San Francisco"},"method":"flatrate_flatrate"}}]}}"#)
            #expect(try await session.stock("SALE-1", token: token).qty == #"{"qty":8}"#)
            let closed = try await session.get("\(cart)?fields=is_active,reserved_order_id")
            #expect(closed.text == #"{"is_active":false,"reserved_order_id":"000000001"}"#)
            let again = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            #expect(again.status == .notFound)
            #expect(again.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"cartId","fieldValue":"1"}}"#)
            #expect(try await session.send(.put, "\(cart)/order", body: "{}").status == .notFound)
        }
    }

    @Test("placing refuses a cart without a shipping method, and an order the stock no longer covers")
    func placementErrors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", qty: 2, token: token)
            let cart = "/rest/V1/guest-carts/\(try await session.guestCart())"
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 2)
            _ = try await session.send(.post, "\(cart)/billing-address", body: #"{"address":\#(TestSession.california)}"#)
            let noShipping = try await session.send(.put, "\(cart)/order", body: #"{"paymentMethod":{"method":"checkmo"}}"#)
            #expect(noShipping.status == .badRequest)
            #expect(noShipping.text == #"{"message":"The shipping address is missing. Set the address and try again."}"#)
            _ = try await session.shippingInformation(cart, address: TestSession.california)
            _ = try await session.send(.put, "/rest/V1/products/SALE-1/stockItems/1", token: token, body: #"{"stockItem":{"qty":1,"is_in_stock":true}}"#)
            let short = try await session.send(.put, "\(cart)/order", body: #"{"paymentMethod":{"method":"checkmo"}}"#)
            #expect(short.status == .badRequest)
            #expect(short.text == #"{"message":"Not all of your products are available in the requested quantity."}"#)
            #expect(try await session.get("/rest/V1/orders?searchCriteria=&fields=total_count", token: token).text == #"{"total_count":0}"#)
            #expect(try await session.get("\(cart)?fields=is_active").text == #"{"is_active":true}"#)
        }
    }

    @Test("a customer: no cart yet, one cart, saved-address estimate, order, then no active cart")
    func customerCheckout() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            try await session.register("jane@example.com", addresses: CustomerSamples.texas)
            let token = try await session.customerToken("jane@example.com")
            let none = try await session.get("/rest/V1/carts/mine", token: token)
            #expect(none.status == .notFound)
            #expect(none.text == #"{"message":"Current customer does not have an active cart."}"#)
            #expect(try await session.get("/rest/V1/carts/mine/items", token: token).status == .notFound)
            #expect(try await session.send(.post, "/rest/V1/carts/mine", token: token).text == "1")
            #expect(try await session.send(.post, "/rest/V1/carts/mine", token: token).text == "1")
            let added = try await session.addItem("/rest/V1/carts/mine", sku: "SALE-1", qty: 1, token: token)
            #expect(added.text == #"{"item_id":1,"sku":"SALE-1","qty":1,"name":"Item SALE-1","price":10,"product_type":"simple","quote_id":"1"}"#)
            let cart = try await session.get("/rest/V1/carts/mine?fields=id,items_qty,customer,customer_is_guest,customer_tax_class_id", token: token)
            #expect(cart.text == #"{"id":1,"items_qty":1,"customer":{"id":1,"group_id":1,"email":"jane@example.com","firstname":"Jane","lastname":"Doe"},"customer_is_guest":false,"customer_tax_class_id":3}"#)
            let estimate = try await session.send(.post, "/rest/V1/carts/mine/estimate-shipping-methods-by-address-id", token: token, body: #"{"addressId":1}"#)
            #expect(estimate.text == #"[{"carrier_code":"flatrate","method_code":"flatrate","carrier_title":"Flat Rate","method_title":"Fixed","amount":5,"base_amount":5,"available":true,"error_message":"","price_excl_tax":5,"price_incl_tax":5}]"#)
            let otherAddress = try await session.send(.post, "/rest/V1/carts/mine/estimate-shipping-methods-by-address-id", token: token, body: #"{"addressId":7}"#)
            #expect(otherAddress.status == .notFound)
            let details = try await session.shippingInformation("/rest/V1/carts/mine", address: TestSession.texas, token: token)
            #expect(details.text.hasSuffix(#""total_segments":[{"code":"subtotal","title":"Subtotal","value":10},{"code":"shipping","title":"Shipping & Handling (Flat Rate - Fixed)","value":5},{"code":"tax","title":"Tax","value":0},{"code":"grand_total","title":"Grand Total","value":15,"area":"footer"}]}}"#))
            let placed = try await session.send(.post, "/rest/V1/carts/mine/payment-information", token: token, body: #"{"paymentMethod":{"method":"cashondelivery"}}"#)
            #expect(placed.text == #""1""#)
            let order = try await session.get("/rest/V1/orders/1?fields=customer_id,customer_email,customer_firstname,customer_group_id,customer_is_guest,grand_total,payment[method]", token: admin)
            #expect(order.text == #"{"customer_id":1,"customer_email":"jane@example.com","customer_firstname":"Jane","customer_group_id":1,"customer_is_guest":0,"grand_total":15,"payment":{"method":"cashondelivery"}}"#)
            #expect(try await session.get("/rest/V1/carts/mine", token: token).text == #"{"message":"Current customer does not have an active cart."}"#)
            #expect(try await session.send(.post, "/rest/V1/carts/mine", token: token).text == "2")
        }
    }

    @Test("a guest cart given to a customer at login merges into their cart; only a customer token may do it")
    func assignGuestCart() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            try await session.register("jane@example.com")
            let token = try await session.customerToken("jane@example.com")
            _ = try await session.send(.post, "/rest/V1/carts/mine", token: token)
            _ = try await session.addItem("/rest/V1/carts/mine", sku: "SALE-1", qty: 1, token: token)
            let masked = try await session.guestCart()
            _ = try await session.addItem("/rest/V1/guest-carts/\(masked)", sku: "SALE-1", qty: 2)
            let anonymous = try await session.send(.put, "/rest/V1/guest-carts/\(masked)", body: #"{"storeId":1}"#)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"self"}}"#)
            #expect(try await session.send(.put, "/rest/V1/guest-carts/\(masked)", token: token, body: #"{"storeId":1}"#).text == "true")
            let mine = try await session.get("/rest/V1/carts/mine?fields=id,items_qty,customer_is_guest", token: token)
            #expect(mine.text == #"{"id":2,"items_qty":3,"customer_is_guest":false}"#)
            #expect(try await session.get("/rest/V1/carts/1?fields=is_active", token: admin).text == #"{"is_active":false}"#)
            // The masked id no longer reaches a cart that belongs to a customer.
            #expect(try await session.get("/rest/V1/guest-carts/\(masked)").status == .notFound)
            #expect(try await session.addItem("/rest/V1/guest-carts/\(masked)", sku: "SALE-1", qty: 1).status == .notFound)
        }
    }

    @Test("admin cart routes: read, search, place by id; customers and guests are refused")
    func adminCarts() async throws {
        try await TestApp.make().run { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            try await session.register("jane@example.com")
            let customer = try await session.customerToken("jane@example.com")
            #expect(try await session.send(.post, "/rest/V1/customers/1/carts", token: admin).text == "1")
            _ = try await session.addItem("/rest/V1/carts/1", sku: "SALE-1", qty: 1, token: admin)
            #expect(try await session.get("/rest/V1/carts/1?fields=id,items_count,customer[email]", token: admin).text == #"{"id":1,"items_count":1,"customer":{"email":"jane@example.com"}}"#)
            let search = try await session.get("/rest/V1/carts/search?searchCriteria[filterGroups][0][filters][0][field]=customer_id&searchCriteria[filterGroups][0][filters][0][value]=1&fields=items[id,is_active],total_count", token: admin)
            #expect(search.text == #"{"items":[{"id":1,"is_active":true}],"total_count":1}"#)
            let refused = try await session.get("/rest/V1/carts/1", token: customer)
            #expect(refused.status == .unauthorized)
            #expect(refused.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Cart::manage"}}"#)
            #expect(try await session.get("/rest/V1/carts/1").status == .unauthorized)
            #expect(try await session.get("/rest/V1/carts/42", token: admin).text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"cartId","fieldValue":"42"}}"#)
            _ = try await session.shippingInformation("/rest/V1/carts/1", address: TestSession.texas, token: admin)
            let placed = try await session.send(.put, "/rest/V1/carts/1/order", token: admin, body: #"{"paymentMethod":{"method":"checkmo"}}"#)
            #expect(placed.text == #""1""#)
            #expect(try await session.get("/rest/V1/orders/1?fields=customer_id,grand_total", token: admin).text == #"{"customer_id":1,"grand_total":15}"#)
        }
    }
}
