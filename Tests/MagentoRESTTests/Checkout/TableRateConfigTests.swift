import CommerceDomain
import Foundation
import HTTPTypes
import Logging
import MagpieServer
import Testing

/// Table rates uploaded with `magpie config set … --file` (ConfigAdmin) and priced by a server
/// started on that database afterwards.
@Suite("Table rates from config")
struct TableRateConfigTests {
    static let file = """
    Country,Region/State,Zip/Postal Code,# of Items (and above),Shipping Price
    US,CA,*,1,4
    US,*,*,1,6
    US,*,*,2,5
    """

    static func estimate(_ address: String) -> String {
        #"{"address":\#(address)}"#
    }

    static func tableRate(_ amount: Int) -> String {
        #"[{"carrier_code":"tablerate","method_code":"bestway","carrier_title":"Best Way","method_title":"Table Rate","amount":\#(amount),"base_amount":\#(amount),"available":true,"error_message":"","price_excl_tax":\#(amount),"price_incl_tax":\#(amount)}]"#
    }

    @Test("a checked file at website scope prices by destination; bad files and unknown scopes are refused")
    func uploadAndPrice() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-tablerate-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: TestApp.adminPassword)
        let logger = Logger(label: "test")
        func set(_ scope: ConfigValue.Scope, _ code: String?, _ configPath: String, _ value: String) async throws -> ConfigAdmin.Saved {
            try await ConfigAdmin.set(configuration, scope: scope, scopeCode: code, path: configPath, value: value, logger: logger)
        }
        _ = try await set(.default, nil, "carriers/flatrate/active", "0")
        _ = try await set(.default, nil, "carriers/freeshipping/active", "0")
        _ = try await set(.websites, "base", "carriers/tablerate/active", "1")
        _ = try await set(.websites, "base", "carriers/tablerate/condition_name", "package_qty")
        #expect(try await set(.websites, "base", "carriers/tablerate/rates", Self.file).tableRateRows == 3)

        let bad = Self.file + "\nUS,XX,*,1,4\nUS,*,*,1,6\n"
        do {
            _ = try await set(.websites, "base", "carriers/tablerate/rates", bad)
            Issue.record("a file with bad rows was accepted")
        } catch let problem as ConfigAdmin.Problem {
            #expect(problem.description == """
                We couldn't import this file because of these errors:
                The "XX" region or state in row number "5" is incorrect. Verify the region or state and try again.
                Duplicate Row #6 (duplicates row #3)
                """)
        }
        do {
            _ = try await set(.websites, "nope", "carriers/tablerate/active", "1")
            Issue.record("an unknown website code was accepted")
        } catch let problem as ConfigAdmin.Problem {
            #expect(problem.description == #"The "nope" value doesn't exist. Enter another value."#)
        }
        let stored = try await ConfigAdmin.list(configuration, prefix: "carriers/tablerate/rates", logger: logger)
        #expect(stored == [ConfigValue(scope: .websites, scopeId: 1, path: "carriers/tablerate/rates", value: Self.file)])

        try await TestApp.make { $0.database = path }.run { session in
            let (_, cart) = try await session.guestCartWithProduct()
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 2)
            let california = try await session.send(.post, "\(cart)/estimate-shipping-methods", body: Self.estimate(TestSession.california))
            #expect(california.text == Self.tableRate(4))
            let texas = try await session.send(.post, "\(cart)/estimate-shipping-methods", body: Self.estimate(TestSession.texas))
            #expect(texas.text == Self.tableRate(5))
            let france = try await session.send(.post, "\(cart)/estimate-shipping-methods", body: #"{"address":{"country_id":"FR","postcode":"75001"}}"#)
            #expect(france.text == "[]")
        }
    }
}
