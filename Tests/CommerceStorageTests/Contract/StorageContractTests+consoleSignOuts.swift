import CommerceDomain
import CommerceStorage
import Foundation
import Testing

extension StorageContractTests {
    @Test("A console sign-out is recorded once and found by its hash; each new one sweeps records past their time",
          arguments: TestEngine.all)
    func consoleSignOuts(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let signOuts = storage.consoleSignOuts
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            #expect(try await signOuts.isSignedOut(sessionHash: "a") == false)
            try await signOuts.record(sessionHash: "a", until: now.addingTimeInterval(60), now: now)
            // Signing out twice (two tabs) is not an error.
            try await signOuts.record(sessionHash: "a", until: now.addingTimeInterval(90), now: now)
            #expect(try await signOuts.isSignedOut(sessionHash: "a"))
            #expect(try await signOuts.isSignedOut(sessionHash: "b") == false)
            let later = now.addingTimeInterval(120)
            try await signOuts.record(sessionHash: "b", until: later.addingTimeInterval(60), now: later)
            let swept = try await signOuts.isSignedOut(sessionHash: "a")
            #expect(swept == false)
            #expect(try await signOuts.isSignedOut(sessionHash: "b"))
        }
    }
}
