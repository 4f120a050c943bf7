import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/products/:sku/media…`: a product's gallery, with uploads stored through `MediaStorage`.
public struct ProductMediaRoutes: Sendable {
    let products: any ProductRepository
    let media: any MediaStorage

    public init(products: any ProductRepository, media: any MediaStorage) {
        self.products = products
        self.media = media
    }

    static let read = EndpointAccess.resources(["Magento_Catalog::attributes_attributes"])
    static let edit = EndpointAccess.resources(["Magento_Catalog::catalog"])
    static let service = "catalogProductAttributeMediaGalleryManagementV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/products/:sku/media", access: Self.edit, service: Self.service, operation: "getList", summary: "Retrieve the list of gallery entries associated with given product") { [products] call in
                try await products.product(sku: call.pathParameter("sku"), scope: .global).mediaGalleryEntries ?? []
            },
            Endpoint(.get, "/V1/products/:sku/media/:entryId", access: Self.read, service: Self.service, operation: "get", summary: "Return information about gallery entry") { [products] call in
                let product = try await products.product(sku: call.pathParameter("sku"), scope: .global)
                return try MediaGalleryRules.entry(try call.argument("entryId", as: Int.self), in: product)
            },
            Endpoint(.post, "/V1/products/:sku/media", access: Self.edit, service: Self.service, operation: "create", summary: "Create new gallery entry", body: [.required("entry", MediaGalleryEntry.self)]) { [products, media] call in
                var entry = try call.argument("entry", as: MediaGalleryEntry.self)
                guard let content = entry.content else {
                    throw CommerceError.invalidInput(message: "The image content is invalid. Verify the content and try again.")
                }
                _ = try await products.product(sku: call.pathParameter("sku"), scope: .global)
                let decoded = try ImageContentRules.decode(content)
                entry.file = try await media.store(decoded.bytes, fileName: decoded.fileName)
                let stored = entry
                let id = try await products.modifyProduct(sku: call.pathParameter("sku")) { product, allocator in
                    MediaGalleryRules.add(stored, to: &product, allocator: &allocator)
                }
                return String(id)   // Magento answers the new id as a JSON string
            },
            Endpoint(.put, "/V1/products/:sku/media/:entryId", access: Self.edit, service: Self.service, operation: "update", summary: "Update gallery entry", body: [.required("entry", MediaGalleryEntry.self)]) { [products, media] call in
                var entry = try call.argument("entry", as: MediaGalleryEntry.self)
                if let content = entry.content {
                    let decoded = try ImageContentRules.decode(content)
                    entry.file = try await media.store(decoded.bytes, fileName: decoded.fileName)
                }
                let stored = entry
                let id = try call.argument("entryId", as: Int.self)
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try MediaGalleryRules.update(stored, id: id, in: &product)
                }
                return true
            },
            Endpoint(.delete, "/V1/products/:sku/media/:entryId", access: Self.edit, service: Self.service, operation: "remove", summary: "Remove gallery entry") { [products] call in
                let id = try call.argument("entryId", as: Int.self)
                // The file stays: another store's product may still point at it, as in Magento.
                _ = try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    try MediaGalleryRules.remove(id, from: &product)
                }
                return true
            },
        ]
    }

    /// Stores the `content` of gallery entries sent with a product save and puts the file paths in.
    static func storeUploads(_ product: inout Product, media: (any MediaStorage)?) async throws {
        guard let media, var entries = product.mediaGalleryEntries else { return }
        for index in entries.indices {
            guard let content = entries[index].content else { continue }
            let decoded = try ImageContentRules.decode(content)
            entries[index].file = try await media.store(decoded.bytes, fileName: decoded.fileName)
            entries[index].content = nil
        }
        product.mediaGalleryEntries = entries
    }
}
