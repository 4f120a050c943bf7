/// Builds XML text with every attribute value and text node escaped, so nothing a client or the
/// database holds can change the document's structure.
struct XMLWriter {
    private(set) var bytes: [UInt8] = []

    init(declaration: Bool = true) {
        if declaration { raw(#"<?xml version="1.0" encoding="UTF-8"?>"#) }
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `<name a="v">` (or `<name a="v"/>` when `empty`).
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], empty: Bool = false) {
        raw("<" + name)
        for (key, value) in attributes {
            raw(" " + key + "=\"")
            escape(value, quotes: true)
            raw("\"")
        }
        raw(empty ? "/>" : ">")
    }

    mutating func close(_ name: String) {
        raw("</" + name + ">")
    }

    /// `<name>text</name>`.
    mutating func element(_ name: String, text: String) {
        raw("<" + name + ">")
        escape(text, quotes: false)
        raw("</" + name + ">")
    }

    mutating func text(_ text: String) {
        escape(text, quotes: false)
    }

    /// Escapes markup characters, and drops the control characters XML 1.0 cannot carry at all.
    private mutating func escape(_ text: String, quotes: Bool) {
        for unit in text.utf8 {
            switch unit {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\"") where quotes: raw("&quot;")
            case UInt8(ascii: "\r"): raw("&#13;")
            case 0x09, 0x0A: bytes.append(unit)
            case 0..<0x20: continue
            default: bytes.append(unit)
            }
        }
    }
}
