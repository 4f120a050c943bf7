import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// Downloadable links and samples (`/V1/products/:sku/downloadable-links…`). Uploaded files are
/// stored beside the media, under `downloadable/files`, which `/media` does not serve.
public struct DownloadableRoutes: Sendable {
    let products: any ProductRepository
    let files: (any MediaStorage)?

    public init(products: any ProductRepository, files: (any MediaStorage)?) {
        self.products = products
        self.files = files
    }

    static let access = EndpointAccess.resources(["Magento_Downloadable::downloadable"])
    static let links = "downloadableLinkRepositoryV1"
    static let samples = "downloadableSampleRepositoryV1"

    public var endpoints: [Endpoint] {
        let linkBody: [BodyArgument] = [.required("link", DownloadableLink.self), .optional("isGlobalScopeContent", Bool.self)]
        let sampleBody: [BodyArgument] = [.required("sample", DownloadableSample.self), .optional("isGlobalScopeContent", Bool.self)]
        return [
            Endpoint(.get, "/V1/products/:sku/downloadable-links", access: Self.access, service: Self.links, operation: "getList",
                     summary: "List of links with associated samples") { [products] call in
                try await products.product(sku: call.pathParameter("sku"), scope: .global).extensionAttributes?.downloadableProductLinks ?? []
            },
            Endpoint(.post, "/V1/products/:sku/downloadable-links", access: Self.access, service: Self.links, operation: "save",
                     summary: "Update downloadable link of the given product (link type and its resource cannot be changed)",
                     body: linkBody) { [self] call in
                try await save(try call.argument("link", as: DownloadableLink.self), sku: call.pathParameter("sku"))
            },
            Endpoint(.put, "/V1/products/:sku/downloadable-links/:id", access: Self.access, service: Self.links, operation: "save",
                     summary: "Update downloadable link of the given product (link type and its resource cannot be changed)",
                     body: linkBody) { [self] call in
                var link = try call.argument("link", as: DownloadableLink.self)
                link.id = try call.argument("id", as: Int.self)
                return try await save(link, sku: call.pathParameter("sku"))
            },
            Endpoint(.delete, "/V1/products/downloadable-links/:id", access: Self.access, service: Self.links, operation: "delete",
                     summary: "Delete downloadable link") { [self] call in
                let id = try call.argument("id", as: Int.self)
                try await remove(notFound: DownloadableRules.noSuchLink) { DownloadableRules.removeLink(id, from: &$0) }
                return true
            },
            Endpoint(.get, "/V1/products/:sku/downloadable-links/samples", access: Self.access, service: Self.samples, operation: "getList",
                     summary: "List of samples for downloadable product") { [products] call in
                try await products.product(sku: call.pathParameter("sku"), scope: .global).extensionAttributes?.downloadableProductSamples ?? []
            },
            Endpoint(.post, "/V1/products/:sku/downloadable-links/samples", access: Self.access, service: Self.samples, operation: "save",
                     summary: "Update downloadable sample of the given product", body: sampleBody) { [self] call in
                try await save(try call.argument("sample", as: DownloadableSample.self), sku: call.pathParameter("sku"))
            },
            Endpoint(.put, "/V1/products/:sku/downloadable-links/samples/:id", access: Self.access, service: Self.samples, operation: "save",
                     summary: "Update downloadable sample of the given product", body: sampleBody) { [self] call in
                var sample = try call.argument("sample", as: DownloadableSample.self)
                sample.id = try call.argument("id", as: Int.self)
                return try await save(sample, sku: call.pathParameter("sku"))
            },
            Endpoint(.delete, "/V1/products/downloadable-links/samples/:id", access: Self.access, service: Self.samples, operation: "delete",
                     summary: "Delete downloadable sample") { [self] call in
                let id = try call.argument("id", as: Int.self)
                try await remove(notFound: DownloadableRules.noSuchSample) { DownloadableRules.removeSample(id, from: &$0) }
                return true
            },
        ]
    }

    func save(_ input: DownloadableLink, sku: String) async throws -> Int {
        try DownloadableRules.validate(input, isUpdate: input.id != nil)
        let product = try await products.product(sku: sku, scope: .global)
        guard product.typeId == "downloadable" else { throw DownloadableRules.notDownloadable }
        if let id = input.id, !(product.extensionAttributes?.downloadableProductLinks ?? []).contains(where: { $0.id == id }) {
            throw try await linkExists(id) ? DownloadableRules.linkElsewhere : DownloadableRules.noSuchLink
        }
        var link = input
        let stored = try await Self.store(&link, files: files)
        do {
            return try await products.modifyProduct(sku: sku) { [link] product, allocator in
                try DownloadableRules.save(link, in: &product, allocator: &allocator)
            }
        } catch {
            await discard(stored)
            throw error
        }
    }

