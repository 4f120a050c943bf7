/// Magento's naming rules for the WSDL (`Webapi/Model/Soap/Wsdl/Generator.php`, `TypeProcessor`),
/// applied to the names the endpoint table and the wire models already carry.
enum SOAPNames {
    /// `catalog-data-product-interface` → `CatalogDataProductInterface` (TypeProcessor's type name).
    static func typeName(_ wireName: String) -> String {
        wireName.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A JSON member name as SOAP writes it: `attribute_set_id` → `attributeSetId`
    /// (Magento's `convertKeysToCamelCase`).
    static func camelCase(_ name: String) -> String {
        guard name.contains("_") else { return name }
        var result = ""
        var upperNext = false
        for character in name {
            if character == "_" {
                upperNext = !result.isEmpty
                continue
            }
            result += upperNext ? character.uppercased() : String(character)
            upperNext = false
        }
        return result
    }

    /// `catalogProductRepositoryV1` + `get` → `catalogProductRepositoryV1Get` (operation and soapAction).
    static func operation(service: String, method: String) -> String {
        service + method.capitalizedFirst
    }

    /// True when `name` can be written as an element name as it is.
    static func isElementName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "-" || $0 == "." || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            && !name.lowercased().hasPrefix("xml")
    }
}
