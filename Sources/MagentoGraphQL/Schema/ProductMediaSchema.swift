/// Images and the media gallery.
enum ProductMediaSchema {
    static let sdl = """
    type ProductImage implements MediaGalleryInterface {
        disabled: Boolean
        label: String
        position: Int
        url: String
    }
    interface MediaGalleryInterface {
        disabled: Boolean
        label: String
        position: Int
        url: String
    }
    type ProductVideo implements MediaGalleryInterface {
        disabled: Boolean
        label: String
        position: Int
        url: String
        video_content: ProductMediaGalleryEntriesVideoContent
    }
    type ProductMediaGalleryEntriesVideoContent {
        media_type: String
        video_description: String
        video_metadata: String
        video_provider: String
        video_title: String
        video_url: String
    }
    type MediaGalleryEntry {
        content: ProductMediaGalleryEntriesContent
        disabled: Boolean
        file: String
        id: Int @deprecated(reason: "Use `uid` instead.")
        label: String
        media_type: String
        position: Int
        types: [String]
        uid: ID!
        video_content: ProductMediaGalleryEntriesVideoContent
    }
    type ProductMediaGalleryEntriesContent {
        base64_encoded_data: String
        name: String
        type: String
    }
    """
}
