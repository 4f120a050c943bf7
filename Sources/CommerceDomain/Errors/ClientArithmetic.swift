/// Arithmetic on integers a client sent: an overflow becomes Magento's invalid-value 400
/// instead of trapping, so no request can crash the process with a large number.
public enum ClientArithmetic {
    /// Magento's message for a value a field cannot hold.
    public static func invalidValue(_ field: String, _ value: some CustomStringConvertible) -> CommerceError {
        .invalidInputNamed(
            message: "Invalid value of \"%value\" provided for the %fieldName field.",
            parameters: ["fieldName": field, "value": value.description]
        )
    }

    /// `a + b`, or the invalid-value error for `field` (reporting `a`) when it does not fit.
    public static func adding(_ a: Int, _ b: Int, field: String) throws -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { throw invalidValue(field, a) }
        return sum
    }

    /// `a * b`, or the invalid-value error for `field` (reporting `a`) when it does not fit.
    public static func multiplying(_ a: Int, _ b: Int, field: String) throws -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw invalidValue(field, a) }
        return product
    }

    /// The row offset of page `page` (1-based) of `size` rows, refused when it does not fit.
    public static func offset(page: Int, size: Int) throws -> Int {
        let (offset, overflow) = (max(page, 1) - 1).multipliedReportingOverflow(by: size)
        if overflow { throw invalidValue("currentPage", page) }
        return offset
    }
}
