/// Body of `POST /V1/products` and `PUT /V1/products/:sku`: `{"product": {…}, "saveOptions": true}`.
/// Keys are snake_case here; the binder also accepts the camelCase names clients usually send.
public struct ProductSaveRequest: Codable, Sendable, Equatable {
    public var product: Product
    /// Also save the custom `options`; defaults to false.
    public var saveOptions: Bool?

    public init(product: Product, saveOptions: Bool? = nil) {
        self.product = product
        self.saveOptions = saveOptions
    }

    enum CodingKeys: String, CodingKey {
        case product
        case saveOptions = "save_options"
    }
}
