import CommerceDomain
import Foundation
import MagentoWire
import SQLKit

/// Pricing inputs and placing the order.
extension SQLQuoteRepository {
    public func inputs(for quote: Quote) async throws -> CartInputs {
        let date = String(now.prefix(10))
        let pricing = self.pricing
        return try await provider.read { db in try await Self.inputs(for: quote, date: date, pricing: pricing, on: db) }
    }

    static func inputs(for quote: Quote, date: String, pricing: PricingTablesCache, on db: any SQLDatabase) async throws -> CartInputs {
        var products: [String: Product] = [:]
        if !quote.items.isEmpty {
            let loader = ProductLoader(engine: DatabaseEngine(dialectOf: db), scope: CatalogScope(storeId: quote.storeId, writesToView: false))
            let skus = Set(quote.items.flatMap { [$0.sku.lowercased()] + ($0.parentSku.map { [$0.lowercased()] } ?? []) })
            let keys = skus.sorted().map { SQLBind($0) }
            for product in try await loader.load(where: SQLQueryString("catalog_product.sku_key IN (\(SQLList(keys)))"), on: db) {
                products[(product.sku ?? "").lowercased()] = product
            }
            // A bundle line is priced and ordered from its children: load those too.
            let children = Set(products.values.filter { $0.typeId == "bundle" }.flatMap { bundle in
                (bundle.extensionAttributes?.bundleProductOptions ?? []).flatMap { $0.productLinks ?? [] }.compactMap { $0.sku?.lowercased() }
            }).subtracting(products.keys)
            if !children.isEmpty {
                let childKeys = children.sorted().map { SQLBind($0) }
                for product in try await loader.load(where: SQLQueryString("catalog_product.sku_key IN (\(SQLList(childKeys)))"), on: db) {
                    products[(product.sku ?? "").lowercased()] = product
                }
            }
        }
        let tables = try await pricing.tables(on: db)
        return CartInputs(
            products: products, buyer: try await buyer(quote.customerId, on: db), promotions: tables.promotions, tax: tables.tax, date: date
        )
    }

    /// The customer's group, its tax class and name; a guest is NOT LOGGED IN.
    static func buyer(_ customerId: Int?, on db: any SQLDatabase) async throws -> CartBuyer {
        // A guest cart (most cart reads) needs no customer lookup: straight to group 0's class.
        guard let customerId, let row = try await db.raw("""
            SELECT c.entity_id, c.group_id, c.email, c.firstname, c.lastname, g.tax_class_id
            FROM customer_entity c JOIN customer_group g ON g.customer_group_id = c.group_id WHERE c.entity_id = \(bind: customerId)
            """).first() else {
            let tax = try await db.raw("SELECT tax_class_id FROM customer_group WHERE customer_group_id = 0").first()
            return CartBuyer(customerId: nil, groupId: 0, taxClassId: try tax?.decode(column: "tax_class_id", as: Int.self) ?? CartBuyer.guest.taxClassId)
        }
        var buyer = CartBuyer(
            customerId: try row.decode(column: "entity_id", as: Int.self), groupId: try row.decode(column: "group_id", as: Int.self),
            taxClassId: try row.decode(column: "tax_class_id", as: Int.self), email: try row.decode(column: "email", as: String.self),
            firstname: try row.decode(column: "firstname", as: String.self), lastname: try row.decode(column: "lastname", as: String.self)
        )
        try await countUses(into: &buyer, on: db)
        return buyer
    }

