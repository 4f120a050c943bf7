/// `addBundleProductsToCart`, the older bundle-specific add (Magento's BundleGraphQl schema).
enum BundleCartSchema {
    static let sdl = """
    extend type Mutation {
      addBundleProductsToCart(input: AddBundleProductsToCartInput): AddBundleProductsToCartOutput
    }

    input AddBundleProductsToCartInput {
      cart_id: String!
      cart_items: [BundleProductCartItemInput!]!
    }

    input BundleProductCartItemInput {
      data: CartItemInput!
      bundle_options: [BundleOptionInput!]!
      customizable_options: [CustomizableOptionInput!]
    }

    input BundleOptionInput {
      id: Int!
      quantity: Float!
      value: [String!]!
    }

    type AddBundleProductsToCartOutput {
      cart: Cart!
    }
    """
}