    func save(_ input: DownloadableSample, sku: String) async throws -> Int {
        try DownloadableRules.validate(input, isUpdate: input.id != nil)
        let product = try await products.product(sku: sku, scope: .global)
        guard product.typeId == "downloadable" else { throw DownloadableRules.notDownloadable }
        if let id = input.id, !(product.extensionAttributes?.downloadableProductSamples ?? []).contains(where: { $0.id == id }) {
            throw try await sampleExists(id) ? DownloadableRules.sampleElsewhere : DownloadableRules.noSuchSample
        }
        var sample = input
        let stored = try await Self.store(&sample, files: files)
        do {
            return try await products.modifyProduct(sku: sku) { [sample] product, allocator in
                try DownloadableRules.save(sample, in: &product, allocator: &allocator)
            }
        } catch {
            await discard(stored)
            throw error
        }
    }

    /// Downloadable products, which hold every link and sample. Delete routes name only the id,
    /// so the owner is found among them; stores have few, unlike simple products.
    func downloadableProducts() async throws -> [Product] {
        try await products.searchProducts(SearchCriteria(filterGroups: [
            FilterGroup(filters: [Filter(field: "type_id", value: "downloadable", conditionType: "eq")]),
        ]), scope: .global).items
    }

    func linkExists(_ id: Int) async throws -> Bool {
        try await downloadableProducts().contains { ($0.extensionAttributes?.downloadableProductLinks ?? []).contains { $0.id == id } }
    }

    func sampleExists(_ id: Int) async throws -> Bool {
        try await downloadableProducts().contains { ($0.extensionAttributes?.downloadableProductSamples ?? []).contains { $0.id == id } }
    }

    func remove(notFound: CommerceError, _ change: @escaping @Sendable (inout Product) -> [String]?) async throws {
        for product in try await downloadableProducts() {
            var probe = product
            guard change(&probe) != nil, let sku = product.sku else { continue }
            let removed = try await products.modifyProduct(sku: sku) { product, _ in change(&product) ?? [] }
            await discard(removed)
            return
        }
        throw notFound
    }

    func discard(_ paths: [String]) async {
        // A file left behind by a failed write is only clutter; the write's error is what matters.
        for path in paths { try? await files?.remove(path) }
    }

    /// Stores a link's uploaded file and sample; answers the paths written.
    static func store(_ link: inout DownloadableLink, files: (any MediaStorage)?) async throws -> [String] {
        var written: [String] = []
        if let content = link.linkFileContent, link.linkType == "file", let files {
            link.linkFile = try await files.store(try DownloadableRules.bytes(of: content), fileName: content.nameWithExtension)
            written.append(link.linkFile ?? "")
        }
        if let content = link.sampleFileContent, link.sampleType == "file", let files {
            link.sampleFile = try await files.store(try DownloadableRules.bytes(of: content), fileName: content.nameWithExtension)
            written.append(link.sampleFile ?? "")
        }
        return written
    }

    static func store(_ sample: inout DownloadableSample, files: (any MediaStorage)?) async throws -> [String] {
        guard let content = sample.sampleFileContent, sample.sampleType == "file", let files else { return [] }
        sample.sampleFile = try await files.store(try DownloadableRules.bytes(of: content), fileName: content.nameWithExtension)
        return [sample.sampleFile ?? ""]
    }

    /// A product save that carries links or samples: each is checked as the link routes check
    /// it, and its uploaded files are stored before the product is written.
    static func storeUploads(_ product: inout Product, files: (any MediaStorage)?) async throws {
        guard var extensions = product.extensionAttributes else { return }
        if var links = extensions.downloadableProductLinks {
            for index in links.indices {
                try DownloadableRules.validate(links[index], isUpdate: links[index].id != nil)
                _ = try await store(&links[index], files: files)
                links[index].linkFileContent = nil
                links[index].sampleFileContent = nil
            }
            extensions.downloadableProductLinks = links
        }
        if var samples = extensions.downloadableProductSamples {
            for index in samples.indices {
                try DownloadableRules.validate(samples[index], isUpdate: samples[index].id != nil)
                _ = try await store(&samples[index], files: files)
                samples[index].sampleFileContent = nil
            }
            extensions.downloadableProductSamples = samples
        }
        product.extensionAttributes = extensions
    }
}
