import CommerceDomain
import CommerceStorage
import Testing

extension StorageContractTests {
    @Test("Two-factor settings start empty; the first Google secret stored wins; activation, providers and default are kept",
          arguments: TestEngine.all)
    func twoFactorConfig(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let user = try await storage.adminUsers.create(Self.alice)
            let repository = storage.twoFactor
            let empty = try await repository.config(userId: user.id)
            #expect(empty == TwoFactorUserConfig(userId: user.id))
            let first = try await repository.googleSecret(userId: user.id, orStore: "FIRSTSECRET")
            let second = try await repository.googleSecret(userId: user.id, orStore: "OTHERSECRET")
            #expect(first == "FIRSTSECRET")
            #expect(second == "FIRSTSECRET")
            try await repository.activateGoogle(userId: user.id)
            try await repository.setProviders(userId: user.id, codes: ["google", "authy"])
            try await repository.setDefaultProvider(userId: user.id, code: "google")
            let saved = try await repository.config(userId: user.id)
            #expect(saved == TwoFactorUserConfig(
                userId: user.id, providers: ["google", "authy"], defaultProvider: "google", googleSecret: "FIRSTSECRET", googleActive: true
            ))
            // A first change other than the secret makes the row too.
            let other = try await storage.adminUsers.create(NewAdminUser(
                username: "bob", email: "bob@example.com", firstName: "Bob", lastName: "B", passwordHash: "hash-2"
            ))
            try await repository.setDefaultProvider(userId: other.id, code: "google")
            let otherConfig = try await repository.config(userId: other.id)
            #expect(otherConfig == TwoFactorUserConfig(userId: other.id, defaultProvider: "google"))
        }
    }
}
