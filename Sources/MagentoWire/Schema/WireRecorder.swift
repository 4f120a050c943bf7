/// What one type's `init(from:)` asked the ``ReflectingDecoder`` for.
final class WireRecorder {
    /// The keyed members, in the order they were read; nil when no keyed container was asked for.
    private(set) var fields: [WireField]?
    /// The shape read through a single-value or unkeyed container.
    var single: WireType?
    /// Keys asked about with `contains` or `decodeNil`: optional whatever is read next.
    private var probed: Set<String> = []

    func openKeyed() {
        if fields == nil { fields = [] }
    }

    func probe(_ key: String) {
        probed.insert(key)
    }

    func record(_ key: String, _ type: WireType, required: Bool) {
        var list = fields ?? []
        let required = required && !probed.contains(key)
        if let index = list.firstIndex(where: { $0.name == key }) {
            // Read twice (a fallback read): required only if every read requires it.
            list[index].required = list[index].required && required
        } else {
            list.append(WireField(key, type, required: required))
        }
        fields = list
    }
}
