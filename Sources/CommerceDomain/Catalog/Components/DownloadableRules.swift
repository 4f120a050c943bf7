import Foundation
import MagentoWire

/// Downloadable links and samples: Magento's content checks and how a save lands in the
/// product's `downloadable_product_links` / `downloadable_product_samples`.
public enum DownloadableRules {
    public static let notDownloadable = CommerceError.invalidInput(
        message: "The product needs to be the downloadable type. Verify the product and try again."
    )
    public static let noSuchLink = CommerceError.notFound(
        message: "No downloadable link with the provided ID was found. Verify the ID and try again."
    )
    public static let noSuchSample = CommerceError.notFound(
        message: "No downloadable sample with the provided ID was found. Verify the ID and try again."
    )
    static let badContent = CommerceError.invalidInput(message: "Provided file content must be valid base64 encoded data.")

    /// Checks a link as Magento's `ContentValidator` does, before any file is stored.
    public static func validate(_ link: DownloadableLink, isUpdate: Bool) throws {
        guard !(link.title ?? "").trimmingCharacters(in: .whitespaces).isEmpty || isUpdate else {
            throw CommerceError.invalidInput(message: "The link title is empty. Enter the link title and try again.")
        }
        guard ["url", "file"].contains(link.linkType ?? "") else {
            throw CommerceError.invalidInput(message: "The link type is invalid. Verify and try again.")
        }
        guard let price = link.price, price >= 0 else {
            throw CommerceError.invalidInput(message: "Link price must have numeric positive value.")
        }
        guard (link.numberOfDownloads ?? 0) >= 0 else {
            throw CommerceError.invalidInput(message: "Number of downloads must be a positive integer.")
        }
        guard (link.sortOrder ?? 0) >= 0 else {
            throw CommerceError.invalidInput(message: "Sort order must be a positive integer.")
        }
        if link.linkType == "url", !isWebURL(link.linkUrl) {
            throw CommerceError.invalidInput(message: "Link URL must have valid format.")
        }
        // An update keeps the stored file unless it sends a new one.
        if link.linkType == "file", !isUpdate || link.linkFileContent != nil {
            try requireContent(link.linkFileContent)
        }
        try validateSample(type: link.sampleType, url: link.sampleUrl, content: link.sampleFileContent, isUpdate: isUpdate)
    }

    public static func validate(_ sample: DownloadableSample, isUpdate: Bool) throws {
        guard !(sample.title ?? "").trimmingCharacters(in: .whitespaces).isEmpty || isUpdate else {
            throw CommerceError.invalidInput(message: "The sample title is empty. Enter the title and try again.")
        }
        guard ["url", "file"].contains(sample.sampleType ?? "") else {
            throw CommerceError.invalidInput(message: "The sample type is invalid. Verify the sample type and try again.")
        }
        guard (sample.sortOrder ?? 0) >= 0 else {
            throw CommerceError.invalidInput(message: "Sort order must be a positive integer.")
        }
        try validateSample(type: sample.sampleType, url: sample.sampleUrl, content: sample.sampleFileContent, isUpdate: isUpdate)
    }

    static func validateSample(type: String?, url: String?, content: DownloadableFileContent?, isUpdate: Bool) throws {
        if type == "url", !isWebURL(url) {
            throw CommerceError.invalidInput(message: "Sample URL must have valid format.")
        }
        if type == "file", !isUpdate || content != nil {
            try requireContent(content)
        }
    }

    /// The decoded bytes of uploaded content: valid base64 and a plain file name.
    public static func bytes(of content: DownloadableFileContent) throws -> [UInt8] {
        try requireContent(content)
        return Array(Data(base64Encoded: content.fileData) ?? Data())
    }

