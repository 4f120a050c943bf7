import CommerceDomain
import Foundation
import MagentoWire

/// One line a storefront adds (`CartItemInput`, or the `data` and options of the older
/// per-type inputs), turned into the REST cart item the checkout service adds.
struct CartLineInput: Sendable, Equatable {
    var sku: String
    var quantity: Decimal
    var parentSku: String?
    var selectedOptions: [String] = []
    var enteredOptions: [(uid: String, value: String)] = []

    static func == (lhs: CartLineInput, rhs: CartLineInput) -> Bool {
        lhs.sku == rhs.sku && lhs.quantity == rhs.quantity && lhs.parentSku == rhs.parentSku
            && lhs.selectedOptions == rhs.selectedOptions && lhs.enteredOptions.map(\.uid) == rhs.enteredOptions.map(\.uid)
            && lhs.enteredOptions.map(\.value) == rhs.enteredOptions.map(\.value)
    }

    /// The REST cart item: configurable choices become `configurable_item_options`, bundle
    /// selections `bundle_options` (one entry per option, the first uid's quantity as its
    /// `option_qty`), customizable ones `custom_options` (several values of one option joined by commas, as REST takes them).
    /// A variant named with its parent (`parent_sku`) is added as the parent with the options
    /// that pick it. An option uid we cannot read is Magento's NOT_SALABLE refusal.
    func cartItem(checkout: CheckoutService, storeId: Int) async throws -> CartItem {
        var configurable: [(Int, String)] = []
        var custom: [(Int, [String])] = []
        var bundle: [BundleSelection.Request] = []
        func addCustom(_ option: Int, _ value: String) {
            if let index = custom.firstIndex(where: { $0.0 == option }) { custom[index].1.append(value) } else { custom.append((option, [value])) }
        }
        for uid in selectedOptions {
            switch CartUID.choice(uid) {
            case .configurable(let attribute, let value)?: configurable.append((attribute, value))
            case .customOption(let option, let value?)?: addCustom(option, value)
            case .bundle(let option, let selection, let quantity)?:
                if let index = bundle.firstIndex(where: { $0.optionId == option }) {
                    bundle[index].selectionIds.append(selection)
                } else {
                    bundle.append(BundleSelection.Request(optionId: option, qty: quantity, selectionIds: [selection]))
                }
            default: throw CartLineInput.optionsUnavailable
            }
        }
        for entered in enteredOptions {
            guard case .customOption(let option, nil)? = CartUID.choice(entered.uid) else { throw CartLineInput.optionsUnavailable }
            addCustom(option, entered.value)
        }
        var item = CartItem(sku: sku, qty: quantity)
        var extensions: [(String, JSONValue)] = []
        if let parentSku, !parentSku.isEmpty, configurable.isEmpty, parentSku.lowercased() != sku.lowercased() {
            let picked = try await checkout.configurableOption(parentSku: parentSku, childSku: sku, storeId: storeId)
            if let options = picked.objectValue?["extension_attributes"]?.objectValue?["configurable_item_options"] {
                extensions.append(("configurable_item_options", options))
            }
            item.sku = parentSku
        } else if !configurable.isEmpty {
            extensions.append(("configurable_item_options", .array(configurable.map { entry in
                .object(JSONObject([("option_id", .string(String(entry.0))), ("option_value", .string(entry.1))]))
            })))
            if let parentSku, !parentSku.isEmpty { item.sku = parentSku }
        }
        if !bundle.isEmpty, let options = BundleSelection.normalized(bundle).objectValue?["extension_attributes"]?.objectValue?["bundle_options"] {
            extensions.append(("bundle_options", options))
        }
        if !custom.isEmpty {
            extensions.append(("custom_options", .array(custom.map { entry in
                .object(JSONObject([("option_id", .string(String(entry.0))), ("option_value", .string(entry.1.joined(separator: ",")))]))
            })))
        }
        if !extensions.isEmpty {
            item.productOption = .object(JSONObject([("extension_attributes", .object(JSONObject(extensions)))]))
        }
        return item
    }

    /// What Magento answers for options it cannot match to the product.
    static let optionsUnavailable = CommerceError.invalidInput(message: "The required options you selected are not available.")
}
