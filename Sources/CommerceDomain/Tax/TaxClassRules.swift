import MagentoWire

/// What Magento's tax class repository checks before it saves a class.
public enum TaxClassRules {
    public static let productType = "PRODUCT"
    public static let customerType = "CUSTOMER"

    /// Name and type are required; the type is `PRODUCT` or `CUSTOMER`, exactly.
    public static func validate(_ taxClass: TaxClass) throws {
        var errors: [CommerceError] = []
        if (taxClass.className ?? "").trimmingWhitespace.isEmpty {
            errors.append(RepositoryInputErrors.required("class_name"))
        }
        let type = taxClass.classType ?? ""
        if type.trimmingWhitespace.isEmpty {
            errors.append(RepositoryInputErrors.required("class_type"))
        } else if type != productType && type != customerType {
            errors.append(RepositoryInputErrors.invalidValue("class_type", type))
        }
        try RepositoryInputErrors.throwIfAny(errors)
    }

    /// A saved class keeps its type.
    public static func checkTypeUnchanged(stored: TaxClass, update: TaxClass) throws {
        if stored.classType != update.classType {
            throw CommerceError.invalidInput(message: "Updating classType is not allowed.")
        }
    }

    public static func duplicateName(type: String) -> CommerceError {
        .invalidInput(message: "A class with the same name already exists for ClassType %1.", parameters: [type])
    }

    public static func noSuchClass(_ id: Int) -> CommerceError {
        .noSuchEntity(field: "class_id", value: String(id))
    }

    public static let usedByRules = CommerceError.invalidInput(
        message: "You cannot delete this tax class because it is used in Tax Rules. You have to remove the rules it is used in first."
    )
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
