/// The cart's root fields with their inputs and outputs.
enum CartOperationsSchema {
    static let sdl = """
    extend type Query {
      cart(cart_id: String!): Cart
      customerCart: Cart!
    }

    extend type Mutation {
      createEmptyCart(input: createEmptyCartInput): String @deprecated(reason: "Use `Mutation.createGuestCart` or `Query.customerCart` for logged in customer")
      createGuestCart(input: CreateGuestCartInput): CreateGuestCartOutput
      addProductsToCart(cartId: String!, cartItems: [CartItemInput!]!): AddProductsToCartOutput
      addSimpleProductsToCart(input: AddSimpleProductsToCartInput): AddSimpleProductsToCartOutput
      addVirtualProductsToCart(input: AddVirtualProductsToCartInput): AddVirtualProductsToCartOutput
      addConfigurableProductsToCart(input: AddConfigurableProductsToCartInput): AddConfigurableProductsToCartOutput
      updateCartItems(input: UpdateCartItemsInput): UpdateCartItemsOutput
      removeItemFromCart(input: RemoveItemFromCartInput): RemoveItemFromCartOutput
      applyCouponToCart(input: ApplyCouponToCartInput): ApplyCouponToCartOutput
      removeCouponFromCart(input: RemoveCouponFromCartInput): RemoveCouponFromCartOutput
      setGuestEmailOnCart(input: SetGuestEmailOnCartInput): SetGuestEmailOnCartOutput
      setShippingAddressesOnCart(input: SetShippingAddressesOnCartInput): SetShippingAddressesOnCartOutput
      setBillingAddressOnCart(input: SetBillingAddressOnCartInput): SetBillingAddressOnCartOutput
      setShippingMethodsOnCart(input: SetShippingMethodsOnCartInput): SetShippingMethodsOnCartOutput
      setPaymentMethodOnCart(input: SetPaymentMethodOnCartInput): SetPaymentMethodOnCartOutput
      placeOrder(input: PlaceOrderInput): PlaceOrderOutput
      estimateShippingMethods(input: EstimateTotalsInput!): [AvailableShippingMethod]
      estimateTotals(input: EstimateTotalsInput!): EstimateTotalsOutput!
      mergeCarts(source_cart_id: String!, destination_cart_id: String): Cart!
      assignCustomerToGuestCart(cart_id: String!): Cart!
    }

    input createEmptyCartInput {
      cart_id: String
    }

    input CreateGuestCartInput {
      cart_uid: ID
    }

    type CreateGuestCartOutput {
      cart: Cart
    }

    input CartItemInput {
      sku: String!
      quantity: Float!
      parent_sku: String
      selected_options: [ID!]
      entered_options: [EnteredOptionInput!]
    }

    input EnteredOptionInput {
      uid: ID!
      value: String!
    }

    type AddProductsToCartOutput {
      cart: Cart!
      user_errors: [Error]!
    }

    interface Error {
      message: String!
      code: CartUserInputErrorType!
    }

    type CartUserInputError implements Error {
      message: String!
      code: CartUserInputErrorType!
    }

    type InsufficientStockError implements Error {
      message: String!
      code: CartUserInputErrorType!
      quantity: Float
    }

    enum CartUserInputErrorType {
      PRODUCT_NOT_FOUND
      NOT_SALABLE
      INSUFFICIENT_STOCK
      COULD_NOT_FIND_CART_ITEM
      REQUIRED_PARAMETER_MISSING
      INVALID_PARAMETER_VALUE
      UNDEFINED
      PERMISSION_DENIED
    }

    input CustomizableOptionInput {
      uid: ID
      id: Int @deprecated(reason: "Use `uid` instead.")
      value_string: String!
    }

    input AddSimpleProductsToCartInput {
      cart_id: String!
      cart_items: [SimpleProductCartItemInput]!
    }

    input SimpleProductCartItemInput {
      data: CartItemInput!
      customizable_options: [CustomizableOptionInput]
    }

    type AddSimpleProductsToCartOutput {
      cart: Cart!
    }

    input AddVirtualProductsToCartInput {
      cart_id: String!
      cart_items: [VirtualProductCartItemInput]!
    }

    input VirtualProductCartItemInput {
      data: CartItemInput!
      customizable_options: [CustomizableOptionInput]
    }

    type AddVirtualProductsToCartOutput {
      cart: Cart!
    }

    input AddConfigurableProductsToCartInput {
      cart_id: String!
      cart_items: [ConfigurableProductCartItemInput]!
    }

    input ConfigurableProductCartItemInput {
      data: CartItemInput!
      variant_sku: String @deprecated(reason: "Use `CartItemInput.sku` instead.")
      parent_sku: String
      customizable_options: [CustomizableOptionInput]
    }

    type AddConfigurableProductsToCartOutput {
      cart: Cart!
    }

    input UpdateCartItemsInput {
      cart_id: String!
      cart_items: [CartItemUpdateInput]!
    }

    input CartItemUpdateInput {
      cart_item_id: Int @deprecated(reason: "Use `cart_item_uid` instead.")
      cart_item_uid: ID
      quantity: Float
      customizable_options: [CustomizableOptionInput]
    }

    type UpdateCartItemsOutput {
      cart: Cart!
      errors: [CartUserInputError]!
    }

    input RemoveItemFromCartInput {
      cart_id: String!
      cart_item_id: Int @deprecated(reason: "Use `cart_item_uid` instead.")
      cart_item_uid: ID
    }

    type RemoveItemFromCartOutput {
      cart: Cart!
    }

    input ApplyCouponToCartInput {
      cart_id: String!
      coupon_code: String!
    }

    type ApplyCouponToCartOutput {
      cart: Cart!
    }

    input RemoveCouponFromCartInput {
      cart_id: String!
    }

    type RemoveCouponFromCartOutput {
      cart: Cart
    }

    input SetGuestEmailOnCartInput {
      cart_id: String!
      email: String!
    }

    type SetGuestEmailOnCartOutput {
      cart: Cart!
    }

    input SetShippingAddressesOnCartInput {
      cart_id: String!
      shipping_addresses: [ShippingAddressInput]!
    }

    input ShippingAddressInput {
      customer_address_id: Int
      address: CartAddressInput
      customer_notes: String
      pickup_location_code: String
    }

    input CartAddressInput {
      firstname: String!
      lastname: String!
      middlename: String
      prefix: String
      suffix: String
      company: String
      street: [String!]!
      city: String!
      region: String
      region_id: Int
      postcode: String
      country_code: String!
      telephone: String
      fax: String
      vat_id: String
      save_in_address_book: Boolean
    }

    type SetShippingAddressesOnCartOutput {
      cart: Cart!
    }

    input SetBillingAddressOnCartInput {
      cart_id: String!
      billing_address: BillingAddressInput!
    }

    input BillingAddressInput {
      customer_address_id: Int
      address: CartAddressInput
      use_for_shipping: Boolean @deprecated(reason: "Use `same_as_shipping` instead.")
      same_as_shipping: Boolean
    }

    type SetBillingAddressOnCartOutput {
      cart: Cart!
    }

    input SetShippingMethodsOnCartInput {
      cart_id: String!
      shipping_methods: [ShippingMethodInput]!
    }

    input ShippingMethodInput {
      carrier_code: String!
      method_code: String!
    }

    type SetShippingMethodsOnCartOutput {
      cart: Cart!
    }

    input SetPaymentMethodOnCartInput {
      cart_id: String!
      payment_method: PaymentMethodInput!
    }

    input PaymentMethodInput {
      code: String!
      purchase_order_number: String
    }

    type SetPaymentMethodOnCartOutput {
      cart: Cart!
    }

    input PlaceOrderInput {
      cart_id: String!
    }

    type PlaceOrderOutput {
      order: Order @deprecated(reason: "Use `orderV2` instead.")
      orderV2: CustomerOrder
      errors: [PlaceOrderError]!
    }

    type Order {
      order_number: String!
      order_id: String @deprecated(reason: "Use `order_number` instead.")
    }

    type PlaceOrderError {
      message: String!
      code: PlaceOrderErrorCodes!
    }

    enum PlaceOrderErrorCodes {
      CART_NOT_FOUND
      CART_NOT_ACTIVE
      GUEST_EMAIL_MISSING
      UNABLE_TO_PLACE_ORDER
      UNDEFINED
    }

    input EstimateTotalsInput {
      cart_id: String!
      address: EstimateAddressInput!
      shipping_method: ShippingMethodInput
    }

    input EstimateAddressInput {
      country_code: CountryCodeEnum!
      postcode: String
      region: CustomerAddressRegionInput
    }

    type EstimateTotalsOutput {
      cart: Cart
    }
    """
}
