/// The checkout half of the cart's types: addresses, shipping and payment methods.
enum CartCheckoutSchema {
    /// The fields every cart address type repeats from `CartAddressInterface`.
    static let addressFields = """
      uid: String!
      id: Int @deprecated(reason: "Use `uid` instead.")
      firstname: String!
      lastname: String!
      middlename: String
      prefix: String
      suffix: String
      company: String
      street: [String!]!
      city: String!
      region: CartAddressRegion
      postcode: String
      country: CartAddressCountry!
      telephone: String
      vat_id: String
      fax: String
      customer_address_id: Int
    """

    static let sdl = """
    interface CartAddressInterface {
    \(addressFields)
    }

    type ShippingCartAddress implements CartAddressInterface {
    \(addressFields)
      available_shipping_methods: [AvailableShippingMethod]
      selected_shipping_method: SelectedShippingMethod
      customer_notes: String
      items_weight: Float @deprecated(reason: "This information should not be exposed on the frontend.")
      cart_items: [CartItemQuantity] @deprecated(reason: "Use `cart_items_v2` instead.")
      cart_items_v2: [CartItemInterface]
      same_as_billing: Boolean!
    }

    type BillingCartAddress implements CartAddressInterface {
    \(addressFields)
      customer_notes: String @deprecated(reason: "The field is used only in shipping address.")
    }

    type CartItemQuantity {
      cart_item_id: Int! @deprecated(reason: "Use `ShippingCartAddress.cart_items_v2` instead.")
      quantity: Float! @deprecated(reason: "Use `ShippingCartAddress.cart_items_v2` instead.")
    }

    type CartAddressRegion {
      code: String
      label: String
      region_id: Int
    }

    type CartAddressCountry {
      code: String!
      label: String!
    }

    type AvailableShippingMethod {
      carrier_code: String!
      carrier_title: String!
      method_code: String
      method_title: String
      error_message: String
      amount: Money!
      base_amount: Money @deprecated(reason: "The field should not be used on the storefront.")
      price_excl_tax: Money!
      price_incl_tax: Money!
      available: Boolean!
    }

    type SelectedShippingMethod {
      carrier_code: String!
      method_code: String!
      carrier_title: String!
      method_title: String!
      amount: Money!
      base_amount: Money @deprecated(reason: "The field should not be used on the storefront.")
      price_excl_tax: Money!
      price_incl_tax: Money!
    }

    type AvailablePaymentMethod {
      code: String!
      title: String!
      is_deferred: Boolean!
    }

    type SelectedPaymentMethod {
      code: String!
      title: String!
      purchase_order_number: String
    }
    """
}
