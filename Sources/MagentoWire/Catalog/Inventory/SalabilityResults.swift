/// One reason a product cannot be sold in the requested quantity (MSI's
/// `ProductSalabilityErrorInterface`): a stable `code` and the rendered message.
public struct ProductSalabilityError: Codable, Sendable, Equatable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

/// `GET /V1/inventory/is-product-salable-for-requested-qty/…`.
public struct ProductSalableResult: Codable, Sendable, Equatable {
    public var salable: Bool
    public var errors: [ProductSalabilityError]

    public init(salable: Bool, errors: [ProductSalabilityError]) {
        self.salable = salable
        self.errors = errors
    }
}

/// One SKU's answer in `GET /V1/inventory/are-products-salable` and, with `errors`, in
/// `…/are-product-salable-for-requested-qty`.
public struct ProductSalabilityAnswer: Codable, Sendable, Equatable {
    public var sku: String
    public var stockId: Int
    public var isSalable: Bool
    public var errors: [ProductSalabilityError]?

    public init(sku: String, stockId: Int, isSalable: Bool, errors: [ProductSalabilityError]? = nil) {
        self.sku = sku
        self.stockId = stockId
        self.isSalable = isSalable
        self.errors = errors
    }

    enum CodingKeys: String, CodingKey {
        case sku
        case stockId = "stock_id"
        case isSalable = "is_salable"
        case errors
    }
}

/// A request line of `…/are-product-salable-for-requested-qty` and of a source selection.
public struct SkuQuantity: Codable, Sendable, Equatable {
    public var sku: String
    public var qty: Double

    public init(sku: String, qty: Double) {
        self.sku = sku
        self.qty = qty
    }
}