    /// Counts the customer's earlier orders per applied rule and per coupon from the orders
    /// themselves (`applied_rule_ids`, `coupon_code`) instead of Magento's `salesrule_customer`
    /// and `salesrule_coupon_usage` counters: a canceled order gives its use back, and there is
    /// no second counter to drift from the orders.
    static func countUses(into buyer: inout CartBuyer, on db: any SQLDatabase) async throws {
        let rows = try await db.raw("""
            SELECT document FROM sales_order WHERE customer_id = \(bind: buyer.customerId ?? 0) AND state <> 'canceled'
            """).all()
        for row in rows {
            let order = try JSONValue.parse(try row.decode(column: "document", as: String.self))
            let ruleIds = Set((order["applied_rule_ids"]?.stringValue ?? "").split(separator: ",").compactMap {
                Int($0.trimmingCharacters(in: .whitespaces))
            })
            for ruleId in ruleIds { buyer.ruleUses[ruleId, default: 0] += 1 }
            if let code = order["coupon_code"]?.stringValue, !code.isEmpty { buyer.couponUses[code.uppercased(), default: 0] += 1 }
        }
    }

    /// One transaction: lock the cart and its products' stock rows (PostgreSQL; SQLite has one
    /// writer already), re-read everything, build and write the order, take the stock, close
    /// the cart. A second buyer for the last unit waits for the lock, then sees the stock gone
    /// and gets Magento's stock error; nothing of their attempt is written.
    public func placeOrder(
        quoteId: Int, stock: StockConfiguration, build: @escaping @Sendable (Quote, CartInputs) throws -> Order
    ) async throws -> Order {
        let now = self.now
        let pricing = self.pricing
        return try await provider.transaction { db in
            var quote = try await QuoteRows.load(id: quoteId, on: db, forUpdate: true)
            guard quote.isActive else { throw CheckoutMessages.noSuchCart(String(quoteId)) }
            try await Self.lockStock(of: quote, on: db)
            try await Self.lockUsage(of: quote, on: db)
            let inputs = try await Self.inputs(for: quote, date: String(now.prefix(10)), pricing: pricing, on: db)
            let order = try OrderDraft.prepared(try build(quote, inputs))
            let created = try await SQLSalesRepository.insertNew(order, stock: stock, now: now, on: db)
            if let code = created.couponCode {
                // Counted in the same transaction, so a coupon's usage limit holds under races too.
                try await db.raw("UPDATE salesrule_coupon SET times_used = times_used + 1 WHERE UPPER(code) = \(bind: code.uppercased())").run()
            }
            quote.isActive = false
            quote.details.reservedOrderId = created.incrementId
            _ = try await QuoteRows.write(quote, now: now, on: db)
            return created
        }
    }

    /// On PostgreSQL, locks the coupon row and the customer row, so two orders racing for a
    /// coupon's last use, or a customer's last use of a rule, run one after the other and the
    /// second counts the first's order. SQLite has one writer already.
    static func lockUsage(of quote: Quote, on db: any SQLDatabase) async throws {
        guard DatabaseEngine(dialectOf: db) == .postgres else { return }
        if let code = quote.details.couponCode, !code.isEmpty {
            try await db.raw("SELECT coupon_id FROM salesrule_coupon WHERE UPPER(code) = \(bind: code.uppercased()) FOR UPDATE").run()
        }
        if let customerId = quote.customerId {
            try await db.raw("SELECT entity_id FROM customer_entity WHERE entity_id = \(bind: customerId) FOR UPDATE").run()
        }
    }

    /// A bundle line's stock is its children's: the products its bundle offers are locked too.
    static func lockStock(of quote: Quote, on db: any SQLDatabase) async throws {
        guard DatabaseEngine(dialectOf: db) == .postgres, !quote.items.isEmpty else { return }
        let keys = SQLList(quote.items.map { SQLBind($0.sku.lowercased()) })
        try await db.raw("""
            SELECT s.product_id FROM catalog_stock_item s JOIN catalog_product p ON p.entity_id = s.product_id
            WHERE p.sku_key IN (\(keys)) OR s.product_id IN (
                SELECT b.product_id FROM catalog_bundle_selection b JOIN catalog_product parent ON parent.entity_id = b.parent_product_id
                WHERE parent.sku_key IN (\(keys)))
            ORDER BY s.product_id FOR UPDATE OF s
            """).run()
    }
}
