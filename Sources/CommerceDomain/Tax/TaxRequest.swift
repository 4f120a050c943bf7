import Foundation

/// What a tax lookup needs: where the goods go, who buys, what is sold and for how much.
public struct TaxRequest: Sendable, Equatable {
    public var countryId: String
    public var regionId: Int?
    public var postcode: String?
    public var productTaxClassId: Int
    public var customerTaxClassId: Int
    public var amount: Decimal

    public init(
        countryId: String, regionId: Int? = nil, postcode: String? = nil,
        productTaxClassId: Int, customerTaxClassId: Int, amount: Decimal
    ) {
        self.countryId = countryId
        self.regionId = regionId
        self.postcode = postcode
        self.productTaxClassId = productTaxClassId
        self.customerTaxClassId = customerTaxClassId
        self.amount = amount
    }
}

/// One rate that applies, with the rule and priority that brought it in.
public struct AppliedTaxRate: Sendable, Equatable {
    public var rateId: Int
    public var code: String
    public var percent: Decimal
    public var ruleId: Int
    public var priority: Int

    public init(rateId: Int, code: String, percent: Decimal, ruleId: Int, priority: Int) {
        self.rateId = rateId
        self.code = code
        self.percent = percent
        self.ruleId = ruleId
        self.priority = priority
    }
}

/// The answer: the rates in the order they were applied, their combined percentage and the tax.
public struct TaxCalculation: Sendable, Equatable {
    public var rates: [AppliedTaxRate]
    /// The effective percentage after compounding, unrounded.
    public var percent: Decimal
    /// `amount × percent / 100`, rounded half-up to cents.
    public var tax: Decimal

    public init(rates: [AppliedTaxRate], percent: Decimal, tax: Decimal) {
        self.rates = rates
        self.percent = percent
        self.tax = tax
    }
}
