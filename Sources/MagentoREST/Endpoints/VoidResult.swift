/// What Magento sends for a service method returning `void`: an empty JSON list, `[]`.
public struct VoidResult: Encodable, Sendable {
    public init() {}

    public func encode(to encoder: any Encoder) throws {
        _ = encoder.unkeyedContainer()
    }
}
