import Foundation

/// Magento's `uid`: base64 of the entity id (`"2046"` → `"MjA0Ng=="`), or of a path such as
/// `configurable/93/53` for an option value.
public enum EntityUid {
    public static func encode(_ id: Int) -> String { encode(String(id)) }

    public static func encode(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }

    /// The decoded text, nil when the value is not base64 (Magento: `Value of uid "%1" is incorrect.`).
    public static func decode(_ uid: String) -> String? {
        guard let data = Data(base64Encoded: uid) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// A decoded numeric id, or Magento's input error.
    public static func decodeId(_ uid: String) throws -> Int {
        guard let text = decode(uid), let id = Int(text) else {
            throw GraphQLFault.input("Value of uid \"\(uid)\" is incorrect.")
        }
        return id
    }
}
