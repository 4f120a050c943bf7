import MagentoWire

/// What Magento's tax rule validator checks before a rule is saved. Class and rate lookups are
/// the caller's: it passes the ids that exist.
public enum TaxRuleRules {
    public static func validate(
        _ rule: TaxRule, customerClassIds: Set<Int>, productClassIds: Set<Int>, rateIds: Set<Int>
    ) throws {
        var errors: [CommerceError] = []
        errors += nonNegative("position", rule.position)
        errors += nonNegative("priority", rule.priority)
        if (rule.code ?? "").trimmingWhitespace.isEmpty {
            errors.append(RepositoryInputErrors.required("code"))
        }
        errors += classErrors("customer_tax_class_ids", rule.customerTaxClassIds, known: customerClassIds)
        errors += classErrors("product_tax_class_ids", rule.productTaxClassIds, known: productClassIds)
        if (rule.taxRateIds ?? []).isEmpty {
            errors.append(RepositoryInputErrors.required("tax_rate_ids"))
        } else {
            for id in rule.taxRateIds ?? [] where !rateIds.contains(id) {
                errors.append(.invalidInputNamed(
                    message: "No such entity with %fieldName = %fieldValue",
                    parameters: ["fieldName": "taxRateId", "fieldValue": String(id)]
                ))
            }
        }
        try RepositoryInputErrors.throwIfAny(errors)
    }

    private static func nonNegative(_ field: String, _ value: Int?) -> [CommerceError] {
        guard let value else { return [RepositoryInputErrors.required(field)] }
        guard value >= 0 else {
            return [.invalidInputNamed(
                message: "The %fieldName value of \"%value\" must be greater than or equal to %minValue.",
                parameters: ["fieldName": field, "value": String(value), "minValue": "0"]
            )]
        }
        return []
    }

    /// A class id that does not exist, or is of the other type, is reported as missing.
    private static func classErrors(_ field: String, _ ids: [Int]?, known: Set<Int>) -> [CommerceError] {
        guard let ids, !ids.isEmpty else { return [RepositoryInputErrors.required(field)] }
        return ids.filter { !known.contains($0) }.map {
            .invalidInputNamed(
                message: "No such entity with %fieldName = %fieldValue",
                parameters: ["fieldName": field, "fieldValue": String($0)]
            )
        }
    }

    public static func noSuchRule(_ id: Int) -> CommerceError {
        .noSuchEntity(field: "taxRuleId", value: String(id))
    }

    public static let duplicateCode = CommerceError.alreadyExists(message: "%1 already exists.", parameters: ["Code"])
}
