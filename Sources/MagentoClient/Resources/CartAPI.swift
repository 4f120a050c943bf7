import Foundation
import MagentoWire

/// Which family of cart routes a ``CartAPI`` talks to. The family decides the path prefix and,
/// through the constrained extensions, which calls exist: only guest and customer carts have
/// `payment-information`, only customer and admin carts can estimate by a saved address.
public protocol CartFamily: Sendable {}

/// `/V1/guest-carts/:maskedId`: anyone holding the masked id.
public enum GuestCart: CartFamily {}
/// `/V1/carts/mine`: the active cart of the customer whose token the client sends.
public enum MyCart: CartFamily {}
/// `/V1/carts/:cartId`: any cart, by numeric id, for an admin or integration.
public enum AdminCart: CartFamily {}

/// Marks the families whose carts belong to a customer account.
public protocol CustomerOwnedCartFamily: CartFamily {}
extension MyCart: CustomerOwnedCartFamily {}
extension AdminCart: CustomerOwnedCartFamily {}

/// Marks the storefront families, which have `payment-information`.
public protocol StorefrontCartFamily: CartFamily {}
extension GuestCart: StorefrontCartFamily {}
extension MyCart: StorefrontCartFamily {}

/// One cart: its lines, addresses, shipping, payment, coupon and totals, and placing its order.
/// Obtained from ``GuestCartsAPI/cart(_:)``, ``MyCartAPI/cart`` or ``AdminCartsAPI/cart(_:)``.
public struct CartAPI<Family: CartFamily>: Sendable {
    let client: MagentoClient
    /// `["guest-carts", maskedId]`, `["carts", "mine"]` or `["carts", id]`.
    let prefix: [String]

    func path(_ rest: String...) -> [String] { prefix + rest }

    /// `GET …`: the cart with its lines, customer, billing address and shipping assignment.
    public func get() async throws -> Cart {
        try await client.send(MagentoRequest<Cart>(.get, prefix))
    }

    public func items() async throws -> [CartItem] {
        try await client.send(MagentoRequest<[CartItem]>(.get, path("items")))
    }

    /// `POST …/items`: adds `qty` of a SKU (a line with that SKU already there grows instead).
    public func addItem(_ item: CartItem) async throws -> CartItem {
        try await client.send(MagentoRequest<CartItem>(.post, path("items"), object: [("cartItem", item)]))
    }

    /// `POST …/items` with just a SKU and a quantity.
    public func addItem(sku: String, qty: Decimal) async throws -> CartItem {
        try await addItem(CartItem(sku: sku, qty: qty))
    }

    /// `PUT …/items/:itemId`: a new quantity (or options) for one line.
    public func updateItem(_ itemId: Int, _ item: CartItem) async throws -> CartItem {
        try await client.send(MagentoRequest<CartItem>(.put, path("items", String(itemId)), object: [("cartItem", item)]))
    }

