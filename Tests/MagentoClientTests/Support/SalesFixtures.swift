import Foundation
import MagentoClient
import MagentoWire

/// Customers and orders for the sync tests, and store views of them that do not depend on ids.
enum SalesFixtures {
    static func customer(_ index: Int) -> Customer {
        Customer(
            groupId: 1 + index % 3, email: "buyer\(index)@example.com", firstname: "Buyer", lastname: "Number\(index)", websiteId: 1,
            addresses: [
                CustomerAddress(
                    countryId: "GB", street: ["\(index) High Street"], telephone: "020000\(index)", postcode: "N\(index) 1AA",
                    city: "London", firstname: "Buyer", lastname: "Number\(index)", defaultShipping: true, defaultBilling: true
                ),
                CustomerAddress(countryId: "FR", street: ["\(index) rue de Rivoli"], telephone: "01000\(index)", postcode: "75001", city: "Paris", firstname: "Buyer", lastname: "Number\(index)"),
            ]
        )
    }

    /// An order of `qty` × each SKU at 10.00, for a customer (id and email) or a guest.
    static func order(skus: [String], qty: Decimal, customer: Customer?) -> Order {
        var order = Order()
        order.customerEmail = customer?.email ?? "guest@example.com"
        order.customerFirstname = customer?.firstname ?? "Guest"
        order.customerLastname = customer?.lastname ?? "Shopper"
        order.customerId = customer?.id
        order.customerIsGuest = customer == nil ? 1 : 0
        order.shippingAmount = 5
        order.shippingDescription = "Flat Rate - Fixed"
        order.items = skus.map { sku in
            var item = OrderItem()
            item.sku = sku
            item.name = "Product \(sku)"
            item.qtyOrdered = qty
            item.price = 10
            return item
        }
        var address = OrderAddress()
        address.firstname = order.customerFirstname
        address.lastname = order.customerLastname
        address.street = ["1 Analytical Way"]
        address.city = "London"
        address.postcode = "N1 1AA"
        address.countryId = "GB"
        address.telephone = "0200000000"
        order.billingAddress = address
        var payment = OrderPayment()
        payment.method = "checkmo"
        order.payment = payment
        return order
    }

    /// Customers by email: names, group, website and addresses (with their default flags).
    static func customerView(of client: MagentoClient) async throws -> [String: String] {
        var view: [String: String] = [:]
        for customer in try await client.customers.keysetPages(pageSize: 50).allItems() {
            let addresses = (customer.addresses ?? []).map { address in
                let isBilling = address.id.map(String.init) == customer.defaultBilling || address.defaultBilling == true
                let isShipping = address.id.map(String.init) == customer.defaultShipping || address.defaultShipping == true
                return [
                    address.countryId ?? "", address.city ?? "", (address.street ?? []).joined(separator: ","), address.postcode ?? "",
                    address.telephone ?? "", "\(isBilling)", "\(isShipping)",
                ].joined(separator: "/")
            }
            view[customer.email ?? ""] = [
                customer.firstname ?? "", customer.lastname ?? "", "\(customer.groupId ?? -1)", "\(customer.websiteId ?? -1)",
                addresses.sorted().joined(separator: "|"),
            ].joined(separator: ";")
        }
        return view
    }

    /// Orders by increment_id: state, status, who bought (by email, guest or account), totals and rows.
    static func orderView(of client: MagentoClient) async throws -> [String: String] {
        var emails: [Int: String] = [:]
        for customer in try await client.customers.keysetPages(pageSize: 50).allItems() {
            if let id = customer.id { emails[id] = customer.email }
        }
        var view: [String: String] = [:]
        for order in try await client.orders.keysetPages(pageSize: 50).allItems() {
            let rows = (order.items ?? []).map { "\($0.sku ?? "")x\($0.qtyOrdered ?? 0)@\($0.price ?? 0)" }
            view[order.incrementId ?? ""] = [
                order.state ?? "", order.status ?? "", order.customerEmail ?? "", order.customerId.flatMap { emails[$0] } ?? "guest",
                "\(order.customerIsGuest ?? -1)", "\(order.grandTotal ?? -1)", "\(order.subtotal ?? -1)", "\(order.shippingAmount ?? -1)",
                order.billingAddress?.city ?? "", order.payment?.method ?? "", rows.sorted().joined(separator: ","),
            ].joined(separator: ";")
        }
        return view
    }

    /// Per order (by increment_id): how many invoices, shipments and credit memos it has, each
    /// row's invoiced, shipped and refunded quantity, the money paid and refunded, and every
    /// document's rows, totals, tracks and comments (ids and numbers left out: the target numbers
    /// its own documents).
    static func documentView(of client: MagentoClient) async throws -> [String: String] {
        var view: [String: String] = [:]
        for order in try await client.orders.keysetPages(pageSize: 50).allItems() {
            let id = String(order.entityId ?? 0)
            let criteria = SearchCriteriaBuilder().where("order_id", .eq, id).sort("entity_id").build()
            let skus = Dictionary(uniqueKeysWithValues: (order.items ?? []).compactMap { item in item.itemId.map { ($0, item.sku ?? "") } })
            func rows(_ rows: [(Int?, Decimal?)]) -> String {
                rows.map { "\($0.0.flatMap { skus[$0] } ?? "?")x\($0.1 ?? 0)" }.sorted().joined(separator: ",")
            }
            let invoices = try await client.invoices.list(criteria).items.map {
                "\(rows(($0.items ?? []).map { ($0.orderItemId, $0.qty) }))=\($0.grandTotal ?? -1)"
            }
            let shipments = try await client.shipments.list(criteria).items.map {
                "\(rows(($0.items ?? []).map { ($0.orderItemId, $0.qty) }))/\(($0.tracks ?? []).map { $0.trackNumber ?? "" })"
            }
            let memos = try await client.creditmemos.list(criteria).items.map {
                "\(rows(($0.items ?? []).map { ($0.orderItemId, $0.qty) }))=\($0.grandTotal ?? -1)/\($0.invoiceId != nil)/\(($0.comments ?? []).map { $0.comment ?? "" })"
            }
            let quantities = (order.items ?? []).map { "\($0.sku ?? "") \($0.qtyInvoiced ?? 0)/\($0.qtyShipped ?? 0)/\($0.qtyRefunded ?? 0)" }
            view[order.incrementId ?? ""] = [
                "\(invoices.count)/\(shipments.count)/\(memos.count)", quantities.joined(separator: ","),
                "paid \(order.totalPaid ?? 0) refunded \(order.totalRefunded ?? 0)",
                invoices.joined(separator: "|"), shipments.joined(separator: "|"), memos.joined(separator: "|"),
            ].joined(separator: ";")
        }
        return view
    }
}
