import MagentoWire

/// Magento's one fault type for every operation (`Generator::_addGenericFaultComplexTypeNodes`):
/// `GenericFault { Trace?, Parameters?, WrappedErrors? }`, its parameters as key/value pairs.
enum GenericFaultSchema {
    static func write(into xml: inout XMLWriter, types: inout XSDTypes) {
        xml.open("xsd:element", ["name": "GenericFault", "type": "tns:GenericFault"], empty: true)
        types.writeComplexType("GenericFault", members: [
            ("Trace", .string, false),
            ("Parameters", .array(.named("GenericFaultParameter")), false),
            ("WrappedErrors", .array(.named("WrappedError")), false),
        ], into: &xml)
        types.writeComplexType("GenericFaultParameter", members: [("key", .string, true), ("value", .string, true)], into: &xml)
        types.writeComplexType("WrappedError", members: [
            ("message", .string, true), ("parameters", .array(.named("GenericFaultParameter")), false),
        ], into: &xml)
    }
}
