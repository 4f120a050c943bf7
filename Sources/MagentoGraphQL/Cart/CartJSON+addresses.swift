import CommerceDomain
import Foundation
import MagentoWire

/// The cart's addresses with the shipping methods they are offered and the one chosen.
extension LoadedCart {
    /// `ShippingCartAddress`, nil until an address with a country is set (or for a virtual cart).
    var shippingAddress: JSONValue? {
        guard !priced.isVirtual, let address = quote.details.shippingAddress, address.countryId != nil else { return nil }
        var pairs = addressPairs(address, type: "ShippingCartAddress")
        pairs.append(("available_shipping_methods", .array(priced.shippingRates.map(shippingMethod))))
        pairs.append(("selected_shipping_method", priced.selectedRate.map(selectedMethod) ?? .null))
        pairs.append(("customer_notes", .null))
        pairs.append(("items_weight", CartMoney.number(priced.weight)))
        pairs.append(("same_as_billing", .bool((address.sameAsBilling ?? 0) == 1)))
        pairs.append(("cart_items", .array(quote.items.map { line in
            ["cart_item_id": .number(String(line.itemId)), "quantity": CartMoney.number(line.qty)]
        })))
        return .object(JSONObject(pairs))
    }

    /// `BillingCartAddress`, nil until one with a country is set.
    var billingAddress: JSONValue? {
        guard let address = quote.details.billingAddress, address.countryId != nil else { return nil }
        var pairs = addressPairs(address, type: "BillingCartAddress")
        pairs.append(("customer_notes", .null))
        return .object(JSONObject(pairs))
    }

    private func addressPairs(_ address: CartAddress, type: String) -> [(String, JSONValue)] {
        let country = address.countryId ?? ""
        let countryName = CountryDirectory().country(id: country, locale: locale)?.nameInLocale ?? country
        let region: JSONValue = address.region == nil && address.regionCode == nil && address.regionId == nil ? .null : [
            "code": address.regionCode.map(JSONValue.string) ?? .null,
            "label": address.region.map(JSONValue.string) ?? .null,
            "region_id": address.regionId.map { .number(String($0)) } ?? .null,
        ]
        return [
            ("__typename", .string(type)),
            ("uid", .string(CartUID.encode(String(address.id ?? 0)))),
            ("id", address.id.map { .number(String($0)) } ?? .null),
            ("firstname", .string(address.firstname ?? "")),
            ("lastname", .string(address.lastname ?? "")),
            ("middlename", Self.text(address.middlename)),
            ("prefix", Self.text(address.prefix)),
            ("suffix", Self.text(address.suffix)),
            ("company", Self.text(address.company)),
            ("street", .array((address.street ?? []).map(JSONValue.string))),
            ("city", .string(address.city ?? "")),
            ("region", region),
            ("postcode", Self.text(address.postcode)),
            ("country", ["code": .string(country), "label": .string(countryName)]),
            ("telephone", Self.text(address.telephone)),
            ("vat_id", Self.text(address.vatId)),
            ("fax", Self.text(address.fax)),
            ("customer_address_id", address.customerAddressId.map { .number(String($0)) } ?? .null),
        ]
    }

    static func text(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    func shippingMethod(_ rate: ShippingMethod) -> JSONValue {
        .object(JSONObject([
            ("carrier_code", .string(rate.carrierCode)),
            ("carrier_title", .string(rate.carrierTitle)),
            ("method_code", .string(rate.methodCode)),
            ("method_title", .string(rate.methodTitle)),
            ("error_message", .string(rate.errorMessage)),
            ("amount", money(rate.amount)),
            ("base_amount", money(rate.baseAmount)),
            ("price_excl_tax", money(rate.priceExclTax)),
            ("price_incl_tax", money(rate.priceInclTax)),
            ("available", .bool(rate.available)),
        ]))
    }

    func selectedMethod(_ rate: ShippingMethod) -> JSONValue {
        .object(JSONObject([
            ("carrier_code", .string(rate.carrierCode)),
            ("method_code", .string(rate.methodCode)),
            ("carrier_title", .string(rate.carrierTitle)),
            ("method_title", .string(rate.methodTitle)),
            ("amount", money(rate.amount)),
            ("base_amount", money(rate.baseAmount)),
            ("price_excl_tax", money(rate.priceExclTax)),
            ("price_incl_tax", money(rate.priceInclTax)),
        ]))
    }
}
