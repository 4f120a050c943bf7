import Foundation

/// `catalog-data-product-render-interface`: a product as a storefront widget draws it
/// (`GET /V1/products-render-info`): prices in a currency, images, URL and buttons.
public struct ProductRender: Codable, Sendable, Equatable {
    public struct Button: Codable, Sendable, Equatable {
        public var postData: String
        public var url: String
        public var requiredOptions: Bool

        public init(postData: String, url: String, requiredOptions: Bool) {
            self.postData = postData
            self.url = url
            self.requiredOptions = requiredOptions
        }

        enum CodingKeys: String, CodingKey {
            case postData = "post_data"
            case url
            case requiredOptions = "required_options"
        }
    }

    public struct FormattedPrices: Codable, Sendable, Equatable {
        public var finalPrice: String
        public var maxPrice: String
        public var minimalPrice: String
        public var maxRegularPrice: String
        public var minimalRegularPrice: String
        public var specialPrice: String
        public var regularPrice: String

        public init(finalPrice: String, maxPrice: String, minimalPrice: String, maxRegularPrice: String,
                    minimalRegularPrice: String, specialPrice: String, regularPrice: String) {
            self.finalPrice = finalPrice
            self.maxPrice = maxPrice
            self.minimalPrice = minimalPrice
            self.maxRegularPrice = maxRegularPrice
            self.minimalRegularPrice = minimalRegularPrice
            self.specialPrice = specialPrice
            self.regularPrice = regularPrice
        }

        enum CodingKeys: String, CodingKey {
            case finalPrice = "final_price"
            case maxPrice = "max_price"
            case minimalPrice = "minimal_price"
            case maxRegularPrice = "max_regular_price"
            case minimalRegularPrice = "minimal_regular_price"
            case specialPrice = "special_price"
            case regularPrice = "regular_price"
        }
    }

    public struct PriceInfo: Codable, Sendable, Equatable {
        public var finalPrice: Decimal
        public var maxPrice: Decimal
        public var maxRegularPrice: Decimal
        public var minimalRegularPrice: Decimal
        public var specialPrice: Decimal?
        public var minimalPrice: Decimal
        public var regularPrice: Decimal
        public var formattedPrices: FormattedPrices
        public var extensionAttributes: JSONObject?

        public init(finalPrice: Decimal, maxPrice: Decimal, maxRegularPrice: Decimal, minimalRegularPrice: Decimal,
                    specialPrice: Decimal?, minimalPrice: Decimal, regularPrice: Decimal, formattedPrices: FormattedPrices) {
            self.finalPrice = finalPrice
            self.maxPrice = maxPrice
            self.maxRegularPrice = maxRegularPrice
            self.minimalRegularPrice = minimalRegularPrice
            self.specialPrice = specialPrice
            self.minimalPrice = minimalPrice
            self.regularPrice = regularPrice
            self.formattedPrices = formattedPrices
        }

        enum CodingKeys: String, CodingKey {
            case finalPrice = "final_price"
            case maxPrice = "max_price"
            case maxRegularPrice = "max_regular_price"
            case minimalRegularPrice = "minimal_regular_price"
            case specialPrice = "special_price"
            case minimalPrice = "minimal_price"
            case regularPrice = "regular_price"
            case formattedPrices = "formatted_prices"
            case extensionAttributes = "extension_attributes"
        }
    }

    public struct Image: Codable, Sendable, Equatable {
        public var url: String
        public var code: String
        public var height: Int?
        public var width: Int?
        public var label: String
        public var resizedWidth: Int?
        public var resizedHeight: Int?

        public init(url: String, code: String, label: String) {
            self.url = url
            self.code = code
            self.label = label
        }

        enum CodingKeys: String, CodingKey {
            case url, code, height, width, label
            case resizedWidth = "resized_width"
            case resizedHeight = "resized_height"
        }
    }

    public var addToCartButton: Button
    public var addToCompareButton: Button
    public var priceInfo: PriceInfo
    public var images: [Image]
    public var url: String
    public var id: Int
    public var name: String
    public var type: String
    public var isSalable: String
    public var storeId: Int
    public var currencyCode: String
    public var extensionAttributes: JSONObject?

    public init(addToCartButton: Button, addToCompareButton: Button, priceInfo: PriceInfo, images: [Image], url: String, id: Int,
                name: String, type: String, isSalable: String, storeId: Int, currencyCode: String) {
        self.addToCartButton = addToCartButton
        self.addToCompareButton = addToCompareButton
        self.priceInfo = priceInfo
        self.images = images
        self.url = url
        self.id = id
        self.name = name
        self.type = type
        self.isSalable = isSalable
        self.storeId = storeId
        self.currencyCode = currencyCode
    }

    enum CodingKeys: String, CodingKey {
        case addToCartButton = "add_to_cart_button"
        case addToCompareButton = "add_to_compare_button"
        case priceInfo = "price_info"
        case images, url, id, name, type
        case isSalable = "is_salable"
        case storeId = "store_id"
        case currencyCode = "currency_code"
        case extensionAttributes = "extension_attributes"
    }
}
