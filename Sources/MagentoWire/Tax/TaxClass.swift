/// `tax-data-tax-class-interface`: a product or customer tax class, `/V1/taxClasses`.
public struct TaxClass: Codable, Sendable, Equatable {
    public var classId: Int?
    public var className: String?
    /// `PRODUCT` or `CUSTOMER`.
    public var classType: String?
    public var extensionAttributes: JSONObject?

    public init(classId: Int? = nil, className: String? = nil, classType: String? = nil, extensionAttributes: JSONObject? = nil) {
        self.classId = classId
        self.className = className
        self.classType = classType
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case classId = "class_id"
        case className = "class_name"
        case classType = "class_type"
        case extensionAttributes = "extension_attributes"
    }
}
