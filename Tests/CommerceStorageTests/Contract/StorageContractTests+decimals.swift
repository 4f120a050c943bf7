import CommerceDomain
import CommerceStorage
import Foundation
import SQLKit
import Testing

extension StorageContractTests {
    @Test("Exact decimals read back as written, rounded to four places", arguments: TestEngine.all)
    func decimalsRoundTrip(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let engine = storage.provider.engine
            let dialect = SchemaDialect(engine: engine)
            let values = ["0.1", "19.99", "-4.00005", "12345678901234.5678"].map { Decimal(string: $0)! }
            let read = try await storage.provider.transaction { db in
                try await db.raw("CREATE TABLE money_check (\(unsafeRaw: dialect.identityPrimaryKey("id")), \(unsafeRaw: dialect.decimal("amount")))").run()
                for value in values {
                    try await db.raw("INSERT INTO money_check (amount) VALUES (\(bind: try ExactDecimal.storable(value, engine: engine, field: "amount")))").run()
                }
                return try await db.raw("SELECT amount FROM money_check ORDER BY id").all()
                    .map { try ExactDecimal.decode($0, column: "amount", engine: engine) }
            }
            #expect(read == ["0.1", "19.99", "-4.0001", "12345678901234.5678"].map { Decimal(string: $0)! })
        }
    }

    @Test("A decimal no column can hold is refused with Magento's invalid value, never wrapped", arguments: TestEngine.all)
    func decimalsOutOfRange(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let engine = storage.provider.engine
            #expect(throws: Never.self) { try ExactDecimal.storable(Decimal(string: "99999999999999.9999")!, engine: engine, field: "price") }
            #expect(throws: Never.self) { try ExactDecimal.storable(Decimal(string: "-99999999999999.9999")!, engine: engine, field: "price") }
            for text in ["1000000000000000", "922337203685478", "-100000000000000"] {
                #expect(throws: CommerceError.invalidInputNamed(
                    message: "Invalid value of \"%value\" provided for the %fieldName field.",
                    parameters: ["fieldName": "price", "value": Decimal(string: text)!.description]
                )) { try ExactDecimal.storable(Decimal(string: text)!, engine: engine, field: "price") }
            }
        }
    }
}
