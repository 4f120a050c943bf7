/// A searchCriteria `condition_type`, mapped the way Magento's MySQL adapter maps it.
enum FilterCondition: Equatable {
    case eq, neq, like, nlike, `in`, nin, null, notNull, gt, lt, gteq, lteq
    case finset, nfinset, regexp, fulltext

    /// Keys are matched exactly, as PHP's array lookup does. `moreq` and any unknown key fall
    /// through to a plain equality in Magento's adapter, so they do here too.
    init(magentoName: String?) {
        switch magentoName {
        case "neq": self = .neq
        case "like": self = .like
        case "nlike": self = .nlike
        case "in": self = .in
        case "nin": self = .nin
        case "null": self = .null
        case "notnull": self = .notNull
        case "gt": self = .gt
        case "lt": self = .lt
        case "gteq", "from": self = .gteq
        case "lteq", "to": self = .lteq
        case "finset": self = .finset
        case "nfinset": self = .nfinset
        case "regexp": self = .regexp
        case "fulltext": self = .fulltext
        default: self = .eq
        }
    }

    /// Conditions that match text patterns: the column is compared in its text form.
    var isPatternMatch: Bool {
        switch self {
        case .like, .nlike, .finset, .nfinset, .regexp, .fulltext: true
        default: false
        }
    }
}
