/// Types every area shares: money, the currency enum, filter inputs and sort order.
enum ScalarsSchema {
    static let sdl = """
    enum CurrencyEnum { \(CurrencyCodes.all.joined(separator: " ")) }
    type Money {
        currency: CurrencyEnum
        value: Float
    }
    enum SortEnum { ASC DESC }
    input FilterEqualTypeInput {
        eq: String
        in: [String]
    }
    enum FilterMatchTypeEnum { FULL PARTIAL }
    input FilterMatchTypeInput {
        match: String
        match_type: FilterMatchTypeEnum
    }
    input FilterRangeTypeInput {
        from: String
        to: String
    }
    input FilterStringTypeInput {
        eq: String
        in: [String]
        match: String
    }
    input FilterTypeInput {
        eq: String
        finset: [String]
        from: String
        gt: String
        gteq: String
        in: [String]
        like: String
        lt: String
        lteq: String
        moreq: String
        neq: String
        nin: [String]
        notnull: String
        null: String
        to: String
    }
    type SearchResultPageInfo {
        current_page: Int
        page_size: Int
        total_pages: Int
    }
    type KeyValue {
        name: String
        value: String
    }
    """
}
