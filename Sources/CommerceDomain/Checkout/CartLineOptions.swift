import Foundation
import MagentoWire

/// What a cart line chose, for adapters that show a line's options their own way (GraphQL's
/// `customizable_options` and `configurable_options`): the same readings pricing uses.
public enum CartLineOptions {
    /// Customizable option id → the value sent (value ids comma-separated for selects).
    public static func custom(_ productOption: JSONValue?) -> [Int: String] {
        CustomOptionSelection.choices(productOption)
    }

    /// Configurable attribute id → the chosen value index.
    public static func configurable(_ productOption: JSONValue?) -> [Int: String] {
        ConfigurableSelection.choices(productOption)
    }

    /// The value ids of a select option's value; empty for a text value.
    public static func valueIds(_ value: String) -> [Int] {
        CustomOptionSelection.valueIds(value)
    }

    /// Whether the option's value is one or more of its value ids (drop-down, radio, checkbox, multiple).
    public static func isSelect(_ option: ProductCustomOption) -> Bool {
        CustomOptionSelection.selectTypes.contains(option.type ?? "")
    }

    /// A product's attribute value as text (`color` → `"53"`).
    public static func attribute(_ code: String, of product: Product?) -> String? {
        CartLineFacts.attribute(code, of: product)
    }
}
