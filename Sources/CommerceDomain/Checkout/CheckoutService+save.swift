import Foundation
import MagentoWire

/// `PUT /V1/carts/mine` (Magento's CartRepositoryInterface::save for the customer's own cart).
extension CheckoutService {
    /// Saves what the sent cart carries, as Magento's quote save handler does: each of its
    /// `items` (with an `item_id`: that line's new quantity; without: a line added, or added to
    /// the line with the same SKU; lines not sent stay), the `billing_address`, and the first
    /// shipping assignment's address and method (`carrier_method`); a billing address without a
    /// country, as an empty cart reads back, is left out. Every part is checked
    /// before anything is written, so a refused save changes nothing. Other fields (ids,
    /// customer, currency, totals) are the server's and are ignored.
    public func saveCart(_ id: Int, _ cart: Cart, storeId: Int, settings: CheckoutSettings) async throws {
        var candidate = try await activeQuote(id)
        var writes: [(itemId: Int?, line: QuoteItem)] = []
        for input in cart.items ?? [] {
            if let itemId = input.itemId {
                let changed = try await checkedChange(of: itemId, to: input.qty, in: candidate, storeId: storeId)
                candidate.items = candidate.items.map { $0.itemId == itemId ? changed : $0 }
                writes.append((itemId, changed))
            } else {
                let line = try await checkedNewLine(input, in: candidate, storeId: storeId)
                if let index = candidate.items.firstIndex(where: { $0.sku.lowercased() == line.sku.lowercased() }) {
                    candidate.items[index].qty += line.qty
                } else {
                    // A stand-in id until the line is written; pricing only needs it unique.
                    candidate.items.append(QuoteItem(itemId: -writes.count - 1, sku: line.sku, qty: line.qty, parentSku: line.parentSku))
                }
                writes.append((nil, line))
            }
        }
        let shipping = cart.extensionAttributes?.shippingAssignments.first?.shipping
        let method = try shipping.map { try checkedShipping($0, candidate: &candidate) } ?? nil
        if let method { try await checkOffered(candidate, carrier: method.carrier, method: method.method, settings: settings) }

        // The empty billing address a new cart reads back (no country) is not an address to save.
        let billingAddress = try await owned(cart.billingAddress.flatMap { $0.countryId == nil ? nil : $0 }, quote: candidate)
        let shippingAddress = try await owned(shipping?.address, quote: candidate)

        for write in writes {
            _ = try await quotes.saveItem(quoteId: id, itemId: write.itemId, line: write.line, adds: write.itemId == nil)
        }
        guard billingAddress != nil || shipping != nil else { return }
        _ = try await quotes.updateQuote(id: id) { quote in
            if var billing = billingAddress {
                billing.id = quote.details.billingAddress?.id
                quote.details.billingAddress = billing
            }
            if var address = shippingAddress {
                address.id = quote.details.shippingAddress?.id
                quote.details.shippingAddress = address
                quote.details.shippingCarrierCode = method?.carrier
                quote.details.shippingMethodCode = method?.method
            }
        }
    }

    /// The shipping address must have a country; the method, when sent, is `carrier_method`
    /// and needs lines to ship.
    private func checkedShipping(_ shipping: CartShipping, candidate: inout Quote) throws -> (carrier: String, method: String)? {
        guard let country = shipping.address.countryId, !country.isEmpty else { throw CheckoutMessages.shippingAddressMissing }
        candidate.details.shippingAddress = shipping.address
        guard let code = shipping.method, !code.isEmpty else { return nil }
        guard !candidate.items.isEmpty else { throw CheckoutMessages.shippingForEmptyCart }
        let parts = code.split(separator: "_", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw CheckoutMessages.noSuchCarrier(parts.first ?? code, "") }
        return (parts[0], parts[1])
    }
}
