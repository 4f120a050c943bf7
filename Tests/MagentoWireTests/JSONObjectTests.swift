import MagentoWire
import Testing

@Suite struct JSONObjectTests {
    @Test func settingAnExistingKeyReplacesItInPlace() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = "x"
        #expect(object.keys == ["a", "b", "c"])
        #expect(object["b"] == .string("x"))
    }

    @Test func settingANewKeyAppendsIt() {
        var object: JSONObject = ["b": 1]
        object["a"] = 2
        #expect(object.keys == ["b", "a"])
    }

    @Test func settingNilRemovesTheKey() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
        #expect(object.index(of: "c") == 1)
    }

    @Test func largeObjectsStillFindAndReplaceKeys() {
        var object = JSONObject((0..<40).map { ("k\($0)", JSONValue.number("\($0)")) })
        object["k7"] = nil
        object["k30"] = .bool(true)
        #expect(object.count == 39)
        #expect(object.index(of: "k30") == 29)
        #expect(object["k30"] == .bool(true))
        #expect(object["k7"] == nil)
    }

    @Test func iterationYieldsPairsInOrder() {
        let object: JSONObject = ["x": 1, "y": 2]
        #expect(object.map { "\($0.key)=\($0.value.jsonString)" } == ["x=1", "y=2"])
    }

    @Test func repeatedPairsKeepTheFirstPositionAndLastValue() {
        let object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == .number("3"))
    }

    @Test func equalityDependsOnKeyOrder() {
        #expect(JSONObject([("a", 1), ("b", 2)]) != JSONObject([("b", 2), ("a", 1)]))
    }

    @Test func valueSubscriptReadsObjectMembers() {
        let value: JSONValue = ["sku": "A-1"]
        #expect(value["sku"]?.stringValue == "A-1")
        #expect(JSONValue.string("x")["sku"] == nil)
    }
}
