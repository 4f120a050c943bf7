/// Magento's quote and checkout errors, with the texts clients match on.
public enum CheckoutMessages {
    public static func noSuchCart(_ value: String) -> CommerceError {
        .noSuchEntity(field: "cartId", value: value)
    }

    /// Magento's QuoteAddressValidator: a saved address that is not the cart customer's.
    public static func invalidCustomerAddress(_ id: Int) -> CommerceError {
        .notFound(message: "Invalid customer address id %1", parameters: [String(id)])
    }

    public static let noActiveCart = CommerceError.notFound(message: "Current customer does not have an active cart.")
    public static let noSuchProduct = CommerceError.notFound(
        message: "The product that was requested doesn't exist. Verify the product and try again."
    )

    public static func noSuchItem(cartId: Int, itemId: Int) -> CommerceError {
        .notFound(message: "The %1 Cart doesn't contain the %2 item.", parameters: [String(cartId), String(itemId)])
    }

    public static func invalidQty(_ qty: String) -> CommerceError {
        .invalidInputNamed(message: "Invalid value of \"%value\" provided for the %fieldName field.", parameters: ["fieldName": "qty", "value": qty])
    }

    public static func required(_ field: String) -> CommerceError {
        .invalidInputNamed(message: "\"%fieldName\" is required. Enter and try again.", parameters: ["fieldName": field])
    }

    public static let qtyNotAvailable = CommerceError.invalidInput(message: "The requested qty is not available")
    public static let outOfStock = CommerceError.invalidInput(message: "This product is out of stock.")
    public static func fewestAllowed(_ qty: String) -> CommerceError {
        .invalidInput(message: "The fewest you may purchase is %1.", parameters: [qty])
    }
    public static func mostAllowed(_ qty: String) -> CommerceError {
        .invalidInput(message: "The most you may purchase is %1.", parameters: [qty])
    }

    public static let shippingAddressMissing = CommerceError.invalidState(message: "The shipping address is missing. Set the address and try again.")
    public static let shippingForEmptyCart = CommerceError.invalidInput(
        message: "The shipping method can't be set for an empty cart. Add an item to cart and try again."
    )
    public static func noSuchCarrier(_ carrier: String, _ method: String) -> CommerceError {
        .invalidInput(message: "Carrier with such method not found: %1, %2", parameters: [carrier, method])
    }
    public static let shippingMethodMissing = CommerceError.invalidInput(
        message: "The shipping method is missing. Select the shipping method and try again."
    )
    public static let paymentNotAvailable = CommerceError.invalidInput(message: "The requested Payment Method is not available.")
    public static let paymentMissing = CommerceError.invalidInput(message: "Enter a valid payment method and try again.")
    public static let purchaseOrderNumberMissing = CommerceError.invalidInput(message: "Purchase order number is a required field.")
    public static let billingAddressMissing = CommerceError.invalidInput(
        message: "Please check the billing address information. %1", parameters: ["Enter the billing address and try again."]
    )

    public static func cartHasNoProducts(_ cartId: Int) -> CommerceError {
        .notFound(message: "The \"%1\" Cart doesn't contain products.", parameters: [String(cartId)])
    }
    public static let invalidCoupon = CommerceError.notFound(message: "The coupon code isn't valid. Verify the code and try again.")
    /// Placing an order whose coupon no longer applies (its uses ran out since it was applied).
    public static func couponNotValid(_ code: String) -> CommerceError {
        .invalidInput(message: "The coupon code \"%1\" is not valid.", parameters: [code])
    }
    public static let cartBelongsToOther = CommerceError.invalidState(
        message: "The customer can't be assigned to the cart. The cart belongs to a different customer."
    )
    public static let cartInactive = CommerceError.invalidState(message: "The cart isn't active.")
}
