/// `gift-message-data-message-interface`: a gift message on a cart, a cart line, an order or
/// an order line.
public struct GiftMessage: Codable, Sendable, Equatable {
    public var giftMessageId: Int?
    public var customerId: Int?
    public var sender: String?
    public var recipient: String?
    public var message: String?
    public var extensionAttributes: JSONObject?

    public init(giftMessageId: Int? = nil, customerId: Int? = nil, sender: String? = nil, recipient: String? = nil, message: String? = nil) {
        self.giftMessageId = giftMessageId
        self.customerId = customerId
        self.sender = sender
        self.recipient = recipient
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case giftMessageId = "gift_message_id"
        case customerId = "customer_id"
        case sender, recipient, message
        case extensionAttributes = "extension_attributes"
    }
}
