import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    @Test("Checkout agreements keep their store views; only active ones in the view or in all views are listed as active",
          arguments: TestEngine.all)
    func checkoutAgreements(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let repository = storage.checkoutAgreements
            let all = try await repository.save(CheckoutAgreement(name: "All", content: "c", checkboxText: "t", isActive: true, mode: 1), storeIds: [0])
            let second = try await repository.save(CheckoutAgreement(name: "Two", content: "c", checkboxText: "t", isActive: true), storeIds: [2])
            _ = try await repository.save(CheckoutAgreement(name: "Off", content: "c", checkboxText: "t", isActive: false), storeIds: [0])
            #expect(try await repository.active(storeId: 1).map(\.name) == ["All"])
            #expect(try await repository.active(storeId: 2).map(\.name) == ["All", "Two"])
            var moved = second
            moved.contentHeight = "10em"
            _ = try await repository.save(moved, storeIds: [1, 1])
            #expect(try await repository.active(storeId: 1).map(\.contentHeight) == [nil, "10em"])
            try await repository.delete(id: all.agreementId ?? 0)
            #expect(try await repository.search(SearchCriteria()).map(\.name) == ["Two", "Off"])
            await #expect(throws: CommerceError.self) { try await repository.delete(id: all.agreementId ?? 0) }
        }
    }
}
