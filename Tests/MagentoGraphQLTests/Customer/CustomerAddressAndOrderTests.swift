import Foundation
import HTTPTypes
import MagentoWire
import Testing

/// The address book, the customer's cart and the customer's orders.
@Suite("GraphQL customer addresses, carts and orders")
struct CustomerAddressAndOrderTests {
    @Test("addresses are created, changed and deleted for the signed-in customer only", arguments: CartEngine.all)
    func addresses(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            try await session.register("jane@example.com")
            let token = try await session.signIn("jane@example.com")
            let created = try await session.gql(#"mutation { createCustomerAddress(input: {firstname: "Jane", lastname: "Doe", street: ["1 Main St"], city: "Austin", region: {region_id: 57}, postcode: "78701", country_code: US, telephone: "555-0100", default_shipping: true}) { id city country_code region { region_id } default_shipping default_billing } }"#, token: token)
            #expect(created.text == #"{"data":{"createCustomerAddress":{"id":1,"city":"Austin","country_code":"US","region":{"region_id":57},"default_shipping":true,"default_billing":false}}}"#)
            let changed = try await session.gql(#"mutation { updateCustomerAddress(id: 1, input: {city: "Dallas"}) { id city } }"#, token: token)
            #expect(changed.text == #"{"data":{"updateCustomerAddress":{"id":1,"city":"Dallas"}}}"#)
            let listed = try await session.gql("{ customer { default_shipping addresses { id city } } }", token: token)
            #expect(listed.text == #"{"data":{"customer":{"default_shipping":"1","addresses":[{"id":1,"city":"Dallas"}]}}}"#)
            let missing = try await session.gql(#"mutation { updateCustomerAddress(id: 7, input: {city: "Dallas"}) { id } }"#, token: token)
            #expect(missing.errors.first?["message"] == #"Could not find a address with ID "7""#)
            let guarded = try await session.gql("mutation { deleteCustomerAddress(id: 1) }", token: token)
            #expect(guarded.errors.first?["message"] == "Customer Address 1 is set as default shipping address and can not be deleted")
            let incomplete = try await session.gql(#"mutation { createCustomerAddress(input: {firstname: "Jane"}) { id } }"#, token: token)
            #expect(incomplete.errors.first?["message"] == "Required parameters are missing: lastname, city, telephone, postcode, country_code, street")
        }
    }

    @Test("customerCart, assignCustomerToGuestCart and mergeCarts move guest lines into the customer's cart", arguments: CartEngine.all)
    func customerCarts(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            try await session.register("jane@example.com")
            let token = try await session.signIn("jane@example.com")
            let mine = try await session.gql("{ customerCart { id total_quantity } }", token: token)
            let mineId = mine.data?["customerCart"]?["id"]?.stringValue ?? ""
            #expect(mineId.count == 32)
            #expect(mine.text == #"{"data":{"customerCart":{"id":"\#(mineId)","total_quantity":0}}}"#)
            let guest = try await session.newCart()
            _ = try await session.gql(#"mutation { addProductsToCart(cartId: "\#(guest)", cartItems: [{sku: "SALE-1", quantity: 2}]) { user_errors { code } } }"#)
            let merged = try await session.gql(#"mutation { mergeCarts(source_cart_id: "\#(guest)", destination_cart_id: "\#(mineId)") { id total_quantity } }"#, token: token)
            #expect(merged.text == #"{"data":{"mergeCarts":{"id":"\#(mineId)","total_quantity":2}}}"#)
            let gone = try await session.gql(#"{ cart(cart_id: "\#(guest)") { id } }"#)
            #expect(gone.errors.first?["message"] == "Current user does not have an active cart.")
            let another = try await session.newCart()
            _ = try await session.gql(#"mutation { addProductsToCart(cartId: "\#(another)", cartItems: [{sku: "SALE-1", quantity: 1}]) { user_errors { code } } }"#)
            let assigned = try await session.gql(#"mutation { assignCustomerToGuestCart(cart_id: "\#(another)") { id total_quantity } }"#, token: token)
            #expect(assigned.text == #"{"data":{"assignCustomerToGuestCart":{"id":"\#(another)","total_quantity":3}}}"#)
            let now = try await session.gql("{ customerCart { id } }", token: token)
            #expect(now.text == #"{"data":{"customerCart":{"id":"\#(another)"}}}"#)
            let guestTry = try await session.gql(#"mutation { mergeCarts(source_cart_id: "\#(another)") { id } }"#)
            #expect(guestTry.errors.first?["message"] == "The current customer isn't authorized.")
        }
    }

    @Test("a signed-in checkout with a saved address lands in customer.orders with its invoice and shipment", arguments: CartEngine.all)
    func orders(engine: CartEngine) async throws {
        try await GraphQLTestApp.run(on: engine) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            try await session.register("jane@example.com", addresses: #"[{"firstname":"Jane","lastname":"Doe","street":["1 Main St"],"city":"Austin","postcode":"78701","country_id":"US","region_id":57,"telephone":"555-0100","default_billing":true,"default_shipping":true}]"#)
            let token = try await session.signIn("jane@example.com")
            let cart = try await session.newCart(token: token)
            let steps = [
                #"addProductsToCart(cartId: "\#(cart)", cartItems: [{sku: "SALE-1", quantity: 1}]) { user_errors { code } }"#,
                #"setShippingAddressesOnCart(input: {cart_id: "\#(cart)", shipping_addresses: [{customer_address_id: 1}]}) { cart { id } }"#,
                #"setBillingAddressOnCart(input: {cart_id: "\#(cart)", billing_address: {customer_address_id: 1}}) { cart { id } }"#,
                #"setShippingMethodsOnCart(input: {cart_id: "\#(cart)", shipping_methods: [{carrier_code: "flatrate", method_code: "flatrate"}]}) { cart { id } }"#,
                #"setPaymentMethodOnCart(input: {cart_id: "\#(cart)", payment_method: {code: "checkmo"}}) { cart { id } }"#,
            ]
            for step in steps {
                let reply = try await session.gql("mutation { \(step) }", token: token)
                #expect(reply.errors.isEmpty, "\(step): \(reply.text)")
            }
            let placed = try await session.gql(#"mutation { placeOrder(input: {cart_id: "\#(cart)"}) { orderV2 { number email } } }"#, token: token)
            #expect(placed.text == #"{"data":{"placeOrder":{"orderV2":{"number":"000000001","email":"jane@example.com"}}}}"#)
            _ = try await session.rest(.post, "/rest/V1/order/1/invoice", token: admin, body: #"{"capture":true}"#)
            _ = try await session.rest(.post, "/rest/V1/order/1/ship", token: admin, body: #"{"tracks":[{"track_number":"1Z999","title":"UPS","carrier_code":"ups"}]}"#)
            let query = """
                query CustomerOrders($pageSize: Int) {
                  customer { orders(pageSize: $pageSize, filter: {number: {eq: "000000001"}}) {
                    total_count page_info { current_page page_size total_pages }
                    items { number order_date status shipping_method
                      total { grand_total { value } subtotal { value } }
                      shipping_address { city country_code }
                      items { __typename product_sku product_name quantity_ordered quantity_invoiced quantity_shipped status }
                      invoices { number total { grand_total { value } } }
                      shipments { number tracking { number carrier title } }
                      payment_methods { name type } } } }
                }
                """
            let orders = try await session.gql(query, variables: #"{"pageSize":5}"#, token: token)
            #expect(orders.text == #"{"data":{"customer":{"orders":{"total_count":1,"page_info":{"current_page":1,"page_size":5,"total_pages":1},"items":[{"number":"000000001","order_date":"2026-09-21 14:13:20","status":"Complete","shipping_method":"Flat Rate - Fixed","total":{"grand_total":{"value":15},"subtotal":{"value":10}},"shipping_address":{"city":"Austin","country_code":"US"},"items":[{"__typename":"OrderItem","product_sku":"SALE-1","product_name":"Item SALE-1","quantity_ordered":1,"quantity_invoiced":1,"quantity_shipped":1,"status":"Shipped"}],"invoices":[{"number":"000000001","total":{"grand_total":{"value":15}}}],"shipments":[{"number":"000000001","tracking":[{"number":"1Z999","carrier":"ups","title":"UPS"}]}],"payment_methods":[{"name":"Check / Money order","type":"checkmo"}]}]}}}}"#)
        }
    }
}
