import Foundation
import MagentoWire

/// One child a bundle line carries: the option and selection chosen, and how many of the child
/// go into one bundle.
public struct BundleChoice: Sendable, Equatable {
    public var option: BundleOption
    public var link: BundleLink
    public var qty: Decimal
}

/// What a bundle cart line chose
/// (`product_option.extension_attributes.bundle_options[{option_id, option_qty, option_selections}]`).
public enum BundleSelection {
    public static let specifyOptions = CommerceError.invalidInput(message: "Please specify product option(s).")
    public static let requiredMissing = CommerceError.invalidInput(message: "Please select all required options.")
    public static let unavailable = CommerceError.invalidInput(message: "The required options you selected are not available.")

    public struct Request: Sendable, Equatable {
        public var optionId: Int
        public var qty: Decimal?
        public var selectionIds: [Int]

        public init(optionId: Int, qty: Decimal?, selectionIds: [Int]) {
            self.optionId = optionId
            self.qty = qty
            self.selectionIds = selectionIds
        }
    }

    /// The sent `bundle_options`, in the order sent; entries without selections are dropped.
    public static func requests(_ productOption: JSONValue?) -> [Request] {
        guard let entries = productOption?.objectValue?["extension_attributes"]?.objectValue?["bundle_options"]?.arrayValue else { return [] }
        return entries.compactMap { entry in
            guard let object = entry.objectValue, let id = object["option_id"].flatMap(integer) else { return nil }
            let selections = (object["option_selections"]?.arrayValue ?? []).compactMap(integer)
            guard !selections.isEmpty else { return nil }
            let qty = object["option_qty"].flatMap { $0.numberText ?? $0.stringValue }.flatMap { Decimal(string: $0) }
            return Request(optionId: id, qty: qty, selectionIds: selections)
        }
    }

    /// The `product_option` a line keeps: every option chosen, with `option_qty` (1 unless sent),
    /// as Magento's cart item answers it; the other entries of `sent` (customizable options) stay.
    public static func normalized(_ requests: [Request], keeping sent: JSONValue? = nil) -> JSONValue {
        let entries: [JSONValue] = requests.map { request in
            .object(JSONObject([
                ("option_id", .number(String(request.optionId))),
                ("option_qty", .number("\(request.qty ?? 1)")),
                ("option_selections", .array(request.selectionIds.map { .number(String($0)) })),
            ]))
        }
        var extensions = sent?.objectValue?["extension_attributes"]?.objectValue ?? JSONObject()
        extensions["bundle_options"] = .array(entries)
        return .object(JSONObject([("extension_attributes", .object(extensions))]))
    }

    /// The children the requests pick from `bundle`: every selection must be one of its
    /// option's, every required option chosen. A select or radio option's quantity is the sent
    /// `option_qty` when the selection lets the buyer change it, else the selection's default.
    public static func choices(of bundle: Product, _ requests: [Request]) throws -> [BundleChoice] {
        guard !requests.isEmpty else { throw specifyOptions }
        let options = bundle.extensionAttributes?.bundleProductOptions ?? []
        var result: [BundleChoice] = []
        for request in requests {
            guard let option = options.first(where: { $0.optionId == request.optionId }) else { throw unavailable }
            let single = ["select", "radio"].contains(option.type ?? "select")
            if single, request.selectionIds.count > 1 { throw unavailable }
            for selectionId in request.selectionIds {
                guard let link = option.productLinks?.first(where: { $0.id == String(selectionId) }) else { throw unavailable }
                let changeable = single && link.canChangeQuantity == 1
                let qty = (changeable ? request.qty : nil) ?? link.qty ?? 1
                result.append(BundleChoice(option: option, link: link, qty: qty))
            }
        }
        for option in options where option.required == true && !result.contains(where: { $0.option.optionId == option.optionId }) {
            throw requiredMissing
        }
        return result
    }

    /// The SKU Magento shows for a bundle line (see `BundleRules.lineSku`).
    public static func lineSku(of line: QuoteItem, bundle: Product) -> String {
        let options = bundle.extensionAttributes?.bundleProductOptions ?? []
        func rank(_ choice: BundleChoice) -> (Int, Int) {
            guard let optionIndex = options.firstIndex(where: { $0.optionId == choice.option.optionId }) else { return (0, 0) }
            return (optionIndex, options[optionIndex].productLinks?.firstIndex { $0.id == choice.link.id } ?? 0)
        }
        let chosen = choices(of: line, bundle: bundle).sorted { rank($0) < rank($1) }
        return BundleRules.lineSku(bundle, childSkus: chosen.compactMap(\.link.sku))
    }

    /// The line's choices against its bundle; empty when the line is not a bundle's or no
    /// longer matches it (pricing then falls back to the bundle's own price).
    public static func choices(of line: QuoteItem, bundle: Product?) -> [BundleChoice] {
        guard let bundle, bundle.typeId == "bundle" else { return [] }
        return (try? choices(of: bundle, requests(line.productOption))) ?? []
    }

    private static func integer(_ value: JSONValue) -> Int? {
        (value.numberText ?? value.stringValue).flatMap { Int($0) }
    }
}
