import MagentoWire

/// Tax classes, rates and rules (Magento's Tax module).
public protocol TaxRepository: Sendable {
    func searchClasses(_ criteria: SearchCriteria) async throws -> SearchPage<TaxClass>
    /// Throws `No such entity with class_id` when missing.
    func taxClass(id: Int) async throws -> TaxClass
    /// Creates (no id) or updates a class; returns its id.
    func saveClass(_ taxClass: TaxClass) async throws -> Int
    /// Refused while a tax rule uses the class.
    func deleteClass(id: Int) async throws

    func searchRates(_ criteria: SearchCriteria) async throws -> SearchPage<TaxRate>
    func rate(id: Int) async throws -> TaxRate
    /// Creates (no id) or replaces a rate; returns it as stored.
    func saveRate(_ rate: TaxRate) async throws -> TaxRate
    /// Refused while a tax rule uses the rate.
    func deleteRate(id: Int) async throws

    func searchRules(_ criteria: SearchCriteria) async throws -> SearchPage<TaxRule>
    func rule(id: Int) async throws -> TaxRule
    /// Creates (no id) or replaces a rule with its classes and rates; returns it as stored.
    func saveRule(_ rule: TaxRule) async throws -> TaxRule
    func deleteRule(id: Int) async throws

    /// Every rule and every rate it refers to, for `TaxCalculator`.
    func calculator() async throws -> TaxCalculator
}
