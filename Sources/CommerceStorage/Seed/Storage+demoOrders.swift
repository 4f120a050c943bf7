import CommerceDomain
import Foundation
import MagentoWire

extension Storage {
    /// Orders over the demo catalog, one in every state plus one part invoiced and part shipped,
    /// each brought there through the same transitions the API uses (invoice, ship, refund,
    /// cancel, hold) rather than written in its final state. When the demo customers are there,
    /// every other order is theirs (customer id, group and default address), the rest are guest
    /// orders. Returns the number of orders created; none when the catalog has fewer than two
    /// simple products in stock or when orders exist already.
    @discardableResult
    public func seedDemoOrders(stock: StockConfiguration = StockConfiguration()) async throws -> Int {
        guard try await sales.searchOrders(SearchCriteria(filterGroups: [], pageSize: 1)).totalCount == 0 else { return 0 }
        let products = try await products.searchProducts(
            SearchCriteria(filterGroups: [FilterGroup(filters: [Filter(field: "type_id", value: "simple")])], pageSize: 20), scope: .global
        ).items.filter { ($0.extensionAttributes?.stockItem?.qty ?? 0) >= 10 && $0.price != nil }
        guard products.count >= 2 else { return 0 }
        let guests = DemoBuyer.all
        let shoppers = try await demoShoppers()
        var created = 0
        func line(_ index: Int, qty: Decimal) -> DemoBuyer.Line {
            let product = products[index % products.count]
            return DemoBuyer.Line(sku: product.sku ?? "", name: product.name, price: product.price ?? 0, qty: qty)
        }
        func place(_ index: Int, state: OrderState = .new, extra: [DemoBuyer.Line] = []) async throws -> Int {
            let buyer = index % 2 == 0 && !shoppers.isEmpty ? shoppers[index / 2 % shoppers.count] : guests[index % guests.count]
            var order = buyer.order([line(index, qty: Decimal(1 + index % 3))] + extra)
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
        // Two rows: one unit of the first invoiced and shipped, so both documents are partial.
        let partial = try await place(8, extra: [line(9, qty: 1)])
        let partialItem = try await sales.order(id: partial).items?.first?.itemId ?? 0
        _ = try await sales.invoice(orderId: partial, DocumentRequest(items: [DocumentItemRequest(orderItemId: partialItem, qty: 1)]))
        _ = try await sales.ship(orderId: partial, DocumentRequest(items: [DocumentItemRequest(orderItemId: partialItem, qty: 1)]))
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

/// Plausible buyers for demo orders: guests, or demo customers with their account details.
struct DemoBuyer {
    struct Line {
        var sku: String
        var name: String?
        var price: Decimal
        var qty: Decimal
    }

    var firstname: String
    var lastname: String
    var email: String
    var street: String
    var city: String
    var region: String
    var postcode: String
    var countryId: String
    var telephone: String
    var regionId: Int?
    var customerId: Int?
    var groupId: Int?
    var customerAddressId: Int?

    static let all = [
        DemoBuyer(firstname: "Veronica", lastname: "Costello", email: "roni_cost@example.com", street: "6146 Honey Bluff Parkway", city: "Calder", region: "Michigan", postcode: "49628-7978", countryId: "US", telephone: "(555) 229-3326"),
        DemoBuyer(firstname: "John", lastname: "Doe", email: "john.doe@example.com", street: "100 Main Street", city: "Austin", region: "Texas", postcode: "78701", countryId: "US", telephone: "512-555-0100"),
        DemoBuyer(firstname: "Emma", lastname: "Schmidt", email: "emma.schmidt@example.de", street: "Hauptstraße 5", city: "Berlin", region: "Berlin", postcode: "10115", countryId: "DE", telephone: "+49 30 1234567"),
        DemoBuyer(firstname: "Lucas", lastname: "Martin", email: "lucas.martin@example.fr", street: "12 Rue de Rivoli", city: "Paris", region: "Île-de-France", postcode: "75001", countryId: "FR", telephone: "+33 1 23 45 67 89"),
    ]

    func order(_ lines: [Line]) -> Order {
        var address = OrderAddress()
        address.firstname = firstname
        address.lastname = lastname
        address.street = [street]
        address.city = city
        address.region = region
        address.regionId = regionId
        address.postcode = postcode
        address.countryId = countryId
        address.telephone = telephone
        address.email = email
        address.customerId = customerId
        address.customerAddressId = customerAddressId
        let items = lines.map { line in
            var item = OrderItem()
            item.sku = line.sku
            item.name = line.name
            item.qtyOrdered = line.qty
            item.price = line.price
            return item
        }
        var payment = OrderPayment()
        payment.method = "checkmo"
        var order = Order()
        order.customerEmail = email
        order.customerFirstname = firstname
        order.customerLastname = lastname
        order.customerId = customerId
        order.customerGroupId = groupId ?? 0
        order.customerIsGuest = customerId == nil ? 1 : 0
        order.shippingAmount = 5 * lines.reduce(Decimal(0)) { $0 + $1.qty }
        order.shippingDescription = "Flat Rate - Fixed"
        order.items = items
        order.billingAddress = address
        order.shippingAddress = address
        var shipping = order.extensionAttributes?.shippingAssignments?.first?.shipping ?? OrderShipping()
        shipping.method = "flatrate_flatrate"
        order.extensionAttributes?.shippingAssignments?[0].shipping = shipping
        order.payment = payment
        return order
    }
}

extension DemoBuyer {
    /// A registered customer, shipping to and billed at their first address.
    init(customer: Customer) {
        let address = customer.addresses?.first
        firstname = customer.firstname ?? ""
        lastname = customer.lastname ?? ""
        email = customer.email ?? ""
        street = address?.street?.first ?? ""
        city = address?.city ?? ""
        region = address?.region?.region ?? ""
        regionId = address?.regionId
        postcode = address?.postcode ?? ""
        countryId = address?.countryId ?? ""
        telephone = address?.telephone ?? ""
        customerId = customer.id
        groupId = customer.groupId
        customerAddressId = address?.id
    }
}
