import Foundation
import MagentoWire

/// The cart operations every cart route family shares (guest, customer `mine`, admin): each
/// takes the real cart id, already resolved from the masked id, the token or the URL.
public struct CheckoutService: Sendable {
    public let quotes: any QuoteRepository
    let products: any ProductRepository
    let attributes: any ProductAttributeRepository
    let stock: @Sendable () -> StockConfiguration
    /// Salable quantity for the cart's stock checks when reservations are on; without it (or
    /// with reservations off) the checks use the stock item's quantity, as before.
    let registry: (any StockRegistry)?

    public init(
        quotes: any QuoteRepository, products: any ProductRepository, attributes: any ProductAttributeRepository,
        stock: @escaping @Sendable () -> StockConfiguration, registry: (any StockRegistry)? = nil
    ) {
        self.quotes = quotes
        self.products = products
        self.attributes = attributes
        self.stock = stock
        self.registry = registry
    }

    // MARK: Resolving carts

    /// The cart behind a guest's masked id; an unknown id is `cartId = ` with no value, as in Magento.
    /// Once the cart belongs to a customer the masked id no longer reaches it (`guestOnly`), so
    /// whoever still knows it cannot read or change the customer's cart.
    public func cartId(masked: String, guestOnly: Bool = true) async throws -> Int {
        guard let id = try await quotes.quoteId(maskedId: masked) else { throw CheckoutMessages.noSuchCart("") }
        if guestOnly, try await quotes.quote(id: id).customerId != nil { throw CheckoutMessages.noSuchCart("") }
        return id
    }

    /// The customer's active cart (`%cart_id%`).
    public func activeCartId(customerId: Int?) async throws -> Int {
        guard let customerId, let id = try await quotes.activeQuoteId(customerId: customerId) else { throw CheckoutMessages.noActiveCart }
        return id
    }

    /// `POST /V1/carts/mine`: the customer's active cart, created when there is none.
    public func customerCart(customerId: Int, storeId: Int) async throws -> Int {
        if let id = try await quotes.activeQuoteId(customerId: customerId) { return id }
        return try await quotes.createQuote(storeId: storeId, customerId: customerId).id
    }

    // MARK: Cart and items

    public func cart(_ id: Int, settings: CheckoutSettings) async throws -> Cart {
        let quote = try await quotes.quote(id: id)
        let inputs = try await quotes.inputs(for: quote)
        return CartView.cart(quote, inputs: inputs, settings: settings)
    }

    public func searchCarts(_ criteria: SearchCriteria, settings: @escaping (Int) -> CheckoutSettings) async throws -> SearchPage<Cart> {
        let page = try await quotes.searchQuotes(criteria)
        var carts: [Cart] = []
        for quote in page.items {
            carts.append(CartView.cart(quote, inputs: try await quotes.inputs(for: quote), settings: settings(quote.storeId)))
        }
        return SearchPage(items: carts, totalCount: page.totalCount)
    }

    public func items(_ id: Int) async throws -> [CartItem] {
        let quote = try await quotes.quote(id: id)
        let inputs = try await quotes.inputs(for: quote)
        return quote.items.map { CartView.item($0, quote: quote, inputs: inputs) }
    }

    /// Adds a line, or adds to the line with the same SKU and customizable options, after
    /// Magento's stock checks on the SKU's new quantity in the cart. A configurable product's
    /// line is the child its options pick.
    public func addItem(_ id: Int, _ input: CartItem, storeId: Int) async throws -> CartItem {
        let line = try await checkedNewLine(input, in: try await activeQuote(id), storeId: storeId)
        return try await item(try await quotes.saveItem(quoteId: id, itemId: nil, line: line, adds: true))
    }

    /// The line `input` adds to `quote`, after the stock checks on the quantity the line will
    /// have (a line with the same SKU grows); nothing is written.
    func checkedNewLine(_ input: CartItem, in quote: Quote, storeId: Int) async throws -> QuoteItem {
        guard let sku = input.sku, !sku.isEmpty else { throw CheckoutMessages.required("sku") }
        let qty = try Self.positiveQty(input.qty)
        let scope = CatalogScope(storeId: storeId, writesToView: false)
        var product = try await products.product(sku: sku, scope: scope)
        var line = QuoteItem(itemId: 0, sku: product.sku ?? sku, qty: qty)
        try CustomOptionSelection.validate(product.options ?? [], choices: CustomOptionSelection.choices(input.productOption))
        if product.typeId == "configurable" || !(product.options ?? []).isEmpty {
            line.productOption = input.productOption
        }
        if product.typeId == "downloadable" {
            let links = try DownloadableSelection.links(of: product, choices: DownloadableSelection.choices(input.productOption))
            var option = line.productOption?.objectValue ?? JSONObject()
            var extensions = option["extension_attributes"]?.objectValue ?? JSONObject()
            extensions.setValue(DownloadableSelection.option(links)["extension_attributes"]?["downloadable_option"] ?? .null,
                                forKey: "downloadable_option")
            option.setValue(.object(extensions), forKey: "extension_attributes")
            line.productOption = .object(option)
        }
        if product.typeId == "configurable" {
            line.parentSku = product.sku
            product = try await configurableChild(product, input.productOption, scope: scope)
            line.sku = product.sku ?? sku
        }
        if product.typeId == "bundle" {
            return try await checkedBundleLine(line, bundle: product, productOption: input.productOption, in: quote, scope: scope)
        }
        let inCart = quote.items.filter { $0.sku.lowercased() == line.sku.lowercased() }.reduce(Decimal(0)) { $0 + $1.qty }
        try await checkStock(product, qty: inCart + qty, storeId: storeId)
        return line
    }

