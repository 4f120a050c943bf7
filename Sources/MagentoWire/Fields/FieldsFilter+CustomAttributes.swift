extension FieldsFilter {
    /// `custom_attributes[color,size]` keeps the entries with those codes; `[attribute_code]` or
    /// `[value]` keeps only that member of every entry.
    ///
    /// Kept entries keep their original indexes, so a gap makes PHP emit an object
    /// (`{"0":…,"3":…}`); contiguous indexes from 0 stay a list.
    func filterCustomAttributes(_ member: JSONValue) -> JSONValue {
        let entries: [(index: String, entry: JSONValue)]
        switch member {
        case .array(let elements):
            entries = elements.enumerated().map { (String($0.offset), $0.element) }
        case .object(let object):
            entries = object.map { ($0.key, $0.value) }
        default:
            return member
        }
        let keepsCode = selection(named: "attribute_code") != nil
        let keepsValue = selection(named: "value") != nil
        var kept = JSONObject()
        for (index, entry) in entries {
            guard case .object(let attribute) = entry else { continue }
            let code = attribute["attribute_code"] ?? .null
            let value = attribute["value"] ?? .null
            var filtered = JSONObject()
            if let name = code.stringValue, selection(named: name) != nil {
                filtered["attribute_code"] = code
                filtered["value"] = value
            } else {
                if keepsCode { filtered["attribute_code"] = code }
                if keepsValue { filtered["value"] = value }
            }
            if !filtered.isEmpty { kept[index] = .object(filtered) }
        }
        let isContiguous = kept.keys.enumerated().allSatisfy { $0.element == String($0.offset) }
        return isContiguous ? .array(kept.values) : .object(kept)
    }
}
