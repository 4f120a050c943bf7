import CommerceDomain
import Foundation
import MagentoWire

extension Storage {
    /// Orders over the demo catalog, one in every state plus one part invoiced and part shipped.
    /// Each is placed through checkout, as a buyer would place it (a cart, its lines, addresses,
    /// flat rate, check / money order, then the order: priced by the catalog, the cart price
    /// rules and the tax rules), then brought to its state through the transitions the API uses
    /// (invoice, ship, refund, cancel, hold; pending payment and payment review, which only a
    /// payment gateway reaches, by the order save). When the demo customers are there, every
    /// other order is theirs (their account, group and default address), the rest are guest
    /// orders. Returns the number of orders created; none when the catalog has fewer than two
    /// simple products in stock or when orders exist already.
    @discardableResult
    public func seedDemoOrders(stock: StockConfiguration = StockConfiguration()) async throws -> Int {
        guard try await sales.searchOrders(SearchCriteria(filterGroups: [], pageSize: 1)).totalCount == 0 else { return 0 }
        let skus = try await products.searchProducts(
            SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "type_id", value: "simple")])], pageSize: 20), scope: .global
        ).items.filter { ($0.extensionAttributes?.stockItem?.qty ?? 0) >= 10 && $0.price != nil }.compactMap(\.sku)
        guard skus.count >= 2 else { return 0 }
        let checkout = CheckoutService(quotes: quotes, products: products, attributes: productAttributes, stock: { stock })
        let shoppers = try await demoShoppers()
        var created = 0
        func line(_ index: Int, qty: Decimal) -> CartItem {
            CartItem(sku: skus[index % skus.count], qty: qty)
        }
        func place(_ index: Int, extra: [CartItem] = []) async throws -> Int {
            let buyer = index % 2 == 0 && !shoppers.isEmpty ? shoppers[index / 2 % shoppers.count] : DemoBuyer.guests[index % DemoBuyer.guests.count]
            created += 1
            return try await buyer.checkout([line(index, qty: Decimal(1 + index % 3))] + extra, with: checkout, quotes: quotes)
        }
        _ = try await place(0)
        let processing = try await place(1)
        _ = try await sales.invoice(orderId: processing, DocumentRequest())
        let complete = try await place(2)
        _ = try await sales.invoice(orderId: complete, DocumentRequest())
        let ups = TrackRequest(trackNumber: "1Z999AA10123456784", title: "United Parcel Service", carrierCode: "ups")
        _ = try await sales.ship(orderId: complete, DocumentRequest(tracks: [ups]), stock: stock)
        let closed = try await place(3)
        _ = try await sales.invoice(orderId: closed, DocumentRequest())
        _ = try await sales.ship(orderId: closed, DocumentRequest(), stock: stock)
        let closedItem = try await sales.order(id: closed).items?.first?.itemId ?? 0
        _ = try await sales.refund(orderId: closed, invoiceId: nil, DocumentRequest(refund: RefundArguments(returnToStockItems: [closedItem])), stock: stock)
        let canceled = try await place(4)
        _ = try await sales.cancel(orderId: canceled, stock: stock)
        let held = try await place(5)
        try await sales.hold(orderId: held)
        for (index, state) in [(6, OrderState.pendingPayment), (7, .paymentReview)] {
            var change = Order()
            change.entityId = try await place(index)
            change.state = state.rawValue
            change.status = state.defaultStatus
            _ = try await sales.updateOrder(change)
        }
        // Two rows: one unit of the first invoiced and shipped, so both documents are partial.
        let partial = try await place(8, extra: [line(9, qty: 1)])
        let partialItem = try await sales.order(id: partial).items?.first?.itemId ?? 0
        _ = try await sales.invoice(orderId: partial, DocumentRequest(items: [DocumentItemRequest(orderItemId: partialItem, qty: 1)]))
        _ = try await sales.ship(orderId: partial, DocumentRequest(items: [DocumentItemRequest(orderItemId: partialItem, qty: 1)]), stock: stock)
        return created
    }

    /// The first demo customers as stored (with their default address), or none when the demo
    /// customers were not seeded.
    func demoShoppers() async throws -> [DemoBuyer] {
        var shoppers: [DemoBuyer] = []
        for entry in DemoCustomers.all.prefix(5) {
            guard let id = try await customers.customerId(email: entry.email, websiteId: 1) else { continue }
            shoppers.append(DemoBuyer(customer: try await customers.customer(id: id)))
        }
        return shoppers
    }
}

/// Who places a demo order: a guest with an address, or a demo customer with their default one.
struct DemoBuyer {
    var customerId: Int?
    var email: String
    var address: CartAddress

    /// The demo store's own checkout settings (flat rate, check / money order), not the store
    /// config, so the seed is the same whatever the config says.
    static let settings = CheckoutSettings(websiteId: 1, currency: "USD", carriers: CarrierSettings(), payments: PaymentSettings())

    static let guests = [
        DemoBuyer(firstname: "Veronica", lastname: "Costello", email: "roni_cost@example.com", street: "6146 Honey Bluff Parkway", city: "Calder", region: "Michigan", postcode: "49628-7978", countryId: "US", telephone: "(555) 229-3326"),
        DemoBuyer(firstname: "John", lastname: "Doe", email: "john.doe@example.com", street: "100 Main Street", city: "Austin", region: "Texas", postcode: "78701", countryId: "US", telephone: "512-555-0100"),
        DemoBuyer(firstname: "Emma", lastname: "Schmidt", email: "emma.schmidt@example.de", street: "Hauptstraße 5", city: "Berlin", region: "Berlin", postcode: "10115", countryId: "DE", telephone: "+49 30 1234567"),
        DemoBuyer(firstname: "Lucas", lastname: "Martin", email: "lucas.martin@example.fr", street: "12 Rue de Rivoli", city: "Paris", region: "Île-de-France", postcode: "75001", countryId: "FR", telephone: "+33 1 23 45 67 89"),
    ]

    /// Runs checkout for `lines`: a cart, its lines, addresses and flat rate, then the order
    /// with check / money order. Returns the order's id.
    func checkout(_ lines: [CartItem], with checkout: CheckoutService, quotes: any QuoteRepository) async throws -> Int {
        let cartId = try await quotes.createQuote(storeId: 1, customerId: customerId).id
        for line in lines { _ = try await checkout.addItem(cartId, line, storeId: 1) }
        var information = ShippingInformation()
        information.shippingAddress = address
        information.billingAddress = address
        information.shippingCarrierCode = "flatrate"
        information.shippingMethodCode = "flatrate"
        _ = try await checkout.saveShippingInformation(cartId, information, settings: Self.settings)
        return try await checkout.placeOrder(
            cartId, payment: CartPayment(method: "checkmo"), email: customerId == nil ? email : nil, settings: Self.settings
        )
    }
}

extension DemoBuyer {
    /// A guest.
    init(firstname: String, lastname: String, email: String, street: String, city: String, region: String, postcode: String, countryId: String, telephone: String) {
        var address = CartAddress()
        address.firstname = firstname
        address.lastname = lastname
        address.street = [street]
        address.city = city
        address.region = region
        address.postcode = postcode
        address.countryId = countryId
        address.telephone = telephone
        address.email = email
        self.init(customerId: nil, email: email, address: address)
    }

    /// A registered customer, shipping to and billed at their first address.
    init(customer: Customer) {
        var address = customer.addresses?.first.map { CartAddress($0) } ?? CartAddress()
        address.email = customer.email
        self.init(customerId: customer.id, email: customer.email ?? "", address: address)
    }
}
