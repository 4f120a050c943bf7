import CommerceDomain
import Foundation
import MagentoWire

/// Estimates before checkout and placing the order.
extension CartArea {
    var estimateResolvers: [FieldResolver] {
        [
            FieldResolver("Mutation", "estimateShippingMethods") { call in
                let (target, address, _) = try await estimateInput(call)
                let rates = try await checkout.estimateShipping(target.id, to: address, settings: call.context.checkoutSettings)
                let loaded = try await LoadedCart.load(
                    id: target.id, maskedId: target.masked, quotes: checkout.quotes, settings: call.context.checkoutSettings, locale: call.context.locale
                )
                return .array(rates.map(loaded.shippingMethod))
            },
            FieldResolver("Mutation", "estimateTotals") { call in
                let (target, address, method) = try await estimateInput(call)
                var quote = try await checkout.quotes.quote(id: target.id)
                quote.details.shippingAddress = address
                if let method {
                    quote.details.shippingCarrierCode = method.carrier
                    quote.details.shippingMethodCode = method.method
                }
                let loaded = try await LoadedCart.load(
                    quote: quote, maskedId: target.masked, quotes: checkout.quotes, settings: call.context.checkoutSettings, locale: call.context.locale
                )
                return .object(JSONObject([("cart", try await loaded.json(call.lookahead["cart"], products: products.shown(for: call.context)))]))
            },
        ]
    }

    /// `EstimateTotalsInput`: the cart, the address (country, postcode, region) and a method.
    private func estimateInput(_ call: ResolverCall) async throws -> ((id: Int, masked: String), CartAddress, (carrier: String, method: String)?) {
        let input = call.object("input")
        let target = try await cart(call, input)
        guard let given = input?["address"]?.objectValue, let country = CartInput.string(given["country_code"]), !country.isEmpty else {
            throw GraphQLFault.input("Required parameter \"country_code\" is missing")
        }
        var address = CartAddress()
        address.countryId = country.uppercased()
        address.postcode = CartInput.string(given["postcode"])
        if let region = given["region"]?.objectValue {
            address.regionId = CartInput.int(region["region_id"])
            address.regionCode = CartInput.string(region["region_code"])
            address.region = CartInput.string(region["region"])
        }
        let method = input?["shipping_method"]?.objectValue.flatMap { method -> (carrier: String, method: String)? in
            guard let carrier = CartInput.string(method["carrier_code"]), let code = CartInput.string(method["method_code"]) else { return nil }
            return (carrier, code)
        }
        return (target, address, method)
    }

    var placementResolvers: [FieldResolver] {
        [
            FieldResolver("Mutation", "placeOrder") { call in
                let masked = CartInput.string(call.object("input")?["cart_id"]) ?? ""
                guard !masked.isEmpty else { throw GraphQLFault.input("Required parameter \"cart_id\" is missing") }
                let orderId: Int
                do {
                    let target = try await cart(call, call.object("input"))
                    let quote = try await checkout.quotes.quote(id: target.id)
                    if quote.customerId == nil, (quote.details.customerEmail ?? "").isEmpty {
                        throw GraphQLFault.input("Guest email for cart is missing.")
                    }
                    orderId = try await checkout.placeOrder(target.id, payment: nil, settings: call.context.checkoutSettings)
                } catch let error where !(error is GraphQLFault && GraphQLFault(error).category == .authorization) {
                    let fault = GraphQLFault(error)
                    return .object(JSONObject([
                        ("order", .null), ("orderV2", .null),
                        ("errors", .array([["message": .string(fault.message), "code": .string(PlaceOrderError.code(fault.message))]])),
                    ]))
                }
                let order = try await sales.order(id: orderId)
                let number = JSONValue.string(order.incrementId ?? "")
                return .object(JSONObject([
                    ("order", ["order_number": number, "order_id": number]),
                    ("orderV2", OrderJSON.order(order, invoices: [], shipments: [], locale: call.context.locale)),
                    ("errors", .array([])),
                ]))
            },
        ]
    }
}

/// `PlaceOrderErrorCodes` from the refusal's text, as Magento's error mapper derives them.
enum PlaceOrderError {
    static let codes: [(prefix: String, code: String)] = [
        ("Could not find a cart with ID", "CART_NOT_FOUND"),
        ("Current user does not have an active cart", "CART_NOT_ACTIVE"),
        ("The cart isn't active", "CART_NOT_ACTIVE"),
        ("Guest email for cart is missing", "GUEST_EMAIL_MISSING"),
        ("A server error stopped your order from being placed", "UNABLE_TO_PLACE_ORDER"),
        ("Some addresses can't be used due to the configurations for specific countries", "UNABLE_TO_PLACE_ORDER"),
        ("The shipping method is missing", "UNABLE_TO_PLACE_ORDER"),
        ("The shipping address is missing", "UNABLE_TO_PLACE_ORDER"),
        ("Please check the billing address information", "UNABLE_TO_PLACE_ORDER"),
        ("Enter a valid payment method and try again", "UNABLE_TO_PLACE_ORDER"),
        ("Some of the products are out of stock", "UNABLE_TO_PLACE_ORDER"),
    ]

    static func code(_ message: String) -> String {
        codes.first { message.hasPrefix($0.prefix) }?.code ?? "UNDEFINED"
    }
}
