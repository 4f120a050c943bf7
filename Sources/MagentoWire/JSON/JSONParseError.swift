/// Why a body is not strict RFC 8259 JSON. Offsets are byte positions in the input.
///
/// The REST layer answers every one of these with Magento's `Decoding error.`; the detail is for
/// logs and tests.
public enum JSONParseError: Error, Sendable, Equatable {
    /// The input ended inside a value (or was empty).
    case unexpectedEnd
    /// A byte that cannot start or continue a value at this point.
    case unexpectedByte(UInt8, offset: Int)
    /// A number that breaks the JSON number grammar (`01`, `1.`, `-`, `1e`).
    case invalidNumber(offset: Int)
    /// A backslash escape other than `\" \\ \/ \b \f \n \r \t \uXXXX`.
    case invalidEscape(offset: Int)
    /// A `\u` escape naming half of a surrogate pair without its other half.
    case unpairedSurrogate(offset: Int)
    /// A raw control character (below U+0020) inside a string.
    case controlCharacterInString(offset: Int)
    /// String bytes that are not valid UTF-8.
    case invalidUTF8(offset: Int)
    /// Arrays and objects nested deeper than ``JSONValue/maximumDepth``.
    case tooDeep(offset: Int)
    /// Non-whitespace after the top-level value.
    case trailingCharacters(offset: Int)
}
