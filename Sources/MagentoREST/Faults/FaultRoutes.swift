import HTTPTypes
import MagentoWire

/// `/V1/magpie/faults`: read, replace and clear the fault rules of this process. These routes are
/// never faulted themselves, so a test can always switch faults off again.
public struct FaultRoutes: Sendable {
    let faults: FaultInjector

    public init(faults: FaultInjector) {
        self.faults = faults
    }

    static let segments = ["V1", "magpie", "faults"]
    static let access = EndpointAccess.resources(["Magpie_Faults::manage"])
    static let service = "magpieFaultsV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/magpie/faults", access: Self.access, service: Self.service, operation: "get",
                     summary: "The fault rules in force, with how many requests each matched and how often it fired.") { [faults] _ in
                faults.report()
            },
            Endpoint(.put, "/V1/magpie/faults", access: Self.access, service: Self.service, operation: "replace",
                     summary: "Replace the fault rules; every counter starts again from zero.", body: [.required("faults", FaultRuleSetSpec.self)]) { [faults] call in
                let plan: FaultPlan
                do {
                    plan = try FaultPlan(try call.argument("faults", as: FaultRuleSetSpec.self))
                } catch let error as FaultRuleError {
                    throw MagentoHTTPError(.badRequest, "Invalid fault rules: %1", parameters: .positional([error.description]))
                }
                faults.replace(with: plan)
                return faults.report()
            },
            Endpoint(.delete, "/V1/magpie/faults", access: Self.access, service: Self.service, operation: "clear",
                     summary: "Remove every fault rule (tokens already expired stay expired).") { [faults] _ in
                faults.replace(with: .empty)
                return true
            },
        ]
    }
}
