/// Body of `POST /V1/products/:sku/media` and `PUT /V1/products/:sku/media/:entryId`: `{"entry": {…}}`.
public struct MediaEntryRequest: Codable, Sendable, Equatable {
    public var entry: MediaGalleryEntry

    public init(entry: MediaGalleryEntry) {
        self.entry = entry
    }

    enum CodingKeys: String, CodingKey {
        case entry
    }
}
