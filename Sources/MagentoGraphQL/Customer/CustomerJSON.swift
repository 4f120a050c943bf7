import CommerceDomain
import Foundation
import MagentoWire

/// `Customer` and `CustomerAddress` as JSON trees, and the inputs that change them.
enum CustomerJSON {
    static func customer(_ customer: Customer) -> JSONValue {
        let text = LoadedCart.text
        let subscribed = customer.extensionAttributes?["is_subscribed"]?.boolValue ?? false
        let assistance = customer.extensionAttributes?["assistance_allowed"]?.numberText == "2"
        return .object(JSONObject([
            ("__customer_id", .number(String(customer.id ?? 0))),
            ("id", customer.id.map { .number(String($0)) } ?? .null),
            ("group_id", customer.groupId.map { .number(String($0)) } ?? .null),
            ("created_at", text(customer.createdAt)),
            ("prefix", text(customer.prefix)), ("firstname", text(customer.firstname)),
            ("middlename", text(customer.middlename)), ("lastname", text(customer.lastname)),
            ("suffix", text(customer.suffix)), ("email", text(customer.email)),
            ("default_billing", text(customer.defaultBilling)), ("default_shipping", text(customer.defaultShipping)),
            ("dob", text(customer.dob)), ("date_of_birth", text(customer.dob)),
            ("taxvat", text(customer.taxvat)),
            ("gender", customer.gender.map { .number(String($0)) } ?? .null),
            ("is_subscribed", .bool(subscribed)),
            ("allow_remote_shopping_assistance", .bool(assistance)),
            ("confirmation_status", .string(customer.confirmation == nil ? "ACCOUNT_CONFIRMATION_NOT_REQUIRED" : "ACCOUNT_CONFIRMED")),
            ("addresses", .array((customer.addresses ?? []).map { address($0, of: customer) })),
        ]))
    }

    static func address(_ address: CustomerAddress, of customer: Customer) -> JSONValue {
        let text = LoadedCart.text
        let id = address.id.map(String.init)
        return .object(JSONObject([
            ("id", address.id.map { .number(String($0)) } ?? .null),
            ("customer_id", address.customerId.map { .number(String($0)) } ?? .null),
            ("region", [
                "region_code": text(address.region?.regionCode), "region": text(address.region?.region),
                "region_id": (address.region?.regionId ?? address.regionId).map { .number(String($0)) } ?? .null,
            ]),
            ("region_id", (address.regionId ?? address.region?.regionId).map { .number(String($0)) } ?? .null),
            ("country_id", text(address.countryId)), ("country_code", text(address.countryId)),
            ("street", .array((address.street ?? []).map(JSONValue.string))),
            ("company", text(address.company)), ("telephone", text(address.telephone)), ("fax", text(address.fax)),
            ("postcode", text(address.postcode)), ("city", text(address.city)),
            ("firstname", text(address.firstname)), ("lastname", text(address.lastname)),
            ("middlename", text(address.middlename)), ("prefix", text(address.prefix)), ("suffix", text(address.suffix)),
            ("vat_id", text(address.vatId)),
            ("default_shipping", .bool(address.defaultShipping ?? (id != nil && id == customer.defaultShipping))),
            ("default_billing", .bool(address.defaultBilling ?? (id != nil && id == customer.defaultBilling))),
        ]))
    }

    /// Applies the sent members of `CustomerInput` / `CustomerCreateInput` / `CustomerUpdateInput`.
    static func apply(_ input: JSONObject, to customer: inout Customer) {
        let string = { (key: String) in CartInput.string(input[key]) }
        if let value = string("firstname") { customer.firstname = value }
        if let value = string("lastname") { customer.lastname = value }
        if let value = string("middlename") { customer.middlename = value }
        if let value = string("prefix") { customer.prefix = value }
        if let value = string("suffix") { customer.suffix = value }
        if let value = string("taxvat") { customer.taxvat = value }
        if let value = string("date_of_birth") ?? string("dob") { customer.dob = value }
        if let value = CartInput.int(input["gender"]) { customer.gender = value }
        if let value = CartInput.bool(input["is_subscribed"]) {
            var extensions = customer.extensionAttributes ?? JSONObject()
            extensions["is_subscribed"] = .bool(value)
            customer.extensionAttributes = extensions
        }
    }

    /// Applies the sent members of `CustomerAddressInput`.
    static func apply(_ input: JSONObject, to address: inout CustomerAddress) {
        let string = { (key: String) in CartInput.string(input[key]) }
        if let value = string("firstname") { address.firstname = value }
        if let value = string("lastname") { address.lastname = value }
        if let value = string("middlename") { address.middlename = value }
        if let value = string("prefix") { address.prefix = value }
        if let value = string("suffix") { address.suffix = value }
        if let value = string("company") { address.company = value }
        if let value = string("telephone") { address.telephone = value }
        if let value = string("fax") { address.fax = value }
        if let value = string("postcode") { address.postcode = value }
        if let value = string("city") { address.city = value }
        if let value = string("vat_id") { address.vatId = value }
        if input["street"] != nil { address.street = CartInput.strings(input["street"]) }
        if let value = string("country_code") ?? string("country_id") { address.countryId = value.uppercased() }
        if let value = CartInput.bool(input["default_shipping"]) { address.defaultShipping = value }
        if let value = CartInput.bool(input["default_billing"]) { address.defaultBilling = value }
        if let region = input["region"]?.objectValue {
            var value = CustomerRegion()
            value.regionCode = CartInput.string(region["region_code"])
            value.region = CartInput.string(region["region"])
            value.regionId = CartInput.int(region["region_id"])
            address.region = value
            address.regionId = value.regionId
        }
    }
}
