import HTTPTypes
import MagentoWire

/// Magento's SOAP 1.2 fault (`Webapi/Model/Soap/Fault.php`) for an error already rendered in
/// REST's terms, so both protocols report the same message and parameters. Client errors are
/// `env:Sender`, server errors `env:Receiver`. The detail's children follow this WSDL's
/// `GenericFault` type (unqualified, `item` lists) where Magento's own output does not.
enum SOAPFault {
    static let envelopeNamespace = "http://www.w3.org/2003/05/soap-envelope"

    static func bytes(_ error: MagentoHTTPError, namespace: String) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("env:Envelope", ["xmlns:env": envelopeNamespace])
        xml.open("env:Body")
        xml.open("env:Fault")
        xml.open("env:Code")
        xml.element("env:Value", text: error.status.code >= 500 ? "env:Receiver" : "env:Sender")
        xml.close("env:Code")
        xml.open("env:Reason")
        xml.open("env:Text", ["xml:lang": "en"])
        xml.text(error.body.message)
        xml.close("env:Text")
        xml.close("env:Reason")
        let wrapped = error.body.errors ?? []
        // Magento leaves the detail out when there is nothing to put in it.
        if !pairs(error.body.parameters).isEmpty || !wrapped.isEmpty {
            xml.open("env:Detail")
            xml.open("m:GenericFault", ["xmlns:m": namespace])
            writeParameters(error.body.parameters, named: "Parameters", into: &xml)
            if !wrapped.isEmpty {
                xml.open("WrappedErrors")
                for entry in wrapped {
                    xml.open("item")
                    xml.element("message", text: entry.message)
                    writeParameters(entry.parameters, named: "parameters", into: &xml)
                    xml.close("item")
                }
                xml.close("WrappedErrors")
            }
            xml.close("m:GenericFault")
            xml.close("env:Detail")
        }
        xml.close("env:Fault")
        xml.close("env:Body")
        xml.close("env:Envelope")
        return xml.bytes
    }

    /// Named parameters by name; positional ones by their placeholder number (`%1` is key 1),
    /// as Magento's `Fault::_getParametersXml` numbers them.
    static func pairs(_ parameters: ErrorParameters?) -> [(String, String)] {
        switch parameters {
        case .positional(let values)?: values.enumerated().map { (String($0.offset + 1), $0.element) }
        case .named(let named)?: named.map { ($0.name, $0.value) }
        case nil: []
        }
    }

    static func writeParameters(_ parameters: ErrorParameters?, named name: String, into xml: inout XMLWriter) {
        let pairs = pairs(parameters)
        guard !pairs.isEmpty else { return }
        xml.open(name)
        for (key, value) in pairs {
            xml.open("item")
            xml.element("key", text: key)
            xml.element("value", text: value)
            xml.close("item")
        }
        xml.close(name)
    }
}
