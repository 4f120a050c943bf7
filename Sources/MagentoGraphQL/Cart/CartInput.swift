import CommerceDomain
import Foundation
import MagentoWire

/// Reading coerced input objects (`JSONValue`s after the executor's coercion).
enum CartInput {
    static func string(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: text
        case .number(let text)?: text
        default: nil
        }
    }

    static func decimal(_ value: JSONValue?) -> Decimal? {
        (value?.numberText ?? value?.stringValue).flatMap { Decimal(string: $0) }
    }

    static func int(_ value: JSONValue?) -> Int? {
        value?.numberText.flatMap { Int($0) }
    }

    static func bool(_ value: JSONValue?) -> Bool? {
        value?.boolValue
    }

    static func objects(_ value: JSONValue?) -> [JSONObject] {
        (value?.arrayValue ?? []).compactMap(\.objectValue)
    }

    static func strings(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap { string($0) }
    }

    /// `CartItemInput` as a line to add.
    static func line(_ data: JSONObject, customizable: [JSONObject] = [], parentSku: String? = nil) -> CartLineInput {
        var line = CartLineInput(
            sku: string(data["sku"]) ?? "", quantity: decimal(data["quantity"]) ?? 0,
            parentSku: parentSku ?? string(data["parent_sku"]),
            selectedOptions: strings(data["selected_options"]),
            enteredOptions: objects(data["entered_options"]).map { (string($0["uid"]) ?? "", string($0["value"]) ?? "") }
        )
        // The older per-type inputs name an option by uid or by its numeric id.
        for option in customizable {
            let uid = string(option["uid"]) ?? int(option["id"]).map { CartUID.encode("custom-option/\($0)") } ?? ""
            line.enteredOptions.append((uid, string(option["value_string"]) ?? ""))
        }
        return line
    }

    /// `BundleProductCartItemInput.bundle_options` (`{id, quantity, value: [selection ids]}`)
    /// as the selection uids `CartItemInput.selected_options` carries.
    static func bundleSelections(_ entry: JSONObject) -> [String] {
        objects(entry["bundle_options"]).flatMap { option -> [String] in
            guard let id = int(option["id"]) else { return [] }
            let quantity = decimal(option["quantity"]) ?? 1
            return strings(option["value"]).map { CartUID.encode("bundle/\(id)/\($0)/\(quantity)") }
        }
    }

    /// `CartAddressInput` as the cart address REST stores.
    static func address(_ input: JSONObject) -> CartAddress {
        var address = CartAddress()
        address.firstname = string(input["firstname"])
        address.lastname = string(input["lastname"])
        address.middlename = string(input["middlename"])
        address.prefix = string(input["prefix"])
        address.suffix = string(input["suffix"])
        address.company = string(input["company"])
        address.street = strings(input["street"])
        address.city = string(input["city"])
        address.postcode = string(input["postcode"])
        address.countryId = string(input["country_code"])?.uppercased()
        address.telephone = string(input["telephone"])
        address.fax = string(input["fax"])
        address.vatId = string(input["vat_id"])
        address.saveInAddressBook = bool(input["save_in_address_book"]) == true ? 1 : 0
        let regionId = int(input["region_id"])
        let region = address.countryId.flatMap { CountryDirectory().country(id: $0, locale: "en_US") }?.regions.first { known in
            known.id == regionId || known.code == string(input["region"]) || known.name == string(input["region"])
        }
        address.regionId = region?.id ?? regionId
        address.regionCode = region?.code ?? string(input["region"])
        address.region = region?.name ?? string(input["region"])
        return address
    }
}