    @discardableResult
    public func deleteItem(_ itemId: Int) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.delete, path("items", String(itemId))))
    }

    public func billingAddress() async throws -> CartAddress {
        try await client.send(MagentoRequest<CartAddress>(.get, path("billing-address")))
    }

    /// `POST …/billing-address`. Answers the address id.
    @discardableResult
    public func setBillingAddress(_ address: CartAddress, useForShipping: Bool = false) async throws -> Int {
        let members: [(String, any Encodable)] = [("address", address), ("useForShipping", useForShipping)]
        return try await client.send(MagentoRequest<Int>(.post, path("billing-address"), body: try RequestBody.object(members), decode: AnsweredId.decode))
    }

    /// `POST …/estimate-shipping-methods`: the rates for an address, without saving it.
    public func estimateShippingMethods(to address: CartAddress) async throws -> [ShippingMethod] {
        try await client.send(MagentoRequest<[ShippingMethod]>(.post, path("estimate-shipping-methods"), object: [("address", address)]))
    }

    /// `GET …/shipping-methods`: the rates for the cart's saved shipping address.
    public func shippingMethods() async throws -> [ShippingMethod] {
        try await client.send(MagentoRequest<[ShippingMethod]>(.get, path("shipping-methods")))
    }

    /// `POST …/shipping-information`: saves the addresses and the carrier's method; answers the
    /// payment methods now offered and the totals.
    public func setShippingInformation(_ information: ShippingInformation) async throws -> PaymentDetails {
        try await client.send(MagentoRequest<PaymentDetails>(.post, path("shipping-information"), object: [("addressInformation", information)]))
    }

    public func paymentMethods() async throws -> [PaymentMethod] {
        try await client.send(MagentoRequest<[PaymentMethod]>(.get, path("payment-methods")))
    }

    public func selectedPaymentMethod() async throws -> CartPayment {
        try await client.send(MagentoRequest<CartPayment>(.get, path("selected-payment-method")))
    }

    /// `PUT …/selected-payment-method`. Answers the payment's id.
    @discardableResult
    public func selectPaymentMethod(_ payment: CartPayment) async throws -> Int {
        let body = try RequestBody.object([("method", payment)])
        return try await client.send(MagentoRequest<Int>(.put, path("selected-payment-method"), body: body, decode: AnsweredId.decode))
    }

    public func totals() async throws -> CartTotals {
        try await client.send(MagentoRequest<CartTotals>(.get, path("totals")))
    }

    /// `POST …/totals-information`: the totals for an address and method, without saving them.
    public func totals(for information: TotalsInformation) async throws -> CartTotals {
        try await client.send(MagentoRequest<CartTotals>(.post, path("totals-information"), object: [("addressInformation", information)]))
    }

    /// `GET …/coupons`: the applied coupon code, nil when there is none.
    public func coupon() async throws -> String? {
        try await client.send(MagentoRequest<String?>(.get, path("coupons")) { bytes in
            let value = try? JSONValue.parse(bytes)
            if let code = value?.stringValue { return code.isEmpty ? nil : code }
            guard value?.isNull == true || bytes.isEmpty else {
                throw MagentoClientError.decoding("not a coupon code: \(String(decoding: bytes.prefix(100), as: UTF8.self))")
            }
            return nil
        })
    }

    /// `PUT …/coupons/:code`; an unknown or unusable code is a 404.
    @discardableResult
    public func applyCoupon(_ code: String) async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.put, path("coupons", code)))
    }

    @discardableResult
    public func removeCoupon() async throws -> Bool {
        try await client.send(MagentoRequest<Bool>(.delete, path("coupons")))
    }

    /// `PUT …/order`: places the order with the saved payment, or `payment` when given.
    /// Answers the new order's `entity_id`.
    public func placeOrder(payment: CartPayment? = nil) async throws -> Int {
        var members: [(String, any Encodable)] = []
        if let payment { members.append(("paymentMethod", payment)) }
        return try await client.send(MagentoRequest<Int>(.put, path("order"), body: try RequestBody.object(members), decode: AnsweredId.decode))
    }
}

extension CartAPI where Family: CustomerOwnedCartFamily {
    /// `POST …/estimate-shipping-methods-by-address-id`: rates for one of the cart customer's saved addresses.
    public func estimateShippingMethods(addressId: Int) async throws -> [ShippingMethod] {
        try await client.send(MagentoRequest<[ShippingMethod]>(.post, path("estimate-shipping-methods-by-address-id"), object: [("addressId", addressId)]))
    }
}

extension CartAPI where Family: StorefrontCartFamily {
    /// `GET …/payment-information`: the payment methods offered and the totals.
    public func paymentInformation() async throws -> PaymentDetails {
        try await client.send(MagentoRequest<PaymentDetails>(.get, path("payment-information")))
    }

    /// The `payment-information` bodies: `{email?, paymentMethod, billingAddress?}`; both answer an id.
    func sendPaymentInformation(_ route: String, payment: CartPayment, billingAddress: CartAddress?, email: String?) async throws -> Int {
        var members: [(String, any Encodable)] = []
        if let email { members.append(("email", email)) }
        members.append(("paymentMethod", payment))
        if let billingAddress { members.append(("billingAddress", billingAddress)) }
        return try await client.send(MagentoRequest<Int>(.post, path(route), body: try RequestBody.object(members), decode: AnsweredId.decode))
    }
}

extension CartAPI where Family == GuestCart {
    /// `POST …/payment-information`: saves the payment (and billing address, when given) with
    /// the guest's email, and places the order. Answers the new order's `entity_id`.
    public func savePaymentAndPlaceOrder(email: String, payment: CartPayment, billingAddress: CartAddress? = nil) async throws -> Int {
        try await sendPaymentInformation("payment-information", payment: payment, billingAddress: billingAddress, email: email)
    }

    /// `POST …/set-payment-information`: the same without placing the order; answers the payment id.
    @discardableResult
    public func savePaymentInformation(email: String, payment: CartPayment, billingAddress: CartAddress? = nil) async throws -> Int {
        try await sendPaymentInformation("set-payment-information", payment: payment, billingAddress: billingAddress, email: email)
    }
}

extension CartAPI where Family == MyCart {
    /// `POST …/payment-information`: saves the payment (and billing address, when given) and
    /// places the order. Answers the new order's `entity_id`.
    public func savePaymentAndPlaceOrder(payment: CartPayment, billingAddress: CartAddress? = nil) async throws -> Int {
        try await sendPaymentInformation("payment-information", payment: payment, billingAddress: billingAddress, email: nil)
    }

    /// `POST …/set-payment-information`: the same without placing the order; answers the payment id.
    @discardableResult
    public func savePaymentInformation(payment: CartPayment, billingAddress: CartAddress? = nil) async throws -> Int {
        try await sendPaymentInformation("set-payment-information", payment: payment, billingAddress: billingAddress, email: nil)
    }
}
