import Foundation
import MagentoWire

/// Evaluates a rule's condition tree against a cart (the rule's `condition`) or one line (its
/// `action_condition`). An empty or missing tree is true, as in Magento.
enum ConditionEvaluator {
    static func cartMatches(_ node: SalesRuleCondition?, _ cart: CartSnapshot) -> Bool {
        guard let node else { return true }
        let kind = node.conditionType ?? ""
        if kind.hasSuffix("Product\\Found") {
            let found = cart.items.contains { combine(node) { itemMatches($0, $1) } ($0) }
            return found == expectsTrue(node)
        }
        if kind.hasSuffix("Product\\Subselect") {
            let matching = cart.items.filter { combine(node) { itemMatches($0, $1) } ($0) }
            let total = node.attributeName == "base_row_total"
                ? matching.reduce(Decimal(0)) { $0 + $1.rowTotal }
                : matching.reduce(Decimal(0)) { $0 + $1.qty }
            return compare(number: total, node.operator, node.value)
        }
        if kind.hasSuffix("Combine") {
            return combine(node) { child, cart in cartMatches(child, cart) } (cart)
        }
        if kind.hasSuffix("Condition\\Address") {
            switch node.attributeName {
            case "base_subtotal", "base_subtotal_with_discount", "base_subtotal_total_incl_tax":
                return compare(number: cart.subtotal, node.operator, node.value)
            case "total_qty": return compare(number: cart.totalQty, node.operator, node.value)
            default: return false
            }
        }
        // A product condition at cart level holds when some line satisfies it.
        if kind.hasSuffix("Condition\\Product") {
            return cart.items.contains { itemMatches(node, $0) }
        }
        return false
    }

    /// The action tree: which lines a qualifying rule discounts.
    static func itemMatches(_ node: SalesRuleCondition?, _ item: CartLine) -> Bool {
        guard let node else { return true }
        let kind = node.conditionType ?? ""
        if kind.hasSuffix("Combine") || kind.hasSuffix("Product\\Found") {
            return combine(node) { child, item in itemMatches(child, item) } (item)
        }
        switch node.attributeName {
        case "sku": return compare(texts: [item.sku], node.operator, node.value)
        case "category_ids": return compare(texts: item.categoryIds.map(String.init), node.operator, node.value)
        case "quote_item_qty": return compare(number: item.qty, node.operator, node.value)
        case "quote_item_price": return compare(number: item.price, node.operator, node.value)
        case "quote_item_row_total": return compare(number: item.rowTotal, node.operator, node.value)
        default: return false
        }
    }

    /// `all` needs every child to equal the node's expectation, `any` one of them; no children is true.
    private static func combine<Subject>(
        _ node: SalesRuleCondition, _ test: @escaping (SalesRuleCondition, Subject) -> Bool
    ) -> (Subject) -> Bool {
        { subject in
            let children = node.conditions ?? []
            guard !children.isEmpty else { return true }
            let expected = expectsTrue(node)
            return node.aggregatorType == "any"
                ? children.contains { test($0, subject) == expected }
                : children.allSatisfy { test($0, subject) == expected }
        }
    }

    private static func expectsTrue(_ node: SalesRuleCondition) -> Bool {
        node.value != "0" && node.value != "false"
    }

    static func compare(number: Decimal, _ op: String?, _ value: String?) -> Bool {
        guard let target = ExactDecimalText.parse(value ?? "") else { return false }
        switch op ?? "==" {
        case "==": return number == target
        case "!=": return number != target
        case ">=": return number >= target
        case "<=": return number <= target
        case ">": return number > target
        case "<": return number < target
        default: return false
        }
    }

    /// Text and multi-value operators; values are comma-separated lists where a list is meant.
    static func compare(texts: [String], _ op: String?, _ value: String?) -> Bool {
        let wanted = (value ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let have = texts.map { $0.lowercased() }
        let single = (value ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        switch op ?? "==" {
        case "==": return have.contains(single) || (have.count > 1 && wanted.allSatisfy(have.contains))
        case "!=": return !have.contains(single)
        case "()": return have.contains { wanted.contains($0) }
        case "!()": return !have.contains { wanted.contains($0) }
        case "{}": return have.contains { $0.contains(single) }
        case "!{}": return !have.contains { $0.contains(single) }
        default: return false
        }
    }
}

/// Strict decimal text for condition values (`100`, `99.5`).
enum ExactDecimalText {
    static func parse(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }
}
