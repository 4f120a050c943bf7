/// The cart's output types: the cart, its lines, prices, addresses, shipping and payment
/// choices, written from Magento 2.4.8's storefront contract (names, nullability, deprecations).
enum CartTypesSchema {
    /// The fields every cart item type repeats from `CartItemInterface`.
    static let itemFields = """
      uid: ID!
      id: String! @deprecated(reason: "Use `uid` instead.")
      quantity: Float!
      is_available: Boolean!
      not_available_message: String
      max_qty: Float
      min_qty: Float
      prices: CartItemPrices
      product: ProductInterface!
      errors: [CartItemError]
    """

    static let sdl = """
    type Cart {
      id: ID!
      email: String
      is_virtual: Boolean!
      total_quantity: Float!
      items: [CartItemInterface] @deprecated(reason: "Use `itemsV2` instead.")
      itemsV2(pageSize: Int = 20, currentPage: Int = 1, sort: QuoteItemsSortInput): CartItems
      applied_coupon: AppliedCoupon @deprecated(reason: "Use `applied_coupons` instead.")
      applied_coupons: [AppliedCoupon]
      shipping_addresses: [ShippingCartAddress]!
      billing_address: BillingCartAddress
      available_payment_methods: [AvailablePaymentMethod]
      selected_payment_method: SelectedPaymentMethod
      prices: CartPrices
    }

    input QuoteItemsSortInput {
      field: SortQuoteItemsEnum!
      order: SortEnum!
    }

    enum SortQuoteItemsEnum {
      ITEM_ID
      CREATED_AT
      UPDATED_AT
      PRODUCT_ID
      SKU
      NAME
      DESCRIPTION
      WEIGHT
      QTY
      PRICE
      BASE_PRICE
      CUSTOM_PRICE
      DISCOUNT_PERCENT
      DISCOUNT_AMOUNT
      BASE_DISCOUNT_AMOUNT
      TAX_PERCENT
      TAX_AMOUNT
      BASE_TAX_AMOUNT
      ROW_TOTAL
      BASE_ROW_TOTAL
      ROW_TOTAL_WITH_DISCOUNT
      ROW_WEIGHT
      PRODUCT_TYPE
      BASE_TAX_BEFORE_DISCOUNT
      TAX_BEFORE_DISCOUNT
      ORIGINAL_CUSTOM_PRICE
      PRICE_INC_TAX
      BASE_PRICE_INC_TAX
      ROW_TOTAL_INC_TAX
      BASE_ROW_TOTAL_INC_TAX
      DISCOUNT_TAX_COMPENSATION_AMOUNT
      BASE_DISCOUNT_TAX_COMPENSATION_AMOUNT
      FREE_SHIPPING
    }

    type CartItems {
      items: [CartItemInterface]!
      page_info: SearchResultPageInfo
      total_count: Int!
    }

    type AppliedCoupon {
      code: String!
    }

    interface CartItemInterface {
    \(itemFields)
    }

    type SimpleCartItem implements CartItemInterface {
    \(itemFields)
      customizable_options: [SelectedCustomizableOption]!
    }

    type VirtualCartItem implements CartItemInterface {
    \(itemFields)
      customizable_options: [SelectedCustomizableOption]!
    }

    type ConfigurableCartItem implements CartItemInterface {
    \(itemFields)
      customizable_options: [SelectedCustomizableOption]!
      configurable_options: [SelectedConfigurableOption]!
      configured_variant: ProductInterface!
    }

    type BundleCartItem implements CartItemInterface {
    \(itemFields)
      customizable_options: [SelectedCustomizableOption]!
      bundle_options: [SelectedBundleOption]!
    }

    type DownloadableCartItem implements CartItemInterface {
    \(itemFields)
      customizable_options: [SelectedCustomizableOption]!
      links: [DownloadableProductLinks]
      samples: [DownloadableProductSamples]
    }

    type CartItemError {
      code: CartItemErrorType!
      message: String!
    }

    enum CartItemErrorType {
      UNDEFINED
      ITEM_QTY
      ITEM_INCREMENTS
    }

    type SelectedConfigurableOption {
      configurable_product_option_uid: ID!
      configurable_product_option_value_uid: ID!
      id: Int! @deprecated(reason: "Use `configurable_product_option_uid` instead.")
      option_label: String!
      value_id: Int! @deprecated(reason: "Use `configurable_product_option_value_uid` instead.")
      value_label: String!
    }

    type SelectedCustomizableOption {
      customizable_option_uid: ID!
      id: Int! @deprecated(reason: "Use `customizable_option_uid` instead.")
      is_required: Boolean!
      label: String!
      sort_order: Int!
      type: String!
      values: [SelectedCustomizableOptionValue]!
    }

    type SelectedCustomizableOptionValue {
      customizable_option_value_uid: ID!
      id: Int! @deprecated(reason: "Use `customizable_option_value_uid` instead.")
      label: String!
      price: CartItemSelectedOptionValuePrice!
      value: String!
    }

    type CartItemSelectedOptionValuePrice {
      type: PriceTypeEnum!
      units: String!
      value: Float!
    }

    type SelectedBundleOption {
      id: Int! @deprecated(reason: "Use `uid` instead.")
      uid: ID!
      label: String!
      type: String!
      values: [SelectedBundleOptionValue]!
    }

    type SelectedBundleOptionValue {
      id: Int!
      uid: ID!
      label: String!
      price: Float!
      quantity: Float!
    }

    type CartItemPrices {
      price: Money!
      price_including_tax: Money!
      row_total: Money!
      row_total_including_tax: Money!
      discounts: [Discount]
      total_item_discount: Money
      original_item_price: Money!
      original_row_total: Money!
      fixed_product_taxes: [FixedProductTax]
    }

    type Discount {
      amount: Money!
      applied_to: CartDiscountType!
      label: String!
      coupon: AppliedCoupon
      is_discounting_locked: Boolean
    }

    enum CartDiscountType {
      ITEM
      SHIPPING
    }

    type CartDiscount {
      amount: Money!
      label: [String]!
    }

    type CartPrices {
      grand_total: Money
      grand_total_excluding_tax: Money
      subtotal_including_tax: Money
      subtotal_excluding_tax: Money
      subtotal_with_discount_excluding_tax: Money
      applied_taxes: [CartTaxItem]
      discounts: [Discount]
      discount: CartDiscount @deprecated(reason: "Use `discounts` instead.")
    }

    type CartTaxItem {
      amount: Money!
      label: String!
    }
    """
}
