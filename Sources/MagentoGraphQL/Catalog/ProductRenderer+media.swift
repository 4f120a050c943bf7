import MagentoWire

extension ProductRenderer {
    /// `image`, `small_image`, `thumbnail` (the entry holding each role, else the placeholder),
    /// `media_gallery` and the deprecated `media_gallery_entries`.
    func addMedia(_ product: Product, to object: inout JSONObject) {
        let entries = (product.mediaGalleryEntries ?? []).sorted { ($0.position ?? 0) < ($1.position ?? 0) }
        for role in ["image", "small_image", "thumbnail"] {
            let entry = entries.first { $0.types?.contains(role) == true }
            var image = JSONObject()
            image["url"] = .string(settings.imageURL(entry?.file))
            image["label"] = .string(entry?.label ?? product.name ?? "")
            image["position"] = .int(entry?.position)
            image["disabled"] = entry?.disabled.map(JSONValue.bool) ?? .null
            object[role] = .object(image)
        }
        object["media_gallery"] = .array(entries.map(galleryItem))
        object["media_gallery_entries"] = .array(entries.map(galleryEntry))
    }

    func galleryItem(_ entry: MediaGalleryEntry) -> JSONValue {
        var item = JSONObject()
        item["__typename"] = .string(entry.mediaType == "external-video" ? "ProductVideo" : "ProductImage")
        item["url"] = .string(settings.imageURL(entry.file))
        item["label"] = .text(entry.label)
        item["position"] = .int(entry.position)
        item["disabled"] = .bool(entry.disabled ?? false)
        item["types"] = .array((entry.types ?? []).map(JSONValue.string))
        return .object(item)
    }

    func galleryEntry(_ entry: MediaGalleryEntry) -> JSONValue {
        var item = JSONObject()
        item["id"] = .int(entry.id)
        item["uid"] = .text(entry.id.map { EntityUid.encode($0) })
        item["media_type"] = .text(entry.mediaType)
        item["label"] = .text(entry.label)
        item["position"] = .int(entry.position)
        item["disabled"] = .bool(entry.disabled ?? false)
        item["types"] = .array((entry.types ?? []).map(JSONValue.string))
        item["file"] = .text(entry.file)
        return .object(item)
    }
}
