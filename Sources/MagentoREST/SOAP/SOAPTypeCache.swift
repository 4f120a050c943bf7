import MagentoWire
import Synchronization

/// The reflected types of each operation, worked out on its first call and kept: reflecting
/// the models costs more than a call, and they never change while the server runs.
final class SOAPTypeCache: Sendable {
    struct Types: Sendable {
        var arguments: [String: WireType]
        var result: WireType
        var definitions: [String: WireDefinition]
    }

    private let cached = Mutex<[String: Types]>([:])

    func types(of operation: SOAPOperation) -> Types {
        if let known = cached.withLock({ $0[operation.name] }) { return known }
        let reflector = WireTypeReflector()
        var arguments: [String: WireType] = [:]
        for argument in operation.arguments { arguments[argument.name] = argument.describe(reflector) }
        let result = operation.variants[0].responseType(reflector)
        let types = Types(
            arguments: arguments, result: result,
            definitions: Dictionary(reflector.definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        )
        cached.withLock { $0[operation.name] = types }
        return types
    }
}
