import Foundation

/// `downloadable-data-link-interface`: a file (or URL) a downloadable product sells, with an
/// optional sample of it.
public struct DownloadableLink: Codable, Sendable, Equatable {
    public var id: Int?
    public var title: String?
    public var sortOrder: Int?
    /// 0 not shareable, 1 shareable, 2 the store's setting.
    public var isShareable: Int?
    public var price: Decimal?
    /// 0 for unlimited.
    public var numberOfDownloads: Int?
    /// `file` or `url`.
    public var linkType: String?
    public var linkFile: String?
    public var linkFileContent: DownloadableFileContent?
    public var linkUrl: String?
    public var sampleType: String?
    public var sampleFile: String?
    public var sampleFileContent: DownloadableFileContent?
    public var sampleUrl: String?
    public var extensionAttributes: JSONObject?

    public init(
        id: Int? = nil, title: String? = nil, sortOrder: Int? = nil, isShareable: Int? = nil, price: Decimal? = nil,
        numberOfDownloads: Int? = nil, linkType: String? = nil, linkFile: String? = nil, linkUrl: String? = nil,
        sampleType: String? = nil, sampleFile: String? = nil, sampleUrl: String? = nil
    ) {
        self.id = id
        self.title = title
        self.sortOrder = sortOrder
        self.isShareable = isShareable
        self.price = price
        self.numberOfDownloads = numberOfDownloads
        self.linkType = linkType
        self.linkFile = linkFile
        self.linkUrl = linkUrl
        self.sampleType = sampleType
        self.sampleFile = sampleFile
        self.sampleUrl = sampleUrl
    }

    enum CodingKeys: String, CodingKey {
        case id, title
        case sortOrder = "sort_order"
        case isShareable = "is_shareable"
        case price
        case numberOfDownloads = "number_of_downloads"
        case linkType = "link_type"
        case linkFile = "link_file"
        case linkFileContent = "link_file_content"
        case linkUrl = "link_url"
        case sampleType = "sample_type"
        case sampleFile = "sample_file"
        case sampleFileContent = "sample_file_content"
        case sampleUrl = "sample_url"
        case extensionAttributes = "extension_attributes"
    }
}

/// `downloadable-data-sample-interface`: a free sample shown with a downloadable product.
public struct DownloadableSample: Codable, Sendable, Equatable {
    public var id: Int?
    public var title: String?
    public var sortOrder: Int?
    public var sampleType: String?
    public var sampleFile: String?
    public var sampleFileContent: DownloadableFileContent?
    public var sampleUrl: String?
    public var extensionAttributes: JSONObject?

    public init(id: Int? = nil, title: String? = nil, sortOrder: Int? = nil, sampleType: String? = nil, sampleFile: String? = nil, sampleUrl: String? = nil) {
        self.id = id
        self.title = title
        self.sortOrder = sortOrder
        self.sampleType = sampleType
        self.sampleFile = sampleFile
        self.sampleUrl = sampleUrl
    }

    enum CodingKeys: String, CodingKey {
        case id, title
        case sortOrder = "sort_order"
        case sampleType = "sample_type"
        case sampleFile = "sample_file"
        case sampleFileContent = "sample_file_content"
        case sampleUrl = "sample_url"
        case extensionAttributes = "extension_attributes"
    }
}

/// `downloadable-data-file-content-interface`: an uploaded file, base64 in `file_data`.
public struct DownloadableFileContent: Codable, Sendable, Equatable {
    public var fileData: String
    public var nameWithExtension: String
    public var extensionAttributes: JSONObject?

    public init(fileData: String, nameWithExtension: String) {
        self.fileData = fileData
        self.nameWithExtension = nameWithExtension
    }

    enum CodingKeys: String, CodingKey {
        case fileData = "file_data"
        case nameWithExtension = "name_with_extension"
        case extensionAttributes = "extension_attributes"
    }
}
