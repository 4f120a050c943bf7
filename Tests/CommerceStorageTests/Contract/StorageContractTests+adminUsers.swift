import CommerceDomain
import CommerceStorage
import SQLKit
import Testing

extension StorageContractTests {
    static let alice = NewAdminUser(
        username: "Alice", email: "alice@example.com", firstName: "Alice", lastName: "Liddell", passwordHash: "hash-1"
    )

    @Test("Creating an admin returns it with a new id", arguments: TestEngine.all)
    func creatingAnAdmin(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let created = try await storage.adminUsers.create(Self.alice)
            #expect(created == AdminUser(
                id: created.id, username: "Alice", email: "alice@example.com", firstName: "Alice",
                lastName: "Liddell", passwordHash: "hash-1", isActive: true
            ))
            #expect(try await storage.adminUsers.find(id: created.id) == created)
            #expect(try await storage.adminUsers.count() == 1)
        }
    }

    @Test("Admins are found by username ignoring case", arguments: TestEngine.all)
    func findingAdminIgnoresCase(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let created = try await storage.adminUsers.create(Self.alice)
            #expect(try await storage.adminUsers.find(username: "aLICE") == created)
            #expect(try await storage.adminUsers.find(username: "bob") == nil)
            #expect(try await storage.adminUsers.find(id: created.id + 1) == nil)
        }
    }

    @Test("A username taken in another case is rejected", arguments: TestEngine.all)
    func duplicateUsernameIsRejected(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.adminUsers.create(Self.alice)
            var twin = Self.alice
            twin.username = "ALICE"
            await #expect(throws: CommerceError.alreadyExists(message: "The username already exists.", parameters: [])) {
                try await storage.adminUsers.create(twin)
            }
            #expect(try await storage.adminUsers.count() == 1)
        }
    }

    @Test("Creating an admin writes its outbox event in the same transaction", arguments: TestEngine.all)
    func creatingAnAdminWritesItsEvent(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let created = try await storage.adminUsers.create(Self.alice)
            let events = try await storage.events.events(after: 0, limit: 10)
            #expect(events.map(\.event) == [
                DomainEvent(type: "admin_user.created", entityType: "admin_user", entityId: String(created.id), payload: #"{"username":"Alice"}"#),
            ])
            #expect(events.first?.createdAt == "2024-05-06 07:08:09")
        }
    }

    @Test("A rejected admin creation writes no event", arguments: TestEngine.all)
    func rejectedCreationWritesNoEvent(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.adminUsers.create(Self.alice)
            _ = try? await storage.adminUsers.create(Self.alice)
            #expect(try await storage.events.events(after: 0, limit: 10).count == 1)
        }
    }

    @Test("A transaction that throws leaves neither the row nor its event", arguments: TestEngine.all)
    func failedTransactionWritesNeither(engine: TestEngine) async throws {
        struct Abort: Error {}
        try await withStorage(engine) { storage throws in
            await #expect(throws: Abort.self) {
                try await storage.provider.transaction { db in
                    try await db.raw("""
                        INSERT INTO admin_user (firstname, lastname, email, username, username_key, password, created, modified)
                        VALUES ('B', 'B', 'b@example.com', 'bob', 'bob', 'x', '2024-01-01 00:00:00', '2024-01-01 00:00:00')
                        """).run()
                    try await Outbox.append(
                        DomainEvent(type: "admin_user.created", entityType: "admin_user", entityId: "1"),
                        on: db, at: "2024-01-01 00:00:00"
                    )
                    throw Abort()
                }
            }
            #expect(try await storage.adminUsers.count() == 0)
            #expect(try await storage.events.events(after: 0, limit: 10).isEmpty)
        }
    }
}
