import Foundation
import MagentoWire

/// Magento's checks on a customer before it is saved, with Magento's own messages: the EAV
/// validator's rendered `"First Name" is a required value.` for the account, and the address
/// validator's `"%fieldName" is required. Enter and try again.` for each address.
public enum CustomerRules {
    public static let duplicateEmail = CommerceError.invalidInput(
        message: "A customer with the same email address already exists in an associated website."
    )

    /// Every problem with the account fields, as Magento's validator lists them.
    public static func accountProblems(_ customer: Customer) -> [String] {
        var problems: [String] = []
        if isBlank(customer.firstname) { problems.append("\"First Name\" is a required value.") }
        if isBlank(customer.lastname) { problems.append("\"Last Name\" is a required value.") }
        if let email = customer.email, !isBlank(email), !isEmail(email) {
            problems.append("\"Email\" is not a valid email address.")
        }
        if let gender = customer.gender, !(0...3).contains(gender) {
            problems.append("\"Gender\" is not a valid value.")
        }
        return problems
    }

    /// Throws the first problems as Magento does: a missing email first, then the validator's list.
    public static func validateAccount(_ customer: Customer) throws {
        if isBlank(customer.email) {
            throw CommerceError.invalidInput(message: "The customer email is missing. Enter and try again.")
        }
        let problems = accountProblems(customer)
        switch problems.count {
        case 0: return
        case 1: throw CommerceError.invalidInput(message: problems[0])
        default: throw CommerceError.multipleInputErrors(problems.map { CommerceError.invalidInput(message: $0) })
        }
    }

    /// Checks an address and fills its `region` object and `region_id` from the directory.
    public static func normalizedAddress(_ input: CustomerAddress, directory: CountryDirectory = .shared) throws -> CustomerAddress {
        var address = input
        var errors: [CommerceError] = []
        for (field, value) in [
            ("firstname", address.firstname), ("lastname", address.lastname),
            ("street", address.street?.joined()), ("city", address.city),
            ("telephone", address.telephone), ("postcode", address.postcode), ("countryId", address.countryId),
        ] where isBlank(value) {
            errors.append(.required(field))
        }
        if let countryId = address.countryId, !isBlank(countryId) {
            if let country = directory.country(id: countryId, locale: "en_US") {
                address.countryId = country.id
                if let problem = normalizeRegion(&address, regions: country.regions) { errors.append(problem) }
            } else {
                errors.append(.invalidInputNamed(
                    message: "Invalid value of \"%value\" provided for the %fieldName field.",
                    parameters: ["fieldName": "countryId", "value": countryId]
                ))
            }
        }
        switch errors.count {
        case 0: return address
        case 1: throw errors[0]
        default: throw CommerceError.multipleInputErrors(errors)
        }
    }

    /// A country with listed regions needs one of them (by id, or by code or name in `region`);
    /// elsewhere the region is free text.
    static func normalizeRegion(_ address: inout CustomerAddress, regions: [Region]) -> CommerceError? {
        let requestedId = address.regionId ?? address.region?.regionId
        guard !regions.isEmpty else {
            address.regionId = 0
            address.region = CustomerRegion(regionCode: address.region?.regionCode, region: address.region?.region, regionId: 0)
            return nil
        }
        let match: Region?
        if let requestedId, requestedId != 0 {
            match = regions.first { $0.id == requestedId }
            if match == nil {
                return .invalidInputNamed(
                    message: "Invalid value of \"%value\" provided for the %fieldName field.",
                    parameters: ["fieldName": "regionId", "value": String(requestedId)]
                )
            }
        } else {
            let text = (address.region?.regionCode ?? address.region?.region ?? "").lowercased()
            match = regions.first { !text.isEmpty && ($0.code.lowercased() == text || $0.name.lowercased() == text) }
        }
        guard let match else { return .required("regionId") }
        address.regionId = match.id
        address.region = CustomerRegion(regionCode: match.code, region: match.name, regionId: match.id)
        return nil
    }

    static func isBlank(_ value: String?) -> Bool {
        (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// A pragmatic address check: one `@`, a non-empty local part, and a dotted domain without spaces.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
