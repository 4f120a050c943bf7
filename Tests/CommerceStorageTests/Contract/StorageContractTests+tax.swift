import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static let caRate = TaxRate(taxCountryId: "US", taxRegionId: 12, taxPostcode: "*", rate: Decimal(string: "8.25"), code: "US-CA")
    static let nyRate = TaxRate(taxCountryId: "US", taxRegionId: 43, taxPostcode: "*", rate: Decimal(string: "8.875"), code: "US-NY")

    @Test("A new database has Magento's two default tax classes; new classes get id 4 on", arguments: TestEngine.all)
    func defaultTaxClasses(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let page = try await storage.tax.searchClasses(SearchCriteria())
            #expect(page.items.sorted { ($0.classId ?? 0) < ($1.classId ?? 0) } == [
                TaxClass(classId: 2, className: "Taxable Goods", classType: "PRODUCT"),
                TaxClass(classId: 3, className: "Retail Customer", classType: "CUSTOMER"),
            ])
            #expect(try await storage.tax.saveClass(TaxClass(className: "Wholesale", classType: "CUSTOMER")) == 4)
            await #expect(throws: CommerceError.invalidInput(message: "A class with the same name already exists for ClassType %1.", parameters: ["CUSTOMER"])) {
                _ = try await storage.tax.saveClass(TaxClass(className: "Wholesale", classType: "CUSTOMER"))
            }
        }
    }

    @Test("Rates keep exact percentages and ranges, and codes are unique", arguments: TestEngine.all)
    func taxRates(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let ny = try await storage.tax.saveRate(Self.nyRate)
            #expect(ny.rate == Decimal(string: "8.875"))
            #expect(try await storage.tax.rate(id: ny.id ?? 0) == ny)
            var range = Self.caRate
            range.code = "US-CA-range"
            range.zipIsRange = 1
            range.zipFrom = 90000
            range.zipTo = 90999
            let saved = try await storage.tax.saveRate(range)
            #expect(saved.taxPostcode == "90000-90999")
            await #expect(throws: CommerceError.alreadyExists(message: "%1 already exists.", parameters: ["Code"])) {
                _ = try await storage.tax.saveRate(Self.nyRate)
            }
            let filtered = try await storage.tax.searchRates(SearchCriteria(filterGroups: [
                FilterGroup(filters: [Filter(field: "rate", value: "8.5", conditionType: "gt")]),
            ]))
            #expect(filtered.items.map(\.code) == ["US-NY"])
        }
    }

    @Test("Rules link classes and rates; linked rates and classes cannot be deleted; the calculator sees them", arguments: TestEngine.all)
    func taxRules(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let ca = try await storage.tax.saveRate(Self.caRate)
            let ny = try await storage.tax.saveRate(Self.nyRate)
            let rule = try await storage.tax.saveRule(TaxRule(
                code: "US", priority: 0, position: 0, customerTaxClassIds: [3], productTaxClassIds: [2],
                taxRateIds: [ny.id ?? 0, ca.id ?? 0], calculateSubtotal: false
            ))
            #expect(rule.taxRateIds == [ca.id ?? 0, ny.id ?? 0])
            #expect(try await storage.tax.rule(id: rule.id ?? 0) == rule)
            await #expect(throws: CommerceError.invalidInput(message: "The tax rate cannot be removed. It exists in a tax rule.")) {
                try await storage.tax.deleteRate(id: ca.id ?? 0)
            }
            await #expect(throws: TaxClassRules.usedByRules) { try await storage.tax.deleteClass(id: 2) }
            let tax = try await storage.tax.calculator().calculate(TaxRequest(
                countryId: "US", regionId: 43, postcode: "10001", productTaxClassId: 2, customerTaxClassId: 3, amount: 80
            ))
            #expect(tax.tax == Decimal(string: "7.1"))
            try await storage.tax.deleteRule(id: rule.id ?? 0)
            try await storage.tax.deleteRate(id: ca.id ?? 0)
            await #expect(throws: CommerceError.noSuchEntity(field: "taxRuleId", value: String(rule.id ?? 0))) {
                _ = try await storage.tax.rule(id: rule.id ?? 0)
            }
        }
    }

    @Test("A failed tax write leaves nothing behind and appends no event", arguments: TestEngine.all)
    func failedTaxWrite(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let before = try await storage.events.events(after: 0, limit: 1000).count
            await #expect(throws: (any Error).self) {
                _ = try await storage.tax.saveRule(TaxRule(code: "bad", priority: 0, position: 0, customerTaxClassIds: [3], productTaxClassIds: [2], taxRateIds: [99]))
            }
            #expect(try await storage.tax.searchRules(SearchCriteria()).totalCount == 0)
            #expect(try await storage.events.events(after: 0, limit: 1000).count == before)
            _ = try await storage.tax.saveRate(Self.caRate)
            #expect(try await storage.events.events(after: 0, limit: 1000).last?.event.type == "tax_rate.saved")
        }
    }
}
