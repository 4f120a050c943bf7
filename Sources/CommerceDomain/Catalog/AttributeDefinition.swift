import MagentoWire

/// What the product engine needs to know about one product attribute: where its value lives,
/// how it compares, and at which scope a store-view write lands.
public struct AttributeDefinition: Sendable, Equatable {
    public enum Scope: String, Sendable {
        case global, website, store
    }

    public var id: Int
    public var code: String
    public var frontendInput: String
    /// `static`, `varchar`, `int`, `decimal`, `datetime`, `text`.
    public var backendType: String
    public var scope: Scope
    public var isRequired: Bool
    public var isUnique: Bool

    public init(
        id: Int, code: String, frontendInput: String, backendType: String, scope: Scope,
        isRequired: Bool = false, isUnique: Bool = false
    ) {
        self.id = id
        self.code = code
        self.frontendInput = frontendInput
        self.backendType = backendType
        self.scope = scope
        self.isRequired = isRequired
        self.isUnique = isUnique
    }

    /// Values a store-view write keeps for that view only (Magento's website and store scopes;
    /// one website per view here, so website scope behaves as store scope).
    public var isScopedPerView: Bool { scope != .global }

    /// Numbers compare as numbers in searchCriteria (`price gt 9` must not be a text comparison).
    public var isNumeric: Bool { backendType == "decimal" || (backendType == "int" && frontendInput != "select" && frontendInput != "boolean") }

    /// Attribute codes Magento accepts: a letter, then letters, digits and underscores, at most 60.
    public static func isValidCode(_ code: String) -> Bool {
        guard let first = code.first, first.isASCII, first.isLetter, code.count <= 60 else { return false }
        return code.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }
}
