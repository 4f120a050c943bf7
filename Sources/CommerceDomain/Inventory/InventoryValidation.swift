import MagentoWire

/// MSI's input validators, with their messages. A failure is Magento's
/// `ValidationException`: 400 `Validation Failed` listing every problem.
public enum InventoryValidation {
    public static func validate(_ source: InventorySource) throws {
        var errors: [CommerceError] = []
        let code = source.sourceCode ?? ""
        if code.isBlank {
            errors.append(.notEmpty("source_code"))
        } else if code.contains(where: \.isWhitespace) {
            errors.append(.fieldNamed("\"%field\" can not contain whitespaces.", "source_code"))
        }
        if (source.name ?? "").isBlank { errors.append(.notEmpty("name")) }
        if (source.countryId ?? "").isBlank { errors.append(.notEmpty("country_id")) }
        if (source.postcode ?? "").isBlank { errors.append(.notEmpty("postcode")) }
        try throwIfAny(errors)
    }

    public static func validate(_ stock: InventoryStock) throws {
        try throwIfAny((stock.name ?? "").isBlank ? [.notEmpty("name")] : [])
    }

    public static func validate(_ links: [StockSourceLink]) throws {
        try requireInput(links)
        var errors: [CommerceError] = []
        for link in links {
            if link.stockId == nil { errors.append(.notEmpty("stock_id")) }
            if (link.sourceCode ?? "").isEmpty { errors.append(.notEmpty("source_code")) }
            if link.priority == nil { errors.append(.notEmpty("priority")) }
        }
        try throwIfAny(errors)
    }

    public static func validate(_ items: [SourceItem]) throws {
        try requireInput(items)
        var errors: [CommerceError] = []
        for item in items {
            if (item.sku ?? "").isBlank { errors.append(.notEmpty("sku")) }
            if (item.sourceCode ?? "").isEmpty { errors.append(.notEmpty("source_code")) }
            if let status = item.status, status != 0, status != 1 {
                errors.append(.fieldNamed("\"%field\" should be numeric.", "status"))
            }
        }
        try throwIfAny(errors)
    }

    /// MSI refuses an empty list outright, before looking at any item.
    static func requireInput<T>(_ list: [T]) throws {
        if list.isEmpty { throw CommerceError.invalidInput(message: "Input data is empty") }
    }

    static func throwIfAny(_ errors: [CommerceError]) throws {
        if !errors.isEmpty { throw CommerceError.validationFailed(errors) }
    }
}

extension CommerceError {
    /// MSI's `"%field" can not be empty.`
    static func notEmpty(_ field: String) -> CommerceError {
        fieldNamed("\"%field\" can not be empty.", field)
    }

    static func fieldNamed(_ message: String, _ field: String) -> CommerceError {
        .invalidInputNamed(message: message, parameters: ["field": field])
    }
}

extension String {
    /// Empty or only white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
