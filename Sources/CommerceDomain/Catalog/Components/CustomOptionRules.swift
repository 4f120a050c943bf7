import Foundation
import MagentoWire

/// A product's custom options (`options`), as `/V1/products/…/options` changes them.
public enum CustomOptionRules {
    /// `GET /V1/products/options/types`: code, label and group of each option type.
    public static let types: [(code: String, label: String, group: String)] = [
        ("field", "Field", "text"), ("area", "Area", "text"), ("file", "File", "file"),
        ("drop_down", "Drop-down", "select"), ("radio", "Radio Buttons", "select"), ("checkbox", "Checkbox", "select"),
        ("multiple", "Multiple Select", "select"), ("date", "Date", "date"), ("date_time", "Date & Time", "date"),
        ("time", "Time", "date"),
    ]

    public static func option(_ id: Int, in product: Product) throws -> ProductCustomOption {
        guard let option = product.options?.first(where: { $0.optionId == id }) else { throw missing }
        return option
    }

    /// Adds the option, or replaces the one with its id; returns the stored option's id position.
    public static func save(_ option: ProductCustomOption, in product: inout Product) throws {
        let title = option.title ?? ""
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CommerceError.invalidInput(message: "Missed values for option required fields")
        }
        guard let type = option.type, types.contains(where: { $0.code == type }) else {
            throw CommerceError.invalidInput(message: "Invalid option type")
        }
        var stored = product.options ?? []
        var saved = option
        saved.productSku = product.sku
        if let id = option.optionId {
            guard let index = stored.firstIndex(where: { $0.optionId == id }) else { throw missing }
            stored[index] = saved
        } else {
            stored.append(saved)
        }
        product.options = stored
    }

    public static func remove(_ id: Int, from product: inout Product) throws {
        guard let index = product.options?.firstIndex(where: { $0.optionId == id }) else { throw missing }
        product.options?.remove(at: index)
    }

    static let missing = CommerceError.notFound(message: "The requested option doesn't exist. Verify the entity and try again.")
}
