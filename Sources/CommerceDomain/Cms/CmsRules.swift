import MagentoWire

/// What Magento's CMS repositories check before a page or block is saved, and their errors.
public enum CmsRules {
    /// Lower-case letters, digits, `_`, `/` and `-`, at least two characters, and an optional
    /// `.suffix`; a key of digits only is refused separately.
    public static func validatePage(_ page: CmsPage) throws {
        let key = page.identifier ?? ""
        if !isValidURLKey(key) {
            throw pageNotSaved("The page URL key can't use capital letters or disallowed symbols. Remove the letters and symbols and try again.")
        }
        if key.allSatisfy(\.isASCIIDigit) {
            throw pageNotSaved("The page URL key can't use only numbers. Add letters or words and try again.")
        }
    }

    public static func validateBlock(_ block: CmsBlock) throws {
        var errors: [CommerceError] = []
        if (block.identifier ?? "").trimmingWhitespace.isEmpty { errors.append(RepositoryInputErrors.required("identifier")) }
        if (block.title ?? "").trimmingWhitespace.isEmpty { errors.append(RepositoryInputErrors.required("title")) }
        try RepositoryInputErrors.throwIfAny(errors)
    }

    static func isValidURLKey(_ key: String) -> Bool {
        let parts = key.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let stem = parts.first, stem.count >= 2, let first = stem.first,
              first.isLowercaseASCIIOrDigit,
              stem.allSatisfy({ $0.isLowercaseASCIIOrDigit || "_/-".contains($0) })
        else { return false }
        guard parts.count == 2 else { return true }
        let suffix = parts[1]
        return !suffix.isEmpty && suffix.allSatisfy { $0.isLowercaseASCIIOrDigit || "_-".contains($0) }
    }

    /// Two records clash when they share an identifier and a store view, "every view" (0)
    /// sharing with all.
    public static func storesOverlap(_ a: [Int], _ b: [Int]) -> Bool {
        a.contains(0) || b.contains(0) || !Set(a).isDisjoint(with: b)
    }

    /// The page repository wraps every save failure, rendering the cause into the parameter.
    public static func pageNotSaved(_ reason: String) -> CommerceError {
        .invalidInput(message: "Could not save the page: %1", parameters: [reason])
    }

    public static let duplicatePage = pageNotSaved("A page URL key for specified store already exists.")
    public static let duplicateBlock = CommerceError.invalidInput(
        message: "A block identifier with the same properties already exists in the selected store."
    )

    public static func noSuchPage(_ id: Int) -> CommerceError {
        .notFound(message: "The CMS page with the \"%1\" ID doesn't exist.", parameters: [String(id)])
    }

    public static func noSuchBlock(_ id: Int) -> CommerceError {
        .notFound(message: "The CMS block with the \"%1\" ID doesn't exist.", parameters: [String(id)])
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    fileprivate var isLowercaseASCIIOrDigit: Bool { ("a"..."z").contains(self) || isASCIIDigit }
}
