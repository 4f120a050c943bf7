import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    /// A guest order for two units of `sku` at 10.00 with 5.00 shipping (grand total 25.00).
    static func guestOrder(sku: String = "SO-1", qty: Decimal = 2) -> Order {
        var order = Order()
        order.customerEmail = "ada@example.com"
        order.customerFirstname = "Ada"
        order.customerLastname = "Lovelace"
        order.shippingAmount = 5
        var item = OrderItem()
        item.sku = sku
        item.name = "Item \(sku)"
        item.qtyOrdered = qty
        item.price = 10
        order.items = [item]
        var billing = OrderAddress()
        billing.firstname = "Ada"
        billing.lastname = "Lovelace"
        billing.street = ["1 Analytical Way"]
        billing.city = "London"
        billing.postcode = "N1 1AA"
        billing.countryId = "GB"
        billing.telephone = "0200000000"
        order.billingAddress = billing
        order.shippingAddress = billing
        var payment = OrderPayment()
        payment.method = "checkmo"
        order.payment = payment
        return order
    }

    static func stockQty(_ storage: Storage, _ sku: String) async throws -> Decimal? {
        try await storage.stockRegistry.stockItem(sku: sku).qty
    }

    @Test("Orders are numbered per store, take their stock and read back whole", arguments: TestEngine.all)
    func salesCreate(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            let first = try await storage.sales.createOrder(Self.guestOrder(), stock: StockConfiguration())
            let second = try await storage.sales.createOrder(Self.guestOrder(qty: 1), stock: StockConfiguration())
            #expect(first.incrementId == "000000001")
            #expect(second.incrementId == "000000002")
            #expect(try await Self.stockQty(storage, "SO-1") == 2)
            #expect(try await storage.stockRegistry.salableQuantity(sku: "SO-1", stockId: 1, config: StockConfiguration()) == 2)
            let read = try await storage.sales.order(id: try #require(first.entityId))
            #expect(read.state == "new")
            #expect(read.status == "pending")
            #expect(read.grandTotal == 25)
            #expect(read.baseGrandTotal == 25)
            #expect(read.totalDue == 25)
            #expect(read.customerIsGuest == 1)
            #expect(read.items?.map(\.qtyOrdered) == [2])
            #expect(read.items?.first?.itemId != nil)
            #expect(read.billingAddress?.parentId == read.entityId)
            #expect(read.billingAddress?.addressType == "billing")
            #expect(read.shippingAddress?.addressType == "shipping")
            #expect(read.shippingAddress?.entityId != read.billingAddress?.entityId)
            let events = try await storage.events.events(after: 0, limit: 100).map(\.event.type)
            #expect(events.filter { $0 == "order.created" }.count == 2)
        }
    }

    @Test("An order larger than the stock is refused and writes nothing", arguments: TestEngine.all)
    func salesShortStock(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            await #expect(throws: CommerceError.invalidInput(message: "Not all of your products are available in the requested quantity.")) {
                try await storage.sales.createOrder(Self.guestOrder(qty: 6), stock: StockConfiguration())
            }
            #expect(try await storage.sales.searchOrders(SearchCriteria()).totalCount == 0)
            #expect(try await Self.stockQty(storage, "SO-1") == 5)
        }
    }

    @Test("Invoice, ship and refund move the order to closed and return stock only when asked", arguments: TestEngine.all)
    func salesFlow(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            let order = try await storage.sales.createOrder(Self.guestOrder(), stock: StockConfiguration())
            let id = try #require(order.entityId)
            let itemId = try #require(order.items?.first?.itemId)
            let invoiceId = try await storage.sales.invoice(
                orderId: id, DocumentRequest(items: [DocumentItemRequest(orderItemId: itemId, qty: 1)], comment: DocumentCommentCreation(comment: "first"))
            )
            let invoice = try await storage.sales.invoice(id: invoiceId)
            #expect(invoice.incrementId == "000000001")
            #expect(invoice.grandTotal == 15)
            #expect(invoice.items?.map(\.qty) == [1])
            #expect(invoice.comments?.map(\.comment) == ["first"])
            #expect(try await storage.sales.order(id: id).state == "processing")
            _ = try await storage.sales.invoice(orderId: id, DocumentRequest())
            let shipmentId = try await storage.sales.ship(orderId: id, DocumentRequest(tracks: [TrackRequest(trackNumber: "1Z", title: "UPS", carrierCode: "ups")]), stock: StockConfiguration())
            let shipment = try await storage.sales.shipment(id: shipmentId)
            #expect(shipment.tracks?.map(\.trackNumber) == ["1Z"])
            #expect(shipment.tracks?.first?.parentId == shipmentId)
            #expect(try await storage.sales.order(id: id).state == "complete")
            #expect(try await Self.stockQty(storage, "SO-1") == 3)
            let memoId = try await storage.sales.refund(
                orderId: id, invoiceId: nil,
                DocumentRequest(items: [DocumentItemRequest(orderItemId: itemId, qty: 1)], refund: RefundArguments(shippingAmount: 0, returnToStockItems: [itemId])),
                stock: StockConfiguration()
            )
            #expect(try await storage.sales.creditmemo(id: memoId).grandTotal == 10)
            #expect(try await Self.stockQty(storage, "SO-1") == 4)
            _ = try await storage.sales.refund(orderId: id, invoiceId: nil, DocumentRequest(), stock: StockConfiguration())
            let closed = try await storage.sales.order(id: id)
            #expect(closed.state == "closed")
            #expect(closed.totalRefunded == 25)
            #expect(closed.items?.first?.qtyRefunded == 2)
            #expect(try await Self.stockQty(storage, "SO-1") == 4)
            #expect(try await storage.stockRegistry.salableQuantity(sku: "SO-1", stockId: 1, config: StockConfiguration()) == 4)
            let types = try await storage.events.events(after: 0, limit: 100).map(\.event.type)
            #expect(types.filter { $0 == "invoice.created" }.count == 2)
            #expect(types.filter { $0 == "shipment.created" }.count == 1)
            #expect(types.filter { $0 == "creditmemo.created" }.count == 2)
            #expect(types.contains("order.state_changed"))
        }
    }

    @Test("Canceling returns stock; a refused transition writes nothing", arguments: TestEngine.all)
    func salesCancelAndRefusal(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("SO-1", price: "10", color: "1"), scope: .global, saveOptions: false)
            let id = try #require(try await storage.sales.createOrder(Self.guestOrder(), stock: StockConfiguration()).entityId)
            try await storage.sales.hold(orderId: id)
            let held = try await storage.sales.order(id: id)
            let eventsBefore = try await storage.events.events(after: 0, limit: 100).count
            await #expect(throws: CommerceError.self) { try await storage.sales.invoice(orderId: id, DocumentRequest()) }
            #expect(try await storage.sales.cancel(orderId: id, stock: StockConfiguration()) == false)
            #expect(try await storage.sales.order(id: id) == held)
            #expect(try await storage.events.events(after: 0, limit: 100).count == eventsBefore)
            #expect(try await storage.sales.searchInvoices(SearchCriteria()).totalCount == 0)
            try await storage.sales.unhold(orderId: id)
            #expect(try await storage.sales.cancel(orderId: id, stock: StockConfiguration()) == true)
            let canceled = try await storage.sales.order(id: id)
            #expect(canceled.state == "canceled")
            #expect(canceled.items?.first?.qtyCanceled == 2)
            #expect(try await Self.stockQty(storage, "SO-1") == 5)
            await #expect(throws: CommerceError.notFound(message: "The entity that was requested doesn't exist. Verify the entity and try again.")) {
                try await storage.sales.order(id: 999)
            }
        }
    }

    @Test("Orders, rows and documents search on their columns", arguments: TestEngine.all)
    func salesSearch(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let a = try await storage.sales.createOrder(Self.guestOrder(sku: "X-1"), stock: StockConfiguration())
            var other = Self.guestOrder(sku: "X-2")
            other.customerEmail = "bob@example.com"
            let b = try await storage.sales.createOrder(other, stock: StockConfiguration())
            _ = try await storage.sales.invoice(orderId: try #require(b.entityId), DocumentRequest())
            let processing = try await storage.sales.searchOrders(Self.criteria("status", "processing"))
            #expect(processing.items.map(\.entityId) == [b.entityId])
            #expect(processing.items.first?.items?.map(\.sku) == ["X-2"])
            let byMail = try await storage.sales.searchOrders(Self.criteria("customer_email", "ada@%", "like"))
            #expect(byMail.items.map(\.incrementId) == [a.incrementId])
            let ids = try await storage.sales.searchOrders(Self.criteria("entity_id", "\(a.entityId ?? 0),\(b.entityId ?? 0)", "in", sort: "entity_id"))
            #expect(ids.totalCount == 2)
            let rows = try await storage.sales.searchOrderItems(Self.criteria("sku", "X-2"))
            #expect(rows.items.map(\.qtyInvoiced) == [2])
            #expect(try await storage.sales.orderItem(id: try #require(rows.items.first?.itemId)).sku == "X-2")
            let invoices = try await storage.sales.searchInvoices(Self.criteria("order_id", "\(b.entityId ?? 0)"))
            #expect(invoices.items.map(\.grandTotal) == [25])
            await #expect(throws: CommerceError.self) { try await storage.sales.searchOrders(Self.criteria("document", "x")) }
        }
    }
}

