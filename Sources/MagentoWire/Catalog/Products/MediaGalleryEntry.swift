/// `catalog-data-product-attribute-media-gallery-entry-interface`: an image or video of a product.
/// Input may carry `content` (base64 data) instead of `file`; output carries `file`.
public struct MediaGalleryEntry: Codable, Sendable, Equatable {
    public var id: Int?
    /// `image` or `external-video`.
    public var mediaType: String?
    public var label: String?
    public var position: Int?
    public var disabled: Bool?
    /// Roles: `image`, `small_image`, `thumbnail`, `swatch_image`.
    public var types: [String]?
    /// Path under the media folder, `/a/b/ab.jpg`.
    public var file: String?
    public var content: ImageContent?
    /// `video_content` for external videos, kept as sent.
    public var extensionAttributes: JSONObject?

    public init(
        id: Int? = nil,
        mediaType: String? = nil,
        label: String? = nil,
        position: Int? = nil,
        disabled: Bool? = nil,
        types: [String]? = nil,
        file: String? = nil,
        content: ImageContent? = nil,
        extensionAttributes: JSONObject? = nil
    ) {
        self.id = id
        self.mediaType = mediaType
        self.label = label
        self.position = position
        self.disabled = disabled
        self.types = types
        self.file = file
        self.content = content
        self.extensionAttributes = extensionAttributes
    }

    enum CodingKeys: String, CodingKey {
        case id
        case mediaType = "media_type"
        case label
        case position
        case disabled
        case types
        case file
        case content
        case extensionAttributes = "extension_attributes"
    }
}
