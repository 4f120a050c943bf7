import MagentoWire
import Testing

@Suite struct JSONWriterTests {
    @Test func outputIsCompactWithoutSpaces() {
        let value: JSONValue = ["a": [1, 2], "b": ["c": true], "d": .null]
        #expect(value.jsonString == #"{"a":[1,2],"b":{"c":true},"d":null}"#)
    }

    @Test func keysAreWrittenInStoredOrder() {
        let value: JSONValue = ["zeta": 1, "alpha": 2, "mid": 3]
        #expect(value.jsonString == #"{"zeta":1,"alpha":2,"mid":3}"#)
    }

    @Test func numbersAreWrittenAsTheirText() {
        #expect(JSONValue.array([.number("12.50"), .number("1E+2"), .number("-0")]).jsonString == "[12.50,1E+2,-0]")
    }

    @Test func quotesAndBackslashesAreEscaped() {
        #expect(JSONValue.string(#"say "hi" \ bye"#).jsonString == #""say \"hi\" \\ bye""#)
    }

    @Test func commonControlCharactersUseShortEscapes() {
        #expect(JSONValue.string("\n\r\t\u{08}\u{0C}").jsonString == #""\n\r\t\b\f""#)
    }

    @Test func otherControlCharactersUseUnicodeEscapes() {
        #expect(JSONValue.string("a\u{01}b\u{1F}").jsonString == #""a\u0001b\u001f""#)
    }

    @Test func slashesAreNotEscaped() {
        #expect(JSONValue.string("https://shop.test/media/a.jpg").jsonString == #""https://shop.test/media/a.jpg""#)
    }

    @Test func nonASCIITextIsWrittenAsRawUTF8() {
        #expect(JSONValue.string("Größe 😀").serialized() == Array(#""Größe 😀""#.utf8))
    }

    @Test func objectKeysAreEscapedLikeStrings() {
        #expect(JSONValue.object(["a\"b": 1]).jsonString == #"{"a\"b":1}"#)
    }

    @Test func writeAppendsToTheExistingBuffer() {
        var buffer = Array("prefix:".utf8)
        JSONValue.bool(true).write(into: &buffer)
        #expect(buffer == Array("prefix:true".utf8))
    }

    @Test func emptyContainersAreWrittenAsBrackets() {
        #expect(JSONValue.array([.array([]), .object(JSONObject())]).jsonString == "[[],{}]")
    }

    @Test func parsingThenWritingReproducesACompactDocument() throws {
        let text = #"{"sku":"A\/1","price":12.50,"qty":1E+2,"z":{"b":[0.10,-0],"a":"\u00e9"},"ok":false,"n":null}"#
        // Escapes are normalised (`\/` → `/`, `\u00e9` → é); numbers and key order are kept exactly.
        let expected = #"{"sku":"A/1","price":12.50,"qty":1E+2,"z":{"b":[0.10,-0],"a":"é"},"ok":false,"n":null}"#
        #expect(try json(text).jsonString == expected)
    }

    @Test func writtenTextParsesBackToTheSameValue() throws {
        let value: JSONValue = ["s": "line\nbreak \u{01} \"q\" 😀", "n": .number("0.30000000000000004"), "l": [true, .null]]
        #expect(try JSONValue.parse(value.serialized()) == value)
    }
}
