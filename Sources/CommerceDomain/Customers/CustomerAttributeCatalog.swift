import MagentoWire

/// The customer and address attributes Magpie stores, described as Magento's metadata services
/// describe them: what is required matches what `CustomerRules` checks, and each attribute lists
/// the forms Magento's install data puts it in. There are no user-defined customer attributes, so
/// the "custom" lists are empty.
public enum CustomerAttributeCatalog {
    public struct Entry: Sendable {
        public var metadata: CustomerAttributeMetadata
        public var forms: Set<String>
    }

    public enum Entity: String, Sendable {
        case customer
        case address = "customer_address"
    }

    static let accountForms: Set<String> = ["adminhtml_customer", "customer_account_create", "customer_account_edit", "checkout_register", "adminhtml_checkout"]
    static let adminForms: Set<String> = ["adminhtml_customer"]
    static let addressForms: Set<String> = ["adminhtml_customer_address", "customer_address_edit", "customer_register_address"]
    static let name = [CustomerAttributeMetadata.ValidationRule(name: "max_text_length", value: "255"), .init(name: "min_text_length", value: "1")]

    public static let customer: [Entry] = [
        entry("website_id", "select", "Associate to Website", "static", 10, required: true, forms: adminForms, inGrid: true),
        entry("created_in", "text", "Account Created in", "static", 20, visible: false, forms: adminForms),
        entry("group_id", "select", "Group", "static", 25, required: true, forms: adminForms, inGrid: true),
        entry("disable_auto_group_change", "boolean", "Disable Automatic Group Change Based on VAT ID", "static", 28, forms: adminForms),
        entry("prefix", "text", "Name Prefix", "static", 30, visible: false, forms: accountForms),
        entry("firstname", "text", "First Name", "static", 40, required: true, rules: name, forms: accountForms, frontendClass: " required-entry", inGrid: true),
        entry("middlename", "text", "Middle Name/Initial", "static", 50, visible: false, forms: accountForms),
        entry("lastname", "text", "Last Name", "static", 60, required: true, rules: name, forms: accountForms, frontendClass: " required-entry", inGrid: true),
        entry("suffix", "text", "Name Suffix", "static", 70, visible: false, forms: accountForms),
        entry("email", "text", "Email", "static", 80, required: true, rules: [.init(name: "input_validation", value: "email")],
              forms: accountForms, frontendClass: " required-entry", inGrid: true),
        entry("default_billing", "text", "Default Billing Address", "static", 82, visible: false, forms: []),
        entry("default_shipping", "text", "Default Shipping Address", "static", 83, visible: false, forms: []),
        entry("created_at", "date", "Created At", "static", 86, visible: false, forms: [], inGrid: true),
        entry("dob", "date", "Date of Birth", "static", 90, visible: false, inputFilter: "date",
              rules: [.init(name: "input_validation", value: "date")], forms: accountForms, inGrid: true),
        entry("taxvat", "text", "Tax/VAT Number", "static", 100, visible: false, forms: accountForms, inGrid: true),
        entry("gender", "select", "Gender", "static", 110, visible: false, options: [
            .init(label: " ", value: ""), .init(label: "Male", value: "1"), .init(label: "Female", value: "2"), .init(label: "Not Specified", value: "3"),
        ], forms: accountForms, inGrid: true),
    ]

    public static let address: [Entry] = [
        entry("prefix", "text", "Name Prefix", "static", 10, visible: false, forms: addressForms),
        entry("firstname", "text", "First Name", "static", 20, required: true, rules: name, forms: addressForms, frontendClass: " required-entry"),
        entry("middlename", "text", "Middle Name/Initial", "static", 30, visible: false, forms: addressForms),
        entry("lastname", "text", "Last Name", "static", 40, required: true, rules: name, forms: addressForms, frontendClass: " required-entry"),
        entry("suffix", "text", "Name Suffix", "static", 50, visible: false, forms: addressForms),
        entry("company", "text", "Company", "static", 60, forms: addressForms),
        entry("street", "multiline", "Street Address", "static", 70, required: true, multiline: 2, forms: addressForms, frontendClass: " required-entry"),
        entry("city", "text", "City", "static", 80, required: true, forms: addressForms, frontendClass: " required-entry"),
        entry("country_id", "select", "Country", "static", 90, required: true, forms: addressForms),
        entry("region", "text", "State/Province", "static", 100, forms: addressForms),
        entry("region_id", "hidden", "State/Province", "static", 100, forms: addressForms),
        entry("postcode", "text", "Zip/Postal Code", "static", 110, required: true, forms: addressForms),
        entry("telephone", "text", "Phone Number", "static", 120, required: true, forms: addressForms, frontendClass: " required-entry"),
        entry("fax", "text", "Fax", "static", 130, visible: false, forms: addressForms),
        entry("vat_id", "text", "VAT Number", "static", 140, visible: false, forms: addressForms),
    ]

    public static func entries(_ entity: Entity) -> [Entry] {
        entity == .customer ? customer : address
    }

    private static func entry(
        _ code: String, _ input: String, _ label: String, _ backend: String, _ sortOrder: Int,
        required: Bool = false, visible: Bool = true, inputFilter: String = "", rules: [CustomerAttributeMetadata.ValidationRule] = [],
        multiline: Int = 0, options: [CustomerAttributeMetadata.Option] = [], forms: Set<String>, frontendClass: String = "", inGrid: Bool = false
    ) -> Entry {
        Entry(metadata: CustomerAttributeMetadata(
            attributeCode: code, frontendInput: input, label: label, backendType: backend, sortOrder: sortOrder, required: required,
            visible: visible, inputFilter: inputFilter, validationRules: rules, multilineCount: multiline, options: options,
            frontendClass: frontendClass, inGrid: inGrid
        ), forms: forms)
    }
}
