import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

/// The `regexp` condition is matched in linear time and refuses what it cannot read (issue 16, 2).
@Suite("searchCriteria regexp")
struct SearchRegexpTests {
    typealias Row = SearchFixture.Row

    @Test("A pattern that backtracks exponentially finishes at once and matches nothing", arguments: TestEngine.all)
    func catastrophicPatternFinishes(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            let started = ContinuousClock.now
            let result = try await SearchFixture.search(.all(Filter(field: "name", value: "(.*.*)*zz", conditionType: "regexp")), on: storage)
            #expect(result.ids.isEmpty)
            #expect(ContinuousClock.now - started < .seconds(5))
            let nested = try await SearchFixture.search(.all(Filter(field: "name", value: "^(a+)+$|((x|xx)*)*y", conditionType: "regexp")), on: storage)
            #expect(nested.ids.isEmpty)
        }
    }

    @Test("Both engines read the supported syntax alike", arguments: TestEngine.all)
    func syntaxAgrees(engine: TestEngine) async throws {
        let cases: [(String, @Sendable (Row) -> Bool)] = [
            ("shirt 1[0-9]", { $0.name.hasPrefix("Blue Shirt 1") && $0.name.count == 13 }),
            ("^(blue|RED) ", { _ in true }),
            ("^red pants [1-5]$", { $0.name.hasPrefix("Red Pants ") && (1...5).contains(Int($0.name.split(separator: " ").last!)!) }),
            ("s{2}", { _ in false }),
            ("t{1,2}s 1\\d", { $0.name.hasPrefix("Red Pants 1") && $0.name.count == 12 }),
            ("(?:shirt|pants) [^1-9]", { _ in false }),
            ("a.t", { $0.name.contains("Pants") }),
            ("^blue.*[02468]$", { $0.name.hasPrefix("Blue") }),
        ]
        try await withSearchFixture(engine) { storage throws in
            for (pattern, predicate) in cases {
                let result = try await SearchFixture.search(.all(Filter(field: "name", value: pattern, conditionType: "regexp")), on: storage)
                #expect(result.ids == SearchFixture.ids(where: predicate), "\(pattern)")
            }
        }
    }

    @Test("An unreadable pattern is Magento's invalid value, on every engine", arguments: TestEngine.all)
    func invalidPattern(engine: TestEngine) async throws {
        try await withSearchFixture(engine) { storage throws in
            for pattern in ["(", "a)", "[a", "*a", "a{2", "(a)\\1", "(?=a)", "a{1000}", "a{3,1}"] {
                await #expect(throws: CommerceError.invalidInputNamed(
                    message: "Invalid value of \"%value\" provided for the %fieldName field.",
                    parameters: ["fieldName": "name", "value": pattern]
                ), "\(pattern)") {
                    _ = try await SearchFixture.search(.all(Filter(field: "name", value: pattern, conditionType: "regexp")), on: storage)
                }
            }
        }
    }
}
