import CommerceDomain
import Foundation
import MagentoWire

extension Storage {
    /// Guest orders over the demo catalog, one in every state, each brought there through the
    /// same transitions the API uses (invoice, ship, refund, cancel, hold) rather than written in
    /// its final state. Returns the number of orders created; none when the catalog has fewer
    /// than two simple products in stock or when orders exist already.
    @discardableResult
    public func seedDemoOrders(stock: StockConfiguration = StockConfiguration()) async throws -> Int {
        guard try await sales.searchOrders(SearchCriteria(filterGroups: [], pageSize: 1)).totalCount == 0 else { return 0 }
        let products = try await products.searchProducts(
            SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "type_id", value: "simple")])], pageSize: 20), scope: .global
        ).items.filter { ($0.extensionAttributes?.stockItem?.qty ?? 0) >= 10 && $0.price != nil }
        guard products.count >= 2 else { return 0 }
        let buyers = DemoBuyer.all
        var created = 0
        func place(_ index: Int, state: OrderState = .new) async throws -> Int {
            let product = products[index % products.count]
            var order = buyers[index % buyers.count].order(sku: product.sku ?? "", name: product.name, price: product.price ?? 0, qty: Decimal(1 + index % 3))
            order.state = state.rawValue
            created += 1
            return try await sales.createOrder(order, stock: stock).entityId ?? 0
        }
        _ = try await place(0)
        let processing = try await place(1)
        _ = try await sales.invoice(orderId: processing, DocumentRequest())
        let complete = try await place(2)
        _ = try await sales.invoice(orderId: complete, DocumentRequest())
        _ = try await sales.ship(orderId: complete, DocumentRequest(tracks: [TrackRequest(trackNumber: "1Z999AA10123456784", title: "United Parcel Service", carrierCode: "ups")]))
        let closed = try await place(3)
        _ = try await sales.invoice(orderId: closed, DocumentRequest())
        _ = try await sales.ship(orderId: closed, DocumentRequest())
        let closedItem = try await sales.order(id: closed).items?.first?.itemId ?? 0
        _ = try await sales.refund(orderId: closed, invoiceId: nil, DocumentRequest(refund: RefundArguments(returnToStockItems: [closedItem])), stock: stock)
        let canceled = try await place(4)
        _ = try await sales.cancel(orderId: canceled, stock: stock)
        let held = try await place(5)
        try await sales.hold(orderId: held)
        _ = try await place(6, state: .pendingPayment)
        _ = try await place(7, state: .paymentReview)
        return created
    }
}

/// Plausible guest buyers for demo orders.
struct DemoBuyer {
    var firstname: String
    var lastname: String
    var email: String
    var street: String
    var city: String
    var region: String
    var postcode: String
    var countryId: String
    var telephone: String

    static let all = [
        DemoBuyer(firstname: "Veronica", lastname: "Costello", email: "roni_cost@example.com", street: "6146 Honey Bluff Parkway", city: "Calder", region: "Michigan", postcode: "49628-7978", countryId: "US", telephone: "(555) 229-3326"),
        DemoBuyer(firstname: "John", lastname: "Doe", email: "john.doe@example.com", street: "100 Main Street", city: "Austin", region: "Texas", postcode: "78701", countryId: "US", telephone: "512-555-0100"),
        DemoBuyer(firstname: "Emma", lastname: "Schmidt", email: "emma.schmidt@example.de", street: "Hauptstraße 5", city: "Berlin", region: "Berlin", postcode: "10115", countryId: "DE", telephone: "+49 30 1234567"),
        DemoBuyer(firstname: "Lucas", lastname: "Martin", email: "lucas.martin@example.fr", street: "12 Rue de Rivoli", city: "Paris", region: "Île-de-France", postcode: "75001", countryId: "FR", telephone: "+33 1 23 45 67 89"),
    ]

    func order(sku: String, name: String?, price: Decimal, qty: Decimal) -> Order {
        var address = OrderAddress()
        address.firstname = firstname
        address.lastname = lastname
        address.street = [street]
        address.city = city
        address.region = region
        address.postcode = postcode
        address.countryId = countryId
        address.telephone = telephone
        address.email = email
        var item = OrderItem()
        item.sku = sku
        item.name = name
        item.qtyOrdered = qty
        item.price = price
        var payment = OrderPayment()
        payment.method = "checkmo"
        var order = Order()
        order.customerEmail = email
        order.customerFirstname = firstname
        order.customerLastname = lastname
        order.shippingAmount = 5 * qty
        order.shippingDescription = "Flat Rate - Fixed"
        order.items = [item]
        order.billingAddress = address
        order.shippingAddress = address
        var shipping = order.extensionAttributes?.shippingAssignments?.first?.shipping ?? OrderShipping()
        shipping.method = "flatrate_flatrate"
        order.extensionAttributes?.shippingAssignments?[0].shipping = shipping
        order.payment = payment
        return order
    }
}
