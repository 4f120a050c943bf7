import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static let checkoutSettings = CheckoutSettings(websiteId: 1, currency: "USD", carriers: CarrierSettings(), payments: PaymentSettings())

    static func checkout(_ storage: Storage) -> CheckoutService {
        CheckoutService(
            quotes: storage.quotes, products: storage.products, attributes: storage.productAttributes, stock: { StockConfiguration() }
        )
    }

    static var californiaAddress: CartAddress {
        var address = CartAddress()
        address.firstname = "Ada"
        address.lastname = "Lovelace"
        address.street = ["1 Market St"]
        address.city = "San Francisco"
        address.regionId = 12
        address.postcode = "94105"
        address.countryId = "US"
        address.telephone = "5550100"
        address.email = "ada@example.com"
        return address
    }

    /// A guest cart (or customer `customerId`'s) with `qty` of `sku`, a California address and flat rate.
    static func readyCart(_ checkout: CheckoutService, sku: String, qty: Decimal, customerId: Int? = nil) async throws -> Int {
        let id = if let customerId {
            try await checkout.quotes.createQuote(storeId: 1, customerId: customerId).id
        } else {
            try await checkout.cartId(masked: try await checkout.quotes.createGuestQuote(storeId: 1))
        }
        _ = try await checkout.addItem(id, CartItem(sku: sku, qty: qty), storeId: 1)
        var information = ShippingInformation()
        information.shippingAddress = californiaAddress
        information.billingAddress = californiaAddress
        information.shippingCarrierCode = "flatrate"
        information.shippingMethodCode = "flatrate"
        _ = try await checkout.saveShippingInformation(id, information, settings: checkoutSettings)
        return id
    }

    @Test("Carts keep their lines, addresses and masked ids; totals are the same on every engine", arguments: TestEngine.all)
    func quoteTotals(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(
                Product(sku: "Q-1", name: "Item Q-1", price: Decimal(string: "19.99"), typeId: "simple",
                        extensionAttributes: ProductExtensionAttributes(stockItem: StockItem(qty: 5, isInStock: true))),
                scope: .global, saveOptions: false
            )
            _ = try await storage.salesRules.saveRule(SalesRule(
                name: "ten", websiteIds: [1], customerGroupIds: [0], isActive: true, simpleAction: "by_percent", discountAmount: 10, couponType: "NO_COUPON"
            ))
            let checkout = Self.checkout(storage)
            let id = try await Self.readyCart(checkout, sku: "q-1", qty: 3)
            let quote = try await storage.quotes.quote(id: id)
            #expect(quote.items.map(\.sku) == ["Q-1"])
            #expect(quote.items.map(\.qty) == [3])
            #expect(quote.details.shippingAddress?.id != nil)
            #expect(quote.details.billingAddress?.city == "San Francisco")
            #expect(quote.shippingMethod == "flatrate_flatrate")
            // 3 × 19.99 = 59.97; 10% = 5.997 → 6.00; flat rate 3 × 5 = 15; no tax rules: 68.97.
            let totals = try await checkout.totals(id, settings: Self.checkoutSettings)
            #expect(totals.subtotal == Decimal(string: "59.97"))
            #expect(totals.discountAmount == -6)
            #expect(totals.shippingAmount == 15)
            #expect(totals.grandTotal == Decimal(string: "68.97"))
            let page = try await storage.quotes.searchQuotes(Self.criteria("is_active", "1"))
            #expect(page.items.map(\.id) == [id])
        }
    }

    @Test("Placing an order writes it, takes the stock and closes the cart in one transaction", arguments: TestEngine.all)
    func quotePlaceOrder(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(Self.simple("Q-2", price: "10", color: "1"), scope: .global, saveOptions: false)
            let checkout = Self.checkout(storage)
            let id = try await Self.readyCart(checkout, sku: "Q-2", qty: 2)
            let orderId = try await checkout.placeOrder(id, payment: CartPayment(method: "checkmo"), settings: Self.checkoutSettings)
            let order = try await storage.sales.order(id: orderId)
            #expect(order.incrementId == "000000001")
            #expect(order.quoteId == id)
            #expect(order.grandTotal == 30)
            #expect(order.shippingDescription == "Flat Rate - Fixed")
            #expect(order.payment?.method == "checkmo")
            #expect(order.customerEmail == "ada@example.com")
            #expect(try await Self.stockQty(storage, "Q-2") == 3)
            let closed = try await storage.quotes.quote(id: id)
            #expect(!closed.isActive)
            #expect(closed.details.reservedOrderId == "000000001")
            await #expect(throws: CheckoutMessages.noSuchCart(String(id))) {
                _ = try await checkout.placeOrder(id, payment: nil, settings: Self.checkoutSettings)
            }
        }
    }

    @Test("Two buyers racing for the last unit: exactly one order, the other gets the stock error", arguments: TestEngine.all)
    func quoteRaceForLastUnit(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.products.saveProduct(
                Product(sku: "LAST", name: "Last one", price: 10, typeId: "simple",
                        extensionAttributes: ProductExtensionAttributes(stockItem: StockItem(qty: 1, isInStock: true))),
                scope: .global, saveOptions: false
            )
            let checkout = Self.checkout(storage)
            let first = try await Self.readyCart(checkout, sku: "LAST", qty: 1)
            let second = try await Self.readyCart(checkout, sku: "LAST", qty: 1)
            let results = await Self.placeAtOnce(checkout, [first, second])
            let placed = results.compactMap { try? $0.get() }
            let failures = results.compactMap { result -> CommerceError? in
                if case .failure(let error) = result { return error as? CommerceError }
                return nil
            }
            #expect(placed.count == 1)
            #expect(failures == [.invalidInput(message: "Not all of your products are available in the requested quantity.")])
            #expect(try await storage.sales.searchOrders(SearchCriteria()).totalCount == 1)
            #expect(try await Self.stockQty(storage, "LAST") == 0)
            let stillOpen = try await [first, second].asyncFilter { try await storage.quotes.quote(id: $0).isActive }
            #expect(stillOpen.count == 1)
        }
    }
}

extension StorageContractTests {
    /// Places the carts' orders at the same time; one result per cart, in no particular order.
    static func placeAtOnce(_ checkout: CheckoutService, _ carts: [Int]) async -> [Result<Int, any Error>] {
        await withTaskGroup(of: Result<Int, any Error>.self) { group in
            for id in carts {
                group.addTask {
                    do {
                        return .success(try await checkout.placeOrder(id, payment: CartPayment(method: "checkmo"), settings: checkoutSettings))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            var all: [Result<Int, any Error>] = []
            for await result in group { all.append(result) }
            return all
        }
    }
}

extension Array where Element: Sendable {
    func asyncFilter(_ keep: (Element) async throws -> Bool) async rethrows -> [Element] {
        var result: [Element] = []
        for element in self where try await keep(element) { result.append(element) }
        return result
    }
}
