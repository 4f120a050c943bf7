import MagentoWire

/// Checkout terms and conditions with the store views they show in (0: all).
public protocol CheckoutAgreementRepository: Sendable {
    /// Agreements matching `criteria`, active or not, for any store view.
    func search(_ criteria: SearchCriteria) async throws -> [CheckoutAgreement]
    /// The active agreements shown in `storeId` (or in every view), by id.
    func active(storeId: Int) async throws -> [CheckoutAgreement]
    /// Creates (no id) or replaces an agreement; answers it with its id.
    func save(_ agreement: CheckoutAgreement, storeIds: [Int]) async throws -> CheckoutAgreement
    func delete(id: Int) async throws
}
