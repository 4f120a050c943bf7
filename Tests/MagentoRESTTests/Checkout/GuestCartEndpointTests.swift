import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Guest cart endpoints")
struct GuestCartEndpointTests {
    @Test("a new guest cart has a 32-character masked id and reads back empty; an unknown id is a 404 with no value")
    func create() async throws {
        try await TestApp.make().run { session in
            let masked = try await session.guestCart()
            #expect(masked.count == 32)
            #expect(masked.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            #expect(try await session.guestCart() != masked)
            let cart = try await session.get("/rest/V1/guest-carts/\(masked)")
            #expect(cart.status == .ok)
            #expect(cart.text == CheckoutSamples.emptyGuestCart)
            let unknown = try await session.get("/rest/V1/guest-carts/nosuchcart")
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"cartId","fieldValue":""}}"#)
        }
    }

    @Test("items: add, add again to the same line, update, delete; stock and unknown-SKU errors")
    func items() async throws {
        try await TestApp.make().run { session in
            let (_, cart) = try await session.guestCartWithProduct()
            let added = try await session.send(.post, "\(cart)/items", body: #"{"cartItem":{"sku":"sale-1","qty":2,"quote_id":"x"}}"#)
            #expect(added.status == .ok)
            #expect(added.text == #"{"item_id":1,"sku":"SALE-1","qty":2,"name":"Item SALE-1","price":10,"product_type":"simple","quote_id":"1"}"#)
            #expect(try await session.addItem(cart, sku: "SALE-1", qty: 1).text.contains(#""item_id":1,"sku":"SALE-1","qty":3"#))
            let updated = try await session.send(.put, "\(cart)/items/1", body: #"{"cartItem":{"qty":5}}"#)
            #expect(updated.text == #"{"item_id":1,"sku":"SALE-1","qty":5,"name":"Item SALE-1","price":10,"product_type":"simple","quote_id":"1"}"#)
            let list = try await session.get("\(cart)/items")
            #expect(list.text == #"[{"item_id":1,"sku":"SALE-1","qty":5,"name":"Item SALE-1","price":10,"product_type":"simple","quote_id":"1"}]"#)

            let tooMany = try await session.addItem(cart, sku: "SALE-1", qty: 6)
            #expect(tooMany.status == .badRequest)
            #expect(tooMany.text == #"{"message":"The requested qty is not available"}"#)
            let updateTooMany = try await session.send(.put, "\(cart)/items/1", body: #"{"cartItem":{"qty":11}}"#)
            #expect(updateTooMany.text == #"{"message":"The requested qty is not available"}"#)
            let unknown = try await session.addItem(cart, sku: "NOPE", qty: 1)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"The product that was requested doesn't exist. Verify the product and try again."}"#)
            let zero = try await session.addItem(cart, sku: "SALE-1", qty: 0)
            #expect(zero.status == .badRequest)
            #expect(zero.text == #"{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"qty","value":"0"}}"#)
            let noItem = try await session.send(.put, "\(cart)/items/99", body: #"{"cartItem":{"qty":1}}"#)
            #expect(noItem.status == .notFound)
            #expect(noItem.text == #"{"message":"The %1 Cart doesn't contain the %2 item.","parameters":["1","99"]}"#)

            let deleted = try await session.send(.delete, "\(cart)/items/1")
            #expect(deleted.text == "true")
            #expect(try await session.get("\(cart)/items").text == "[]")
            #expect(try await session.send(.delete, "\(cart)/items/1").status == .notFound)
        }
    }

    @Test("shipping: estimates, errors, and shipping-information answering payment methods and hand-computed totals")
    func shipping() async throws {
        try await TestApp.make().run { session in
            let (_, cart) = try await session.guestCartWithProduct()
            let empty = try await session.shippingInformation(cart, address: TestSession.california)
            #expect(empty.status == .badRequest)
            #expect(empty.text == #"{"message":"The shipping method can't be set for an empty cart. Add an item to cart and try again."}"#)
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 2)
            let noAddress = try await session.get("\(cart)/shipping-methods")
            #expect(noAddress.text == #"{"message":"The shipping address is missing. Set the address and try again."}"#)
            let estimate = try await session.send(.post, "\(cart)/estimate-shipping-methods", body: #"{"address":{"country_id":"US","region_id":12,"postcode":"94105"}}"#)
            #expect(estimate.text == #"[{"carrier_code":"flatrate","method_code":"flatrate","carrier_title":"Flat Rate","method_title":"Fixed","amount":10,"base_amount":10,"available":true,"error_message":"","price_excl_tax":10,"price_incl_tax":10}]"#)
            let preview = try await session.send(.post, "\(cart)/totals-information", body: #"{"addressInformation":{"address":\#(TestSession.california),"shipping_carrier_code":"flatrate","shipping_method_code":"flatrate"}}"#)
            #expect(preview.text == CheckoutSamples.californiaTotals)
            #expect(try await session.get("\(cart)/totals?fields=grand_total,total_segments[code]").text == #"{"grand_total":20,"total_segments":[{"code":"subtotal"},{"code":"tax"},{"code":"grand_total"}]}"#)
            let wrong = try await session.shippingInformation(cart, address: TestSession.california, carrier: "ups", method: "ground")
            #expect(wrong.status == .badRequest)
            #expect(wrong.text == #"{"message":"Carrier with such method not found: %1, %2","parameters":["ups","ground"]}"#)
            let saved = try await session.shippingInformation(cart, address: TestSession.california)
            #expect(saved.status == .ok)
            #expect(saved.text == #"{"payment_methods":\#(CheckoutSamples.paymentMethods),"totals":\#(CheckoutSamples.californiaTotals)}"#)
            #expect(try await session.get("\(cart)/totals").text == CheckoutSamples.californiaTotals)
            #expect(try await session.get("\(cart)/shipping-methods").text.contains(#""carrier_code":"flatrate""#))
            let view = try await session.get("\(cart)?fields=billing_address[city,region_id],extension_attributes[shipping_assignments[shipping[method]]]")
            #expect(view.text == #"{"billing_address":{"region_id":12,"city":"San Francisco"},"extension_attributes":{"shipping_assignments":[{"shipping":{"method":"flatrate_flatrate"}}]}}"#)
        }
    }

    @Test("billing address and payment method: set, read back, and refused when not offered")
    func billingAndPayment() async throws {
        try await TestApp.make().run { session in
            let (_, cart) = try await session.guestCartWithProduct()
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            let billing = try await session.send(.post, "\(cart)/billing-address", body: #"{"address":\#(TestSession.texas),"useForShipping":true}"#)
            #expect(billing.text == "1")
            let read = try await session.get("\(cart)/billing-address")
            #expect(read.text == #"{"id":1,"region":"Texas","region_id":57,"country_id":"US","street":["1 Main St"],"telephone":"555-0100","postcode":"78701","city":"Austin","firstname":"Jane","lastname":"Doe"}"#)
            #expect(try await session.get("\(cart)/selected-payment-method").text == "{}")
            #expect(try await session.get("\(cart)/payment-methods").text == CheckoutSamples.paymentMethods)
            let paypal = try await session.send(.put, "\(cart)/selected-payment-method", body: #"{"method":{"method":"paypal_express"}}"#)
            #expect(paypal.status == .badRequest)
            #expect(paypal.text == #"{"message":"The requested Payment Method is not available."}"#)
            let purchaseOrder = try await session.send(.put, "\(cart)/selected-payment-method", body: #"{"method":{"method":"purchaseorder"}}"#)
            #expect(purchaseOrder.text == #"{"message":"Purchase order number is a required field."}"#)
            let set = try await session.send(.put, "\(cart)/selected-payment-method", body: #"{"method":{"method":"purchaseorder","po_number":"PO-7"}}"#)
            #expect(set.text == #""1""#)
            #expect(try await session.get("\(cart)/selected-payment-method").text == #"{"method":"purchaseorder","po_number":"PO-7"}"#)
            // Texas: 10 + flat rate 5, no tax.
            let ups = try await session.send(.put, "\(cart)/collect-totals", body: #"{"paymentMethod":{"method":"checkmo"},"shippingCarrierCode":"ups","shippingMethodCode":"ground"}"#)
            #expect(ups.text == #"{"message":"Carrier with such method not found: %1, %2","parameters":["ups","ground"]}"#)
            let collected = try await session.send(.put, "\(cart)/collect-totals", body: #"{"paymentMethod":{"method":"checkmo"},"shippingCarrierCode":"flatrate","shippingMethodCode":"flatrate"}"#)
            #expect(collected.text.hasPrefix(#"{"grand_total":15,"base_grand_total":15,"subtotal":10,"#))
            #expect(try await session.get("\(cart)/selected-payment-method").text == #"{"method":"checkmo"}"#)
        }
    }

    @Test("coupons: SAVE10 takes 10 off each unit (20 of 20), unknown codes are refused, removing clears it")
    func coupons() async throws {
        try await TestApp.make().run { session in
            let (_, cart) = try await session.guestCartWithProduct()
            let emptyCart = try await session.send(.put, "\(cart)/coupons/SAVE10")
            #expect(emptyCart.status == .notFound)
            #expect(emptyCart.text == #"{"message":"The \"%1\" Cart doesn't contain products.","parameters":["1"]}"#)
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 2)
            let unknown = try await session.send(.put, "\(cart)/coupons/NOPE")
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"{"message":"The coupon code isn't valid. Verify the code and try again."}"#)
            #expect(try await session.send(.put, "\(cart)/coupons/save10").text == "true")
            #expect(try await session.get("\(cart)/coupons").text == #""SAVE10""#)
            _ = try await session.shippingInformation(cart, address: TestSession.california)
            // 20 − 20 discount = 0 taxable; shipping 2 × 5 = 10.
            let totals = try await session.get("\(cart)/totals?fields=subtotal,discount_amount,tax_amount,shipping_amount,grand_total,coupon_code,total_segments")
            #expect(totals.text == #"{"grand_total":10,"subtotal":20,"discount_amount":-20,"shipping_amount":10,"tax_amount":0,"coupon_code":"SAVE10","total_segments":[{"code":"subtotal","title":"Subtotal","value":20},{"code":"shipping","title":"Shipping & Handling (Flat Rate - Fixed)","value":10},{"code":"discount","title":"Discount (SAVE10)","value":-20},{"code":"tax","title":"Tax","value":0},{"code":"grand_total","title":"Grand Total","value":10,"area":"footer"}]}"#)
            #expect(try await session.send(.delete, "\(cart)/coupons").text == "true")
            #expect(try await session.get("\(cart)/coupons").text == "null")
            #expect(try await session.get("\(cart)/totals?fields=grand_total").text == #"{"grand_total":31.65}"#)
        }
    }
}
