/// Prices: `price_range`, the deprecated `price`, tiers and adjustments.
enum ProductPriceSchema {
    static let sdl = """
    type PriceRange {
        maximum_price: ProductPrice
        minimum_price: ProductPrice!
    }
    type ProductPrice {
        discount: ProductDiscount
        final_price: Money!
        fixed_product_taxes: [FixedProductTax]
        regular_price: Money!
    }
    type ProductDiscount {
        amount_off: Float
        percent_off: Float
    }
    type ProductPrices {
        maximalPrice: Price @deprecated(reason: "Use `PriceRange.maximum_price` instead.")
        minimalPrice: Price @deprecated(reason: "Use `PriceRange.minimum_price` instead.")
        regularPrice: Price @deprecated(reason: "Use `regular_price` from `PriceRange.minimum_price` or `PriceRange.maximum_price` instead.")
    }
    type Price {
        adjustments: [PriceAdjustment] @deprecated(reason: "Use `ProductPrice` instead.")
        amount: Money @deprecated(reason: "Use `ProductPrice` instead.")
    }
    type PriceAdjustment {
        amount: Money
        code: PriceAdjustmentCodesEnum @deprecated(reason: "`PriceAdjustment` is deprecated.")
        description: PriceAdjustmentDescriptionEnum @deprecated(reason: "`PriceAdjustment` is deprecated.")
    }
    enum PriceAdjustmentCodesEnum { TAX @deprecated(reason: "`PriceAdjustmentCodesEnum` is deprecated. Tax is included or excluded in the price. Tax is not shown separately in Catalog.") WEEE @deprecated(reason: "WEEE code is deprecated. Use `fixed_product_taxes.label` instead.") WEEE_TAX @deprecated(reason: "Use `fixed_product_taxes` instead.  Tax is included or excluded in price. The tax is not shown separtely in Catalog.") }
    enum PriceAdjustmentDescriptionEnum { INCLUDED EXCLUDED }
    type FixedProductTax {
        amount: Money
        label: String
    }
    type TierPrice {
        discount: ProductDiscount
        final_price: Money
        quantity: Float
    }
    type ProductTierPrices {
        customer_group_id: String @deprecated(reason: "Not relevant for the storefront.")
        percentage_value: Float @deprecated(reason: "Use `TierPrice.discount` instead.")
        qty: Float @deprecated(reason: "Use `TierPrice.quantity` instead.")
        value: Float @deprecated(reason: "Use `TierPrice.final_price` instead.")
        website_id: Float @deprecated(reason: "Not relevant for the storefront.")
    }
    enum PriceTypeEnum { FIXED PERCENT DYNAMIC }
    enum PriceViewEnum { PRICE_RANGE AS_LOW_AS }
    """
}
