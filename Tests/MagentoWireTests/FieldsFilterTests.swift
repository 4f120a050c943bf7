import MagentoWire
import Testing

@Suite struct FieldsFilterTests {
    private func filtered(_ fields: String, _ body: String) throws -> String {
        let filter = try #require(FieldsFilter.parse(fields))
        return filter.apply(to: try json(body)).jsonString
    }

    @Test(arguments: ["", "a b", "a-b", "a.b", "items[sku", "a]", "a[b]]", "[sku]", "é"])
    func malformedFieldListsDoNotParse(fields: String) {
        #expect(FieldsFilter.parse(fields) == nil)
    }

    @Test func listedKeysAreKeptInTheResponsesOrder() throws {
        #expect(try filtered("c,a", #"{"a":1,"b":2,"c":3}"#) == #"{"a":1,"c":3}"#)
    }

    @Test func unknownNamesAreDroppedSilently() throws {
        #expect(try filtered("a,zzz", #"{"a":1,"b":2}"#) == #"{"a":1}"#)
    }

    @Test func aBareNameKeepsTheWholeSubtree() throws {
        #expect(try filtered("a", #"{"a":{"x":1,"y":[2]},"b":2}"#) == #"{"a":{"x":1,"y":[2]}}"#)
    }

    @Test func aSubListFiltersTheNestedObject() throws {
        let body = #"{"ext":{"stock_item":{"item_id":1,"qty":5,"is_in_stock":true},"links":[]},"sku":"A"}"#
        #expect(try filtered("sku,ext[stock_item[qty]]", body) == #"{"ext":{"stock_item":{"qty":5}},"sku":"A"}"#)
    }

    @Test func aSubListAppliesToEveryElementOfAList() throws {
        let body = #"{"items":[{"sku":"A","name":"a","id":1},{"id":2,"sku":"B"}],"total_count":2}"#
        #expect(try filtered("items[sku,id],total_count", body)
            == #"{"items":[{"sku":"A","id":1},{"id":2,"sku":"B"}],"total_count":2}"#)
    }

    @Test func aTopLevelListIsFilteredPerElement() throws {
        #expect(try filtered("id", #"[{"id":1,"x":2},{"id":3}]"#) == #"[{"id":1},{"id":3}]"#)
    }

    @Test func scalarsAreLeftAlone() throws {
        let filter = try #require(FieldsFilter.parse("a"))
        #expect(filter.apply(to: .string("3418")) == .string("3418"))
    }

    @Test func aSubListOnAScalarKeepsTheScalar() throws {
        #expect(try filtered("a[b]", #"{"a":5}"#) == #"{"a":5}"#)
    }

    @Test func anObjectFilteredToNothingIsAnEmptyList() throws {
        #expect(try filtered("zzz", #"{"a":1}"#) == "[]")
    }

    @Test func aSubListOnAnEmptyListStaysAnEmptyListUnlikePHP() throws {
        #expect(try filtered("items[sku],total_count", #"{"items":[],"total_count":0}"#)
            == #"{"items":[],"total_count":0}"#)
        #expect(try filtered("a[b]", #"{"a":{},"c":1}"#) == #"{"a":{}}"#)
    }

    @Test func strayCommasAreSkipped() throws {
        #expect(try filtered(",a,,b,", #"{"a":1,"b":2,"c":3}"#) == #"{"a":1,"b":2}"#)
    }

    @Test func aBracketAfterACommaNestsUnderThePreviousNameAsPHPDoes() throws {
        #expect(try filtered("a,[x]", #"{"a":{"x":1,"y":2},"b":3}"#) == #"{"a":{"x":1}}"#)
    }

    @Test func theLastMentionOfANameWins() throws {
        #expect(try filtered("a[x],a", #"{"a":{"x":1,"y":2}}"#) == #"{"a":{"x":1,"y":2}}"#)
    }

    private let product = #"""
        {"sku":"A","custom_attributes":[
         {"attribute_code":"color","value":"49"},{"attribute_code":"size","value":"M"},
         {"attribute_code":"material","value":"cotton"},{"attribute_code":"season","value":"fall"}]}
        """#

    @Test func customAttributeCodesSelectTheirEntries() throws {
        #expect(try filtered("custom_attributes[color,size]", product)
            == #"{"custom_attributes":[{"attribute_code":"color","value":"49"},{"attribute_code":"size","value":"M"}]}"#)
    }

    @Test func customAttributesWithGapsKeepTheirIndexesAsObjectKeys() throws {
        #expect(try filtered("custom_attributes[color,season]", product)
            == #"{"custom_attributes":{"0":{"attribute_code":"color","value":"49"},"3":{"attribute_code":"season","value":"fall"}}}"#)
    }

    @Test func customAttributesStartingAfterZeroAreAnObject() throws {
        #expect(try filtered("custom_attributes[size]", product)
            == #"{"custom_attributes":{"1":{"attribute_code":"size","value":"M"}}}"#)
    }

    @Test func attributeCodeKeepsOnlyTheCodeOfEveryEntry() throws {
        #expect(try filtered("custom_attributes[attribute_code]", product)
            == #"{"custom_attributes":[{"attribute_code":"color"},{"attribute_code":"size"},{"attribute_code":"material"},{"attribute_code":"season"}]}"#)
    }

    @Test func valueKeepsOnlyTheValueOfEveryEntry() throws {
        #expect(try filtered("custom_attributes[value]", product)
            == #"{"custom_attributes":[{"value":"49"},{"value":"M"},{"value":"cotton"},{"value":"fall"}]}"#)
    }

    @Test func aMatchedCodeKeepsTheWholeEntryNextToValueOnlyEntries() throws {
        #expect(try filtered("custom_attributes[size,value]", product)
            == #"{"custom_attributes":[{"value":"49"},{"attribute_code":"size","value":"M"},{"value":"cotton"},{"value":"fall"}]}"#)
    }

    @Test func customAttributesWithoutASubListAreKeptWhole() throws {
        let result = try filtered("custom_attributes", product)
        #expect(try json(result) == .object(["custom_attributes": try json(product)["custom_attributes"]!]))
    }
}
