import Foundation

/// Magento's `uid`s for cart parts (`EntityUid`'s base64): the line id for lines,
/// `configurable/<attribute id>/<value index>` for a configurable choice and
/// `custom-option/<option id>[/<value id>]` for a customizable option and
/// `bundle/<option id>/<selection id>/<quantity>` for a bundle selection.
public enum CartUID {
    public static func encode(_ text: String) -> String { EntityUid.encode(text) }

    /// A line's uid from its id, and back (nil when the uid is not one of ours).
    public static func item(_ id: Int) -> String { EntityUid.encode(id) }

    public static func itemId(_ uid: String) -> Int? { EntityUid.decode(uid).flatMap { Int($0) } }

    /// A choice a storefront sends in `selected_options` / `entered_options`.
    public enum Choice: Equatable, Sendable {
        case configurable(attributeId: Int, valueIndex: String)
        case customOption(optionId: Int, valueId: String?)
        case bundle(optionId: Int, selectionId: Int, quantity: Decimal)
    }

    public static func choice(_ uid: String) -> Choice? {
        guard let parts = EntityUid.decode(uid)?.split(separator: "/", omittingEmptySubsequences: false).map(String.init) else { return nil }
        switch (parts.first, parts.count) {
        case ("configurable", 3):
            guard let attribute = Int(parts[1]), !parts[2].isEmpty else { return nil }
            return .configurable(attributeId: attribute, valueIndex: parts[2])
        case ("custom-option", 2), ("custom-option", 3):
            guard let option = Int(parts[1]) else { return nil }
            return .customOption(optionId: option, valueId: parts.count == 3 ? parts[2] : nil)
        case ("bundle", 4):
            guard let option = Int(parts[1]), let selection = Int(parts[2]), let quantity = Decimal(string: parts[3]) else { return nil }
            return .bundle(optionId: option, selectionId: selection, quantity: quantity)
        default:
            return nil
        }
    }
}
