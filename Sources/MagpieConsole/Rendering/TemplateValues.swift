/// Makes page values safe for Mustache sections.
///
/// A `nil` stored in `[String: Any]` is a boxed `Optional.none`, which Mustache treats as a
/// present value and would render `{{#problem}}` for; this drops such entries and unwraps the
/// present optionals, all the way down.
enum TemplateValues {
    static func clean(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            return clean(wrapped)
        }
        if let dictionary = value as? [String: Any] {
            return dictionary.compactMapValues(clean)
        }
        if let array = value as? [Any] {
            return array.compactMap(clean)
        }
        return value
    }
}
