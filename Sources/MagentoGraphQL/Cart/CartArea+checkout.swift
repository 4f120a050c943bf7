import CommerceDomain
import Foundation
import MagentoWire

/// The checkout steps: coupon, email, addresses, shipping and payment.
extension CartArea {
    var checkoutResolvers: [FieldResolver] {
        [
            FieldResolver("Mutation", "applyCouponToCart") { call in
                let input = call.object("input")
                let target = try await cart(call, input)
                let code = CartInput.string(input?["coupon_code"]) ?? ""
                guard !code.isEmpty else { throw GraphQLFault.input("Required parameter \"coupon_code\" is missing") }
                if try await checkout.coupon(target.id) != nil {
                    throw GraphQLFault.input("A coupon is already applied to the cart. Please remove it to apply another")
                }
                try await couponChange { _ = try await checkout.applyCoupon(target.id, code: code, settings: call.context.checkoutSettings) }
                return try await output(target, call)
            },
            FieldResolver("Mutation", "removeCouponFromCart") { call in
                let target = try await cart(call, call.object("input"))
                try await couponChange { _ = try await checkout.removeCoupon(target.id) }
                return try await output(target, call)
            },
            FieldResolver("Mutation", "setGuestEmailOnCart") { call in
                let input = call.object("input")
                let target = try await cart(call, input)
                guard call.context.customerId == nil else { throw GraphQLFault.input("The request is not allowed for logged in customers") }
                let email = CartInput.string(input?["email"]) ?? ""
                guard !email.isEmpty else { throw GraphQLFault.input("Required parameter \"email\" is missing") }
                guard Self.isEmail(email) else { throw GraphQLFault.input("Invalid email format") }
                try await checkout.setGuestEmail(target.id, email: email)
                return try await output(target, call)
            },
            FieldResolver("Mutation", "setShippingAddressesOnCart") { call in
                let input = call.object("input")
                let target = try await cart(call, input)
                let entries = CartInput.objects(input?["shipping_addresses"])
                guard !entries.isEmpty else { throw GraphQLFault.input("Required parameter \"shipping_addresses\" is missing") }
                guard entries.count == 1 else { throw GraphQLFault.input("You cannot specify multiple shipping addresses.") }
                let address = try await cartAddress(entries[0], call, kind: "shipping")
                try await checkout.setShippingAddress(target.id, address)
                return try await output(target, call)
            },
            FieldResolver("Mutation", "setBillingAddressOnCart") { call in
                let input = call.object("input")
                let target = try await cart(call, input)
                guard let billing = input?["billing_address"]?.objectValue else {
                    throw GraphQLFault.input("Required parameter \"billing_address\" is missing")
                }
                let sameAsShipping = CartInput.bool(billing["same_as_shipping"]) ?? CartInput.bool(billing["use_for_shipping"]) ?? false
                if billing["address"]?.objectValue == nil, CartInput.int(billing["customer_address_id"]) == nil {
                    guard sameAsShipping else {
                        throw GraphQLFault.input("The billing address must contain either \"customer_address_id\", \"address\", or \"same_as_shipping\".")
                    }
                    guard var shipping = try await checkout.quotes.quote(id: target.id).details.shippingAddress, shipping.countryId != nil else {
                        throw GraphQLFault.input("Could not use the \"same_as_shipping\" option, because the shipping address has not been set.")
                    }
                    shipping.id = nil
                    _ = try await checkout.setBillingAddress(target.id, shipping, useForShipping: false)
                } else {
                    let address = try await cartAddress(billing, call, kind: "billing")
                    _ = try await checkout.setBillingAddress(target.id, address, useForShipping: sameAsShipping)
                }
                return try await output(target, call)
            },
            FieldResolver("Mutation", "setShippingMethodsOnCart") { call in
                let input = call.object("input")
                let target = try await cart(call, input)
                let methods = CartInput.objects(input?["shipping_methods"])
                guard !methods.isEmpty else { throw GraphQLFault.input("Required parameter \"shipping_methods\" is missing") }
                guard methods.count == 1 else { throw GraphQLFault.input("You cannot specify multiple shipping methods.") }
                let carrier = CartInput.string(methods[0]["carrier_code"]) ?? ""
                let method = CartInput.string(methods[0]["method_code"]) ?? ""
                guard !carrier.isEmpty else { throw GraphQLFault.input("Required parameter \"carrier_code\" is missing.") }
                guard !method.isEmpty else { throw GraphQLFault.input("Required parameter \"method_code\" is missing.") }
                try await checkout.setShippingMethod(target.id, carrier: carrier, method: method, settings: call.context.checkoutSettings)
                return try await output(target, call)
            },
            FieldResolver("Mutation", "setPaymentMethodOnCart") { call in
                let input = call.object("input")
                let target = try await cart(call, input)
                guard let payment = input?["payment_method"]?.objectValue else {
                    throw GraphQLFault.input("Required parameter \"payment_method\" is missing")
                }
                let code = CartInput.string(payment["code"]) ?? ""
                guard !code.isEmpty else { throw GraphQLFault.input("Required parameter \"code\" for \"payment_method\" is missing.") }
                var chosen = CartPayment()
                chosen.method = code
                chosen.poNumber = CartInput.string(payment["purchase_order_number"])
                _ = try await checkout.setPayment(target.id, chosen, settings: call.context.checkoutSettings)
                return try await output(target, call)
            },
        ] + estimateResolvers
    }

    /// An empty cart's refusal reads as Magento's GraphQL text, not the REST one.
    private func couponChange(_ change: () async throws -> Void) async throws {
        do {
            try await change()
        } catch let error as CommerceError {
            if case .notFound(let message, _) = error, message == "The \"%1\" Cart doesn't contain products." {
                throw GraphQLFault.noSuchEntity("Cart does not contain products.")
            }
            throw error
        }
    }

    /// The address of a `ShippingAddressInput` / `BillingAddressInput`: typed in, or one of the
    /// signed-in customer's saved addresses.
    func cartAddress(_ entry: JSONObject, _ call: ResolverCall, kind: String) async throws -> CartAddress {
        let typed = entry["address"]?.objectValue
        let savedId = CartInput.int(entry["customer_address_id"])
        switch (typed, savedId) {
        case (nil, nil):
            throw GraphQLFault.input("The \(kind) address must contain either \"customer_address_id\" or \"address\".")
        case (_?, _?):
            throw GraphQLFault.input("The \(kind) address cannot contain \"customer_address_id\" and \"address\" at the same time.")
        case (let typed?, nil):
            return CartInput.address(typed)
        case (nil, let savedId?):
            guard let customerId = call.context.customerId else { throw GraphQLFault.authorization("Guest users cannot manage addresses.") }
            let saved = try? await customers.address(id: savedId)
            guard let saved, saved.customerId == customerId else {
                throw GraphQLFault.noSuchEntity("Could not find a address with ID \"\(savedId)\"")
            }
            return CartAddress(saved)
        }
    }

    /// Magento's email check: something@something.tld without spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(" ") else { return false }
        return !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }
}