    func configurableChild(_ parent: Product, _ productOption: JSONValue?, scope: CatalogScope) async throws -> Product {
        let ids = parent.extensionAttributes?.configurableProductLinks ?? []
        guard !ids.isEmpty else { throw ConfigurableSelection.optionsMissing }
        let criteria = SearchCriteria(filterGroups: [FilterGroup(filters: [
            Filter(field: "entity_id", value: ids.map(String.init).joined(separator: ","), conditionType: "in"),
        ])])
        let children = try await products.searchProducts(criteria, scope: scope).items
        let codes = Dictionary(try await attributes.definitions().values.map { ($0.id, $0.code) }) { first, _ in first }
        return try ConfigurableSelection.child(
            of: parent, choices: ConfigurableSelection.choices(productOption), children: children, attributeCodes: codes
        )
    }

    /// Sets line `itemId` to the sent quantity.
    public func updateItem(_ id: Int, itemId: Int, _ input: CartItem, storeId: Int) async throws -> CartItem {
        let changed = try await checkedChange(of: itemId, to: input.qty, in: try await activeQuote(id), storeId: storeId)
        return try await item(try await quotes.saveItem(quoteId: id, itemId: itemId, line: changed, adds: false))
    }

    /// Line `itemId` of `quote` at the new quantity, after the stock checks; nothing is written.
    func checkedChange(of itemId: Int, to qty: Decimal?, in quote: Quote, storeId: Int) async throws -> QuoteItem {
        guard let line = quote.item(itemId) else { throw CheckoutMessages.noSuchItem(cartId: quote.id, itemId: itemId) }
        let qty = try Self.positiveQty(qty)
        let product = try await products.product(sku: line.sku, scope: CatalogScope(storeId: storeId, writesToView: false))
        if product.typeId == "bundle" {
            _ = try await checkedBundleOption(product, line.productOption, qty: qty, scope: CatalogScope(storeId: storeId, writesToView: false))
        } else {
            try await checkStock(product, qty: qty, storeId: storeId)
        }
        var changed = line
        changed.qty = qty
        return changed
    }

    public func deleteItem(_ id: Int, itemId: Int) async throws -> Bool {
        let quote = try await activeQuote(id)
        guard quote.item(itemId) != nil else { throw CheckoutMessages.noSuchItem(cartId: id, itemId: itemId) }
        try await quotes.deleteItem(quoteId: id, itemId: itemId)
        return true
    }

    /// The saved line as its own write left it: a fresh read could miss the write it answers.
    func item(_ saved: SavedQuoteLine) async throws -> CartItem {
        let quote = saved.quote
        guard let line = quote.item(saved.itemId) else { throw CheckoutMessages.noSuchItem(cartId: quote.id, itemId: saved.itemId) }
        return CartView.item(line, quote: quote, inputs: try await quotes.inputs(for: quote))
    }

    func activeQuote(_ id: Int) async throws -> Quote {
        let quote = try await quotes.quote(id: id)
        guard quote.isActive else { throw CheckoutMessages.noSuchCart(String(id)) }
        return quote
    }

    static func positiveQty(_ qty: Decimal?) throws -> Decimal {
        guard let qty else { throw CheckoutMessages.required("qty") }
        guard qty > 0 else { throw CheckoutMessages.invalidQty("\(qty)") }
        return qty
    }

    // MARK: Customer

    /// `PUT /V1/guest-carts/:cartId` and `PUT /V1/carts/:cartId`: the cart becomes the customer's.
    public func assignCustomer(_ id: Int, customerId: Int, storeId: Int) async throws -> Bool {
        let quote = try await activeQuote(id)
        if let owner = quote.customerId, owner != customerId { throw CheckoutMessages.cartBelongsToOther }
        try await quotes.assignCustomer(quoteId: id, customerId: customerId, storeId: storeId)
        return true
    }
}
