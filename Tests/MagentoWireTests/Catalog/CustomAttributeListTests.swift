import MagentoWire
import Testing

@Suite struct CustomAttributeListTests {
    @Test func theListFormIsReadInOrder() throws {
        let list = try bind(
            CustomAttributeList.self,
            #"[{"attribute_code":"color","value":"49"},{"attribute_code":"category_ids","value":["3","4"]}]"#
        )
        #expect(list.attributes == [
            CustomAttribute(attributeCode: "color", value: "49"),
            CustomAttribute(attributeCode: "category_ids", value: ["3", "4"]),
        ])
    }

    @Test func theMapFormUsesEachKeyAsTheCode() throws {
        let list = try bind(CustomAttributeList.self, #"{"color":"49","url_key":"tee","weight_unit":2}"#)
        #expect(list.attributes == [
            CustomAttribute(attributeCode: "color", value: "49"),
            CustomAttribute(attributeCode: "url_key", value: "tee"),
            CustomAttribute(attributeCode: "weight_unit", value: 2),
        ])
    }

    @Test func aMapMemberThatIsAnObjectIsReadAsAnEntry() throws {
        let list = try bind(CustomAttributeList.self, #"{"x":{"attribute_code":"color","value":"49"}}"#)
        #expect(list.attributes == [CustomAttribute(attributeCode: "color", value: "49")])
    }

    @Test func theCamelCaseCodeKeyIsAccepted() throws {
        let list = try bind(CustomAttributeList.self, #"[{"attributeCode":"color","value":"49"}]"#)
        #expect(list.attributes == [CustomAttribute(attributeCode: "color", value: "49")])
    }

    @Test func anExplicitNullValueIsAValue() throws {
        let list = try bind(CustomAttributeList.self, #"[{"attribute_code":"special_price","value":null}]"#)
        #expect(list.attributes == [CustomAttribute(attributeCode: "special_price", value: .null)])
    }

    @Test func extraKeysInAnEntryAreIgnored() throws {
        let list = try bind(CustomAttributeList.self, #"[{"attribute_code":"color","value":"49","label":"Red"}]"#)
        #expect(list.attributes == [CustomAttribute(attributeCode: "color", value: "49")])
    }

    @Test func anEntryWithNeitherCodeNorValueIsEmpty() {
        #expect(throws: CatalogInputError.emptyCustomAttribute) {
            try bind(CustomAttributeList.self, #"[{}]"#)
        }
    }

    @Test func anEntryWithANullValueAndNoCodeIsEmpty() {
        #expect(throws: CatalogInputError.emptyCustomAttribute) {
            try bind(CustomAttributeList.self, #"[{"value":null}]"#)
        }
    }

    @Test func aListMemberOfAMapIsAnEmptyEntry() {
        // PHP treats an array member as an entry, and a list has no `attribute_code` key.
        #expect(throws: CatalogInputError.emptyCustomAttribute) {
            try bind(CustomAttributeList.self, #"{"category_ids":["3","4"]}"#)
        }
    }

    @Test func anEntryWithAValueButNoCodeIsMissingItsCode() {
        #expect(throws: CatalogInputError.missingAttributeCode) {
            try bind(CustomAttributeList.self, #"[{"value":"49"}]"#)
        }
    }

    @Test func anEmptyOrZeroCodeCountsAsMissing() {
        #expect(throws: CatalogInputError.missingAttributeCode) {
            try bind(CustomAttributeList.self, #"[{"attribute_code":"","value":"49"}]"#)
        }
        #expect(throws: CatalogInputError.missingAttributeCode) {
            try bind(CustomAttributeList.self, #"[{"attribute_code":"0","value":"49"}]"#)
        }
    }

    @Test func aBareValueAtListIndexZeroHasNoCode() {
        #expect(throws: CatalogInputError.missingAttributeCode) {
            try bind(CustomAttributeList.self, #"["49"]"#)
        }
    }

    @Test func anEntryWithACodeButNoValueKeyNamesTheCode() {
        #expect(throws: CatalogInputError.missingAttributeValue(attributeCode: "color")) {
            try bind(CustomAttributeList.self, #"[{"attribute_code":"color"}]"#)
        }
    }

    @Test func aScalarInsteadOfAListIsRefused() {
        #expect(throws: BindingError.notAllParametersValid) {
            try bind(CustomAttributeList.self, #""color""#)
        }
    }

    @Test func aLoneEntryIsValidatedLikeAListEntry() {
        #expect(throws: CatalogInputError.missingAttributeValue(attributeCode: "color")) {
            try bind(CustomAttribute.self, #"{"attribute_code":"color"}"#)
        }
    }

    @Test func theListIsAlwaysWrittenInListForm() throws {
        let list = try bind(CustomAttributeList.self, #"{"color":"49","url_key":"tee"}"#)
        #expect(try encodedText(list) == #"[{"attribute_code":"color","value":"49"},{"attribute_code":"url_key","value":"tee"}]"#)
    }

    @Test func theEmptyEntryErrorHasMagentosMessage() {
        #expect(CatalogInputError.emptyCustomAttribute.errorBody == ErrorBody(
            message: "An empty custom attribute is specified. Enter the attribute and try again."
        ))
    }

    @Test func theMissingCodeErrorHasMagentosMessage() {
        #expect(CatalogInputError.missingAttributeCode.errorBody == ErrorBody(
            message: "A custom attribute is specified with a missing attribute code. Verify the code and try again."
        ))
    }

    @Test func theMissingValueErrorPassesTheCodeAsPositionalParameter() throws {
        let body = CatalogInputError.missingAttributeValue(attributeCode: "color").errorBody
        #expect(try encodedText(body)
            == #"{"message":"The \"%1\" attribute code doesn't have a value set. Enter the value and try again.","parameters":["color"]}"#)
        #expect(body.renderedMessage == #"The "color" attribute code doesn't have a value set. Enter the value and try again."#)
    }
}
