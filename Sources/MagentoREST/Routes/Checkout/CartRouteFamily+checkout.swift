import CommerceDomain
import HTTPTypes
import MagentoWire

/// Addresses, shipping, payment and placing the order.
extension CartRouteFamily {
    var checkoutEndpoints: [Endpoint] {
        let checkout = self.checkout
        var endpoints = [
            endpoint(.get, "/billing-address", service: service("BillingAddressManagementV1"), operation: "get", summary: "Returns the billing address for a specified quote.") {
                _, id in try await checkout.billingAddress(id)
            },
            endpoint(.post, "/billing-address", service: service("BillingAddressManagementV1"), operation: "assign", summary: "Assigns a specified billing address to a specified cart.", body: [.required("address", CartAddress.self), .optional("useForShipping", Bool.self)]) {
                call, id in
                try await checkout.setBillingAddress(
                    id, try call.argument("address", as: CartAddress.self), useForShipping: try call.optionalArgument("useForShipping", as: Bool.self) ?? false
                )
            },
            endpoint(.post, "/estimate-shipping-methods", service: service("ShipmentEstimationV1"), operation: "estimateByExtendedAddress", summary: "Estimate shipping by address and return list of available shipping methods.", body: [.required("address", CartAddress.self)]) {
                call, id in try await checkout.estimateShipping(id, to: try call.argument("address", as: CartAddress.self), settings: call.checkoutSettings)
            },
            endpoint(.get, "/shipping-methods", service: service("ShippingMethodManagementV1"), operation: "getList", summary: "Lists applicable shipping methods for a specified quote.") {
                call, id in try await checkout.shippingMethods(id, settings: call.checkoutSettings)
            },
            endpoint(.post, "/shipping-information", service: checkoutService("ShippingInformationManagementV1"), operation: "saveAddressInformation", summary: "Saves the shipping and billing addresses and the shipping method.", body: [.required("addressInformation", ShippingInformation.self)]) {
                call, id in
                try await checkout.saveShippingInformation(id, try call.argument("addressInformation", as: ShippingInformation.self), settings: call.checkoutSettings)
            },
            endpoint(.get, "/payment-methods", service: service("PaymentMethodManagementV1"), operation: "getList", summary: "Lists available payment methods for a specified shopping cart.") {
                call, id in try await checkout.paymentMethods(id, settings: call.checkoutSettings)
            },
            endpoint(.get, "/selected-payment-method", service: service("PaymentMethodManagementV1"), operation: "get", summary: "Returns the payment method for a specified shopping cart.") {
                _, id in try await checkout.selectedPayment(id)
            },
            endpoint(.put, "/selected-payment-method", service: service("PaymentMethodManagementV1"), operation: "set", summary: "Adds a specified payment method to a specified shopping cart.", body: [.required("method", CartPayment.self)]) {
                call, id in try await checkout.setPayment(id, try call.argument("method", as: CartPayment.self), settings: call.checkoutSettings)
            },
            endpoint(.put, "/order", service: kind == .guest ? "quoteGuestCartManagementV1" : "quoteCartManagementV1", operation: "placeOrder", summary: "Places an order for a specified cart.", body: [.optional("paymentMethod", CartPayment.self)]) {
                call, id in
                String(try await checkout.placeOrder(id, payment: try call.optionalArgument("paymentMethod", as: CartPayment.self), settings: call.checkoutSettings))
            },
        ]
        if kind != .admin {
            endpoints += paymentInformationEndpoints
        }
        return endpoints
    }

    /// `payment-information`: the storefront's last step (guest and customer only). A guest
    /// sends the email here.
    var paymentInformationEndpoints: [Endpoint] {
        let family = self
        let checkout = self.checkout
        let isGuest = kind == .guest
        let service = checkoutService("PaymentInformationManagementV1")
        let body: [BodyArgument] = (isGuest ? [.required("email", String.self)] : [])
            + [.required("paymentMethod", CartPayment.self), .optional("billingAddress", CartAddress.self)]
        return [
            endpoint(.get, "/payment-information", service: service, operation: "getPaymentInformation", summary: "Get payment information.") {
                call, id in try await checkout.paymentDetails(id, settings: call.checkoutSettings)
            },
            endpoint(.post, "/payment-information", service: service, operation: "savePaymentInformationAndPlaceOrder", summary: "Set payment information and place order for a specified cart.", body: body) {
                call, id in
                let email: String? = try isGuest ? call.argument("email", as: String.self) : nil
                let payment = try call.argument("paymentMethod", as: CartPayment.self)
                try await family.requireAgreements(call, payment: payment)
                return String(try await checkout.placeOrder(
                    id, payment: payment, email: email,
                    billingAddress: try call.optionalArgument("billingAddress", as: CartAddress.self), settings: call.checkoutSettings
                ))
            },
            endpoint(.put, "/collect-totals", service: self.service("CartTotalManagementV1"), operation: "collectTotals", summary: "Set shipping/billing methods and additional data for cart and collect totals.", body: [.required("paymentMethod", CartPayment.self), .optional("shippingCarrierCode", String.self), .optional("shippingMethodCode", String.self), .optional("additionalData", JSONObject.self)]) {
                call, id in
                try await checkout.collectTotals(
                    id, payment: try call.argument("paymentMethod", as: CartPayment.self),
                    carrier: try call.optionalArgument("shippingCarrierCode", as: String.self),
                    method: try call.optionalArgument("shippingMethodCode", as: String.self), settings: call.checkoutSettings
                )
            },
            endpoint(.post, "/set-payment-information", service: service, operation: "savePaymentInformation", summary: "Set payment information for a specified cart.", body: body) {
                call, id in
                let payment = try call.argument("paymentMethod", as: CartPayment.self)
                try await family.requireAgreements(call, payment: payment)
                if let billing = try call.optionalArgument("billingAddress", as: CartAddress.self) {
                    _ = try await checkout.setBillingAddress(id, billing, useForShipping: false)
                }
                if isGuest {
                    let email = try call.argument("email", as: String.self)
                    _ = try await checkout.quotes.updateQuote(id: id) { quote in quote.details.customerEmail = email }
                }
                return Int(try await checkout.setPayment(id, payment, settings: call.checkoutSettings)) ?? id
            },
        ]
    }
}
