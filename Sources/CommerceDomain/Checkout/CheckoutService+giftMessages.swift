import Foundation
import MagentoWire

/// Gift messages on a cart and on its lines (Magento's GiftMessage cart and item repositories).
/// They are kept with the cart and carried onto the order and its lines when it is placed.
extension CheckoutService {
    /// The cart's message, or a line's; nil when none was set.
    public func giftMessage(_ id: Int, itemId: Int?) async throws -> GiftMessage? {
        let quote = try await activeQuote(id)
        guard let itemId else { return quote.details.giftMessage }
        guard quote.item(itemId) != nil else {
            throw CommerceError.notFound(message: "No item with the provided ID was found in the Cart. Verify the ID and try again.")
        }
        return quote.details.itemGiftMessages?[String(itemId)]
    }

    /// Sets the cart's message or a line's, refused as Magento refuses it: an empty cart, virtual
    /// products, a store that does not allow gift messages there.
    public func setGiftMessage(_ id: Int, itemId: Int?, _ message: GiftMessage, settings: CheckoutSettings) async throws -> Bool {
        let quote = try await activeQuote(id)
        let inputs = try await quotes.inputs(for: quote)
        func isVirtual(_ line: QuoteItem) -> Bool {
            ["virtual", "downloadable"].contains(inputs.product(line.sku)?.typeId ?? "simple")
        }
        var stored = message
        stored.customerId = quote.customerId ?? 0
        if let itemId {
            guard let line = quote.item(itemId) else {
                throw CommerceError.notFound(
                    message: "No product with the \"%1\" itemId exists in the Cart. Verify your information and try again.", parameters: [String(itemId)]
                )
            }
            if isVirtual(line) { throw Self.virtualGiftMessage }
            guard settings.giftMessagesOnItems else { throw Self.giftMessagesOff }
        } else {
            guard !quote.items.isEmpty else {
                throw CommerceError.invalidInput(message: "Gift messages can't be used for an empty cart. Add an item and try again.")
            }
            if quote.items.allSatisfy(isVirtual) { throw Self.virtualGiftMessage }
            guard settings.giftMessagesOnOrder else { throw Self.giftMessagesOff }
        }
        let saved = stored
        _ = try await quotes.updateQuote(id: id) { quote in
            if let itemId {
                quote.details.itemGiftMessages = (quote.details.itemGiftMessages ?? [:]).merging([String(itemId): saved]) { _, new in new }
            } else {
                quote.details.giftMessage = saved
            }
        }
        return true
    }

    static let virtualGiftMessage = CommerceError.invalidState(message: "Gift messages can't be used for virtual products.")
    static let giftMessagesOff = CommerceError.invalidInput(message: "The gift message isn't available.")
}
