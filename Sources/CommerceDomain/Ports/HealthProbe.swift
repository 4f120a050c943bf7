/// Whether the dependencies a node needs (its database) answer.
public protocol HealthProbe: Sendable {
    func isHealthy() async -> Bool
}
