import Foundation
import MagentoWire

/// Magento's built-in customer groups and the one tax class they share.
public enum CustomerGroups {
    /// The group of guests; it cannot be deleted or renamed.
    public static let notLoggedInId = 0
    /// The default group for new accounts until `PUT /V1/customerGroups/default/:id` sets another.
    public static let defaultId = 1
    /// Where that choice is stored (default scope), as in Magento.
    public static let defaultGroupPath = "customer/create_account/default_group"
    /// Magento's "Retail Customer" customer tax class.
    public static let retailTaxClassId = 3

    /// Groups 0–3 as a new Magento installation seeds them.
    public static let seeded: [CustomerGroup] = [
        CustomerGroup(id: 0, code: "NOT LOGGED IN", taxClassId: retailTaxClassId),
        CustomerGroup(id: 1, code: "General", taxClassId: retailTaxClassId),
        CustomerGroup(id: 2, code: "Wholesale", taxClassId: retailTaxClassId),
        CustomerGroup(id: 3, code: "Retailer", taxClassId: retailTaxClassId),
    ]

    /// The name of a customer tax class, for `tax_class_name`; nil for classes this server does not know.
    public static func taxClassName(_ id: Int) -> String? {
        id == retailTaxClassId ? "Retail Customer" : nil
    }

    /// Group 0 and the default group are in use by Magento itself and cannot be deleted.
    public static func isProtected(_ id: Int, defaultGroupId: Int) -> Bool {
        id == notLoggedInId || id == defaultGroupId
    }

    /// `"%fieldName" is required` for a missing code; codes are at most 32 characters in Magento.
    public static func validate(_ group: CustomerGroup) throws {
        let code = (group.code ?? "").trimmingCharacters(in: .whitespaces)
        if code.isEmpty { throw CommerceError.required("code") }
        if code.count > 32 {
            throw CommerceError.invalidInput(message: "Customer Group code maximum length must be less or equal than %1 characters.", parameters: ["32"])
        }
    }
}
