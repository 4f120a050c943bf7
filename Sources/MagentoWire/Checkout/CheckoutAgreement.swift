/// `checkout-agreements-data-agreement-interface`: a term the shopper may have to accept at
/// checkout. `mode` 1 (manual) needs the shopper's tick; 0 (automatic) is accepted by placing
/// the order.
public struct CheckoutAgreement: Codable, Sendable, Equatable {
    public var agreementId: Int?
    public var name: String?
    public var content: String?
    public var contentHeight: String?
    public var checkboxText: String?
    public var isActive: Bool?
    public var isHtml: Bool?
    public var mode: Int?
    public var extensionAttributes: JSONObject?

    public init(
        agreementId: Int? = nil, name: String? = nil, content: String? = nil, contentHeight: String? = nil,
        checkboxText: String? = nil, isActive: Bool? = nil, isHtml: Bool? = nil, mode: Int? = nil
    ) {
        self.agreementId = agreementId
        self.name = name
        self.content = content
        self.contentHeight = contentHeight
        self.checkboxText = checkboxText
        self.isActive = isActive
        self.isHtml = isHtml
        self.mode = mode
    }

    enum CodingKeys: String, CodingKey {
        case agreementId = "agreement_id"
        case name, content
        case contentHeight = "content_height"
        case checkboxText = "checkbox_text"
        case isActive = "is_active"
        case isHtml = "is_html"
        case mode
        case extensionAttributes = "extension_attributes"
    }
}