    static func requireContent(_ content: DownloadableFileContent?) throws {
        guard let content, let data = Data(base64Encoded: content.fileData), !data.isEmpty else { throw badContent }
        let name = content.nameWithExtension
        guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), !name.hasPrefix(".") else {
            throw CommerceError.invalidInput(message: "Provided file name contains forbidden characters.")
        }
    }

    /// An absolute http(s) URL with a host, as Magento's URL validator accepts.
    static func isWebURL(_ text: String?) -> Bool {
        guard let text, let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              ["http", "https"].contains(scheme), let host = components.host, !host.isEmpty else { return false }
        return !host.contains("<") && !host.contains(">")
    }

    /// Puts `link` into the product: a new one (no id) gets the next id, an existing one is
    /// replaced where it stands. Answers the link's id.
    public static func save(_ link: DownloadableLink, in product: inout Product, allocator: inout CatalogIdAllocator) throws -> Int {
        guard product.typeId == "downloadable" else { throw notDownloadable }
        var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
        var links = extensions.downloadableProductLinks ?? []
        var stored = link
        stored.linkFileContent = nil
        stored.sampleFileContent = nil
        if stored.linkType != "file" { stored.linkFile = nil }
        if stored.sampleType != "file" { stored.sampleFile = nil }
        if let id = link.id {
            guard let index = links.firstIndex(where: { $0.id == id }) else { throw linkElsewhere }
            let old = links[index]
            stored.title = stored.title ?? old.title
            stored.linkFile = stored.linkType == "file" ? (stored.linkFile ?? old.linkFile) : nil
            stored.sampleFile = stored.sampleType == "file" ? (stored.sampleFile ?? old.sampleFile) : nil
            links[index] = stored
        } else {
            stored.id = allocator.next(.downloadableLink)
            links.append(stored)
        }
        extensions.downloadableProductLinks = links.sorted { ($0.sortOrder ?? 0, $0.id ?? 0) < ($1.sortOrder ?? 0, $1.id ?? 0) }
        product.extensionAttributes = extensions
        return stored.id ?? 0
    }

    public static func save(_ sample: DownloadableSample, in product: inout Product, allocator: inout CatalogIdAllocator) throws -> Int {
        guard product.typeId == "downloadable" else { throw notDownloadable }
        var extensions = product.extensionAttributes ?? ProductExtensionAttributes()
        var samples = extensions.downloadableProductSamples ?? []
        var stored = sample
        stored.sampleFileContent = nil
        if let id = sample.id {
            guard let index = samples.firstIndex(where: { $0.id == id }) else { throw sampleElsewhere }
            stored.title = stored.title ?? samples[index].title
            stored.sampleFile = stored.sampleType == "file" ? (stored.sampleFile ?? samples[index].sampleFile) : nil
            samples[index] = stored
        } else {
            stored.id = allocator.next(.downloadableSample)
            if stored.sampleType != "file" { stored.sampleFile = nil }
            samples.append(stored)
        }
        extensions.downloadableProductSamples = samples.sorted { ($0.sortOrder ?? 0, $0.id ?? 0) < ($1.sortOrder ?? 0, $1.id ?? 0) }
        product.extensionAttributes = extensions
        return stored.id ?? 0
    }

    public static let linkElsewhere = CommerceError.invalidInput(
        message: "The downloadable link isn't related to the product. Verify the link and try again."
    )
    public static let sampleElsewhere = CommerceError.invalidInput(
        message: "The downloadable sample isn't related to the product. Verify the link and try again."
    )

    /// Removes link `id`; answers the files it held, for the caller to delete. Nil when the
    /// product has no such link.
    public static func removeLink(_ id: Int, from product: inout Product) -> [String]? {
        guard var extensions = product.extensionAttributes, var links = extensions.downloadableProductLinks,
              let index = links.firstIndex(where: { $0.id == id }) else { return nil }
        let removed = links.remove(at: index)
        extensions.downloadableProductLinks = links
        product.extensionAttributes = extensions
        return [removed.linkFile, removed.sampleFile].compactMap { $0 }
    }

    public static func removeSample(_ id: Int, from product: inout Product) -> [String]? {
        guard var extensions = product.extensionAttributes, var samples = extensions.downloadableProductSamples,
              let index = samples.firstIndex(where: { $0.id == id }) else { return nil }
        let removed = samples.remove(at: index)
        extensions.downloadableProductSamples = samples
        product.extensionAttributes = extensions
        return [removed.sampleFile].compactMap { $0 }
    }

    /// `links_purchased_separately`: the shopper picks links, each adding its price.
    public static func linksPurchasedSeparately(_ product: Product) -> Bool {
        product.customAttributeText("links_purchased_separately") == "1"
    }
}
