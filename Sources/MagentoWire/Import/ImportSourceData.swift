/// `import-csv-api-data-source-data-interface`: the body of `POST /V1/import/csv`. The CSV file
/// travels base64-encoded in `csv_data`.
public struct ImportSourceData: Codable, Sendable, Equatable {
    public var entity: String
    public var behavior: String
    public var validationStrategy: String?
    public var allowedErrorCount: String?
    public var csvData: String
    public var importFieldSeparator: String?
    public var importMultipleValueSeparator: String?
    public var importEmptyAttributeValueConstant: String?
    public var importImagesFileDir: String?
    public var locale: String?

    public init(entity: String, behavior: String, validationStrategy: String? = nil, allowedErrorCount: String? = nil, csvData: String) {
        self.entity = entity
        self.behavior = behavior
        self.validationStrategy = validationStrategy
        self.allowedErrorCount = allowedErrorCount
        self.csvData = csvData
    }

    enum CodingKeys: String, CodingKey {
        case entity, behavior
        case validationStrategy = "validation_strategy"
        case allowedErrorCount = "allowed_error_count"
        case csvData = "csv_data"
        case importFieldSeparator = "import_field_separator"
        case importMultipleValueSeparator = "import_multiple_value_separator"
        case importEmptyAttributeValueConstant = "import_empty_attribute_value_constant"
        case importImagesFileDir = "import_images_file_dir"
        case locale
    }
}
