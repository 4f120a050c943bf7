import MagentoWire

/// A product's media gallery (`media_gallery_entries`) and the image roles it sets.
public enum MediaGalleryRules {
    /// Roles an entry's `types` may name; each is also the attribute holding that role's file.
    public static let roles = ["image", "small_image", "thumbnail", "swatch_image"]

    public static func entry(_ id: Int, in product: Product) throws -> MediaGalleryEntry {
        guard let entry = product.mediaGalleryEntries?.first(where: { $0.id == id }) else {
            throw CommerceError.notFound(message: "The image doesn't exist. Verify and try again.")
        }
        return entry
    }

    /// Adds a new entry (its file already stored); the allocator gives it an id.
    public static func add(_ entry: MediaGalleryEntry, to product: inout Product, allocator: inout CatalogIdAllocator) -> Int {
        var added = entry
        added.content = nil
        added.id = allocator.next(.media)
        added.mediaType = added.mediaType ?? "image"
        added.disabled = added.disabled ?? false
        added.types = added.types ?? []
        added.position = added.position ?? (product.mediaGalleryEntries?.count ?? 0) + 1
        product.mediaGalleryEntries = (product.mediaGalleryEntries ?? []) + [added]
        applyRoles(to: &product)
        return added.id ?? 0
    }

    /// Replaces an entry's label, position, disabled flag and roles (and file, when a new one came).
    public static func update(_ entry: MediaGalleryEntry, id: Int, in product: inout Product) throws {
        guard let index = product.mediaGalleryEntries?.firstIndex(where: { $0.id == id }) else {
            throw CommerceError.notFound(message: "No image with the provided ID was found. Verify the ID and try again.")
        }
        var stored = product.mediaGalleryEntries![index]
        stored.label = entry.label ?? stored.label
        stored.position = entry.position ?? stored.position
        stored.disabled = entry.disabled ?? stored.disabled
        stored.types = entry.types ?? stored.types
        stored.file = entry.file ?? stored.file
        stored.mediaType = entry.mediaType ?? stored.mediaType
        product.mediaGalleryEntries![index] = stored
        applyRoles(to: &product)
    }

    public static func remove(_ id: Int, from product: inout Product) throws -> String? {
        guard let index = product.mediaGalleryEntries?.firstIndex(where: { $0.id == id }) else {
            throw CommerceError.notFound(message: "No image with the provided ID was found. Verify the ID and try again.")
        }
        let file = product.mediaGalleryEntries?.remove(at: index).file
        applyRoles(to: &product)
        return file
    }

    /// Entries sent inside a product save get the defaults an uploaded entry gets, and set the roles.
    public static func normalize(_ product: inout Product) {
        guard var entries = product.mediaGalleryEntries else { return }
        for index in entries.indices {
            entries[index].mediaType = entries[index].mediaType ?? "image"
            entries[index].disabled = entries[index].disabled ?? false
            entries[index].types = entries[index].types ?? []
            entries[index].position = entries[index].position ?? index + 1
            entries[index].content = nil
        }
        product.mediaGalleryEntries = entries
        applyRoles(to: &product)
    }

    /// A role belongs to one entry: the last entry naming it wins, and its file becomes the
    /// value of the role's attribute (`image`, `small_image`, …), as Magento's gallery handler does.
    static func applyRoles(to product: inout Product) {
        var entries = product.mediaGalleryEntries ?? []
        for role in roles {
            guard let owner = entries.lastIndex(where: { $0.types?.contains(role) == true }) else {
                product.customAttributes?.removeAll { $0.attributeCode == role }
                continue
            }
            for index in entries.indices where index != owner {
                entries[index].types?.removeAll { $0 == role }
            }
            var attributes = (product.customAttributes ?? []).filter { $0.attributeCode != role }
            attributes.append(CustomAttribute(attributeCode: role, value: .string(entries[owner].file ?? "")))
            product.customAttributes = attributes
        }
        product.mediaGalleryEntries = entries
    }
}
