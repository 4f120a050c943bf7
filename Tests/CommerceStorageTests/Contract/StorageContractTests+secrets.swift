import CommerceStorage
import Testing

extension StorageContractTests {
    @Test("The first stored secret is returned to later callers", arguments: TestEngine.all)
    func firstSecretWins(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.secrets.secret(named: "jwt", orStore: "first") == "first")
            #expect(try await storage.secrets.secret(named: "jwt", orStore: "second") == "first")
            #expect(try await storage.secrets.secret(named: "other", orStore: "third") == "third")
        }
    }

    @Test("Racing callers all get the one secret that was stored", arguments: TestEngine.shared)
    func racingCallersGetOneSecret(engine: TestEngine) async throws {
        try await withNodes(engine, count: 2) { nodes throws in
            try await nodes[0].migrate()
            let values = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<12 {
                    group.addTask { try await nodes[index % 2].secrets.secret(named: "jwt", orStore: "candidate-\(index)") }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(values.count == 1)
            #expect(values.first?.hasPrefix("candidate-") == true)
        }
    }
}
