import MagentoWire

/// The WSDL for a set of services, built from the endpoint table as Magento's
/// `Wsdl/Generator.php` builds it from service contracts: SOAP 1.2 document/literal, one
/// portType, binding and service per service, and a schema reflected from the wire models.
struct WSDLDocument {
    /// The operations the caller may use, grouped by service in the order requested.
    let services: [(name: String, operations: [SOAPOperation])]
    /// The endpoint URL, which Magento also uses as the target namespace.
    let endpointURL: String

    static let soap12 = "http://schemas.xmlsoap.org/wsdl/soap12/"

    var bytes: [UInt8] {
        var xml = XMLWriter()
        xml.open("wsdl:definitions", [
            "xmlns:wsdl": "http://schemas.xmlsoap.org/wsdl/", "xmlns:soap12": Self.soap12,
            "xmlns:xsd": "http://www.w3.org/2001/XMLSchema", "xmlns:tns": endpointURL,
            "name": "MagentoWSDL", "targetNamespace": endpointURL,
        ])
        writeTypes(&xml)
        writeMessages(&xml)
        for service in services {
            writePortType(service.name, service.operations, &xml)
            writeBinding(service.name, service.operations, &xml)
        }
        for service in services {
            xml.open("wsdl:service", ["name": service.name + "Service"])
            xml.open("wsdl:port", ["name": service.name + "Port", "binding": "tns:" + service.name + "Binding"])
            xml.open("soap12:address", ["location": endpointURL], empty: true)
            xml.close("wsdl:port")
            xml.close("wsdl:service")
        }
        xml.close("wsdl:definitions")
        return xml.bytes
    }

    /// The schema: request and response wrappers, the generic fault, then every model reached.
    /// The namespaces are declared again on the schema so it can be cut out and used alone.
    private func writeTypes(_ xml: inout XMLWriter) {
        let reflector = WireTypeReflector()
        var types = XSDTypes()
        xml.open("wsdl:types")
        xml.open("xsd:schema", [
            "xmlns:xsd": "http://www.w3.org/2001/XMLSchema", "xmlns:tns": endpointURL, "targetNamespace": endpointURL,
        ])
        GenericFaultSchema.write(into: &xml, types: &types)
        for operation in services.flatMap(\.operations) {
            xml.open("xsd:element", ["name": operation.requestElement, "type": "tns:" + operation.requestElement.capitalizedFirst], empty: true)
            types.writeComplexType(
                operation.requestElement.capitalizedFirst,
                members: operation.arguments.map { ($0.name, $0.describe(reflector), $0.required) }, into: &xml
            )
            xml.open("xsd:element", ["name": operation.responseElement, "type": "tns:" + operation.responseElement.capitalizedFirst], empty: true)
            let endpoint = operation.variants[0]
            types.writeComplexType(
                operation.responseElement.capitalizedFirst,
                members: [("result", endpoint.responseType(reflector), !endpoint.resultIsOptional)], into: &xml
            )
        }
        var written: Set<String> = []
        for definition in reflector.definitions where written.insert(SOAPNames.typeName(definition.name)).inserted {
            types.writeDefinition(definition, into: &xml)
        }
        types.writeArrays(into: &xml, skipping: &written)
        xml.close("xsd:schema")
        xml.close("wsdl:types")
    }

    private func writeMessages(_ xml: inout XMLWriter) {
        for name in ["GenericFault"] + services.flatMap(\.operations).flatMap({ [$0.requestElement, $0.responseElement] }) {
            xml.open("wsdl:message", ["name": name])
            xml.open("wsdl:part", ["name": "messageParameters", "element": "tns:" + name], empty: true)
            xml.close("wsdl:message")
        }
    }

    private func writePortType(_ service: String, _ operations: [SOAPOperation], _ xml: inout XMLWriter) {
        xml.open("wsdl:portType", ["name": service + "PortType"])
        for operation in operations {
            xml.open("wsdl:operation", ["name": operation.name])
            xml.open("wsdl:input", ["message": "tns:" + operation.requestElement], empty: true)
            xml.open("wsdl:output", ["message": "tns:" + operation.responseElement], empty: true)
            xml.open("wsdl:fault", ["name": "GenericFault", "message": "tns:GenericFault"], empty: true)
            xml.close("wsdl:operation")
        }
        xml.close("wsdl:portType")
    }

    private func writeBinding(_ service: String, _ operations: [SOAPOperation], _ xml: inout XMLWriter) {
        xml.open("wsdl:binding", ["name": service + "Binding", "type": "tns:" + service + "PortType"])
        xml.open("soap12:binding", ["style": "document", "transport": "http://schemas.xmlsoap.org/soap/http"], empty: true)
        for operation in operations {
            xml.open("wsdl:operation", ["name": operation.name])
            xml.open("soap12:operation", ["soapAction": operation.name], empty: true)
            for direction in ["wsdl:input", "wsdl:output"] {
                xml.open(direction)
                xml.open("soap12:body", ["use": "literal"], empty: true)
                xml.close(direction)
            }
            xml.open("wsdl:fault", ["name": "GenericFault"])
            xml.open("soap12:fault", ["name": "GenericFault", "use": "literal"], empty: true)
            xml.close("wsdl:fault")
            xml.close("wsdl:operation")
        }
        xml.close("wsdl:binding")
    }
}
