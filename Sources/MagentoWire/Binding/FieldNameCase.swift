/// Magento's field-name conversions (`SimpleDataObjectConverter`), used to match input keys
/// against wire models and to name fields in error messages. PHP's case functions are
/// ASCII-only, so these work on UTF-8 bytes.
enum FieldNameCase {
    /// `attribute_set_id` → `attributeSetId` (PHP `lcfirst(str_replace('_', '', ucwords($s, '_')))`).
    static func camel(_ name: String) -> String {
        var bytes = upperCamelBytes(name)
        if let first = bytes.first { bytes[0] = lowercased(first) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `foo_bar` → `FooBar`, `fooBar` → `FooBar`: the form in "is not supported" errors.
    static func upperCamel(_ name: String) -> String {
        String(decoding: upperCamelBytes(name), as: UTF8.self)
    }

    /// `attributeSetId` → `attribute_set_id` (PHP `strtolower(preg_replace('/(.)([A-Z])/', '$1_$2', $s))`).
    static func snake(_ name: String) -> String {
        let bytes = Array(name.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        var index = 0
        while index < bytes.count {
            result.append(lowercased(bytes[index]))
            // The regex consumes the pair, so `ABC` becomes `a_bc`, not `a_b_c`.
            if index + 1 < bytes.count, isUppercase(bytes[index + 1]) {
                result.append(UInt8(ascii: "_"))
                result.append(lowercased(bytes[index + 1]))
                index += 2
            } else {
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The other spellings a name may arrive under. Only names with an underscore have a
    /// camelCase form and only names with a capital have a snake_case form, so the common
    /// plain lowercase name costs nothing.
    static func variants(of name: String) -> [String] {
        var names: [String] = []
        if name.utf8.contains(UInt8(ascii: "_")) {
            names.append(camel(name))
        }
        if name.utf8.contains(where: isUppercase) {
            let snakeForm = snake(name)
            if snakeForm != name, !names.contains(snakeForm) { names.append(snakeForm) }
        }
        return names.filter { $0 != name }
    }

    private static func upperCamelBytes(_ name: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
        var capitalizeNext = true
        for byte in name.utf8 {
            if byte == UInt8(ascii: "_") {
                capitalizeNext = true
            } else {
                result.append(capitalizeNext ? uppercased(byte) : byte)
                capitalizeNext = false
            }
        }
        return result
    }

    private static func isUppercase(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        isUppercase(byte) ? byte + 32 : byte
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
    }
}
