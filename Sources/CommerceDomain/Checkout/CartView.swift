import Foundation
import MagentoWire

/// A cart as the wire shows it.
enum CartView {
    static func item(_ line: QuoteItem, quote: Quote, inputs: CartInputs) -> CartItem {
        let facts = CartLineFacts(line, inputs: inputs)
        var item = CartItem(
            itemId: line.itemId, sku: line.sku, qty: line.qty, name: facts.name,
            price: facts.price, productType: facts.productType, quoteId: String(quote.id)
        )
        item.productOption = line.productOption
        if let bundle = inputs.product(line.sku), bundle.typeId == "bundle" {
            item.sku = BundleSelection.lineSku(of: line, bundle: bundle)
        }
        return item
    }

    static func cart(_ quote: Quote, inputs: CartInputs, settings: CheckoutSettings) -> Cart {
        let priced = CartPricing.price(quote, inputs: inputs, settings: settings)
        let items = quote.items.map { item($0, quote: quote, inputs: inputs) }
        var cart = Cart()
        cart.id = quote.id
        cart.createdAt = quote.createdAt
        cart.updatedAt = quote.updatedAt
        cart.isActive = quote.isActive
        cart.isVirtual = priced.isVirtual
        cart.items = items
        cart.itemsCount = items.count
        cart.itemsQty = quote.itemsQty
        let buyer = inputs.buyer
        cart.customer = CartCustomer(
            id: buyer.customerId, groupId: buyer.customerId == nil ? nil : buyer.groupId,
            email: buyer.email ?? quote.details.customerEmail, firstname: buyer.firstname, lastname: buyer.lastname
        )
        cart.billingAddress = quote.details.billingAddress ?? CartAddress.empty
        cart.reservedOrderId = quote.details.reservedOrderId
        cart.origOrderId = 0
        cart.currency = CartCurrency(code: settings.currency)
        cart.customerIsGuest = quote.customerId == nil
        cart.customerNoteNotify = true
        cart.customerTaxClassId = buyer.taxClassId
        cart.storeId = quote.storeId
        if let address = quote.details.shippingAddress, !priced.isVirtual {
            cart.extensionAttributes = CartExtensionAttributes(shippingAssignments: [
                CartShippingAssignment(shipping: CartShipping(address: address, method: quote.shippingMethod), items: items),
            ])
        } else {
            cart.extensionAttributes = CartExtensionAttributes(shippingAssignments: [])
        }
        return cart
    }
}

extension CartAddress {
    /// What Magento shows for an address not set yet: no fields but the empty street.
    static var empty: CartAddress {
        var address = CartAddress()
        address.street = [""]
        address.sameAsBilling = 0
        address.saveInAddressBook = 0
        return address
    }
}