extension StorageContractTests {
    @Test("Demo orders reach every state through the transitions, once, for guests and demo customers", arguments: TestEngine.all)
    func salesDemoOrders(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            for sku in ["D-1", "D-2", "D-3"] {
                var product = Self.simple(sku, price: "12.5", color: "1")
                product.extensionAttributes?.stockItem?.qty = 50
                _ = try await storage.products.saveProduct(product, scope: .global, saveOptions: false)
            }
            #expect(try await storage.seedDemoCustomers(passwordHash: "demo") == 50)
            #expect(try await storage.seedDemoOrders() == 9)
            #expect(try await storage.seedDemoOrders() == 0)
            let orders = try await storage.sales.searchOrders(SearchCriteria(filterGroups: [], sortOrders: [SortOrder(field: "entity_id", direction: "ASC")]))
            #expect(orders.items.compactMap(\.state) == ["new", "processing", "complete", "closed", "canceled", "holded", "pending_payment", "payment_review", "processing"])
            #expect(orders.items[5].holdBeforeState == "new")
            // Even-numbered orders belong to the first demo customers, in turn; odd ones are guests.
            #expect(orders.items.map(\.customerIsGuest) == [0, 1, 0, 1, 0, 1, 0, 1, 0])
            #expect(orders.items.map(\.customerId) == [1, nil, 2, nil, 3, nil, 4, nil, 5])
            let first = DemoCustomers.all[0]
            #expect(orders.items[0].customerEmail == first.email)
            #expect(orders.items[0].customerGroupId == first.groupId)
            #expect(orders.items[0].billingAddress?.city == first.address.city)
            #expect(orders.items[0].billingAddress?.customerId == 1)
            #expect(orders.items[0].billingAddress?.customerAddressId != nil)
            let partial = orders.items[8].items ?? []
            #expect(partial.map(\.sku) == ["D-3", "D-1"])
            #expect(partial.map(\.qtyInvoiced) == [1, 0])
            #expect(partial.map(\.qtyShipped) == [1, 0])
            #expect(try await storage.sales.searchInvoices(SearchCriteria()).totalCount == 4)
            #expect(try await storage.sales.searchShipments(SearchCriteria()).totalCount == 3)
            #expect(try await storage.sales.searchCreditmemos(SearchCriteria()).totalCount == 1)
            // Order n takes 1 + n % 3 units of D-(n % 3 + 1), and the ninth one more unit of D-1;
            // the refund of the fourth and the cancel of the fifth give theirs back.
            #expect(try await Self.stockQty(storage, "D-1") == 50 - 1 - 1 + 1 - 1 - 1)
            #expect(try await Self.stockQty(storage, "D-2") == 50 - 2 - 2 + 2 - 2)
            #expect(try await Self.stockQty(storage, "D-3") == 50 - 3 - 3 - 3)
        }
    }
}
