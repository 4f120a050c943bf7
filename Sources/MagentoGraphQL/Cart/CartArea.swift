import CommerceDomain
import Foundation
import MagentoWire

/// Carts and checkout: `cart`, `customerCart` and every cart mutation, over the same checkout
/// service and quote storage REST's guest and customer carts use. A `cart_id` is the masked
/// id of `quote_id_mask`, so a cart made by either API is used by the other.
public struct CartArea: GraphQLArea {
    let checkout: CheckoutService
    let customers: any CustomerRepository
    let sales: any SalesRepository
    let products: CartProducts

    /// `catalog`: the catalog area's ports, so cart lines show full `ProductInterface` objects.
    public init(
        checkout: CheckoutService, customers: any CustomerRepository, sales: any SalesRepository,
        attributes: any ProductAttributeRepository, catalog: CatalogPorts? = nil
    ) {
        self.checkout = checkout
        self.customers = customers
        self.sales = sales
        self.products = CartProducts(attributes: attributes, catalog: catalog)
    }

    public var schema: String {
        CartTypesSchema.sdl + "\n" + CartCheckoutSchema.sdl + "\n" + CartOperationsSchema.sdl + "\n" + BundleCartSchema.sdl
    }

    public var resolvers: [FieldResolver] {
        rootResolvers + itemResolvers + checkoutResolvers + placementResolvers
    }

    var access: CartAccess { CartAccess(quotes: checkout.quotes) }

    // MARK: Finding and showing carts

    /// The cart named by `key` of `input` (or of the arguments), for this caller.
    func cart(_ call: ResolverCall, _ input: JSONObject?, key: String = "cart_id") async throws -> (id: Int, masked: String) {
        let masked = CartInput.string(input?[key]) ?? ""
        guard !masked.isEmpty else { throw GraphQLFault.input("Required parameter \"\(key)\" is missing") }
        return (try await access.quoteId(masked: masked, customerId: call.context.customerId, storeId: call.context.store.id), masked)
    }

    func json(_ cart: (id: Int, masked: String), _ call: ResolverCall, _ look: Lookahead) async throws -> JSONValue {
        let loaded = try await LoadedCart.load(
            id: cart.id, maskedId: cart.masked, quotes: checkout.quotes, settings: call.context.checkoutSettings, locale: call.context.locale
        )
        return try await loaded.json(look, products: products.shown(for: call.context))
    }

    /// `{ cart { … } }`, the output of most cart mutations.
    func output(_ cart: (id: Int, masked: String), _ call: ResolverCall) async throws -> JSONValue {
        .object(JSONObject([("cart", try await json(cart, call, call.lookahead["cart"]))]))
    }
}

extension GraphQLContext {
    /// The signed-in customer's id; nil for guests (and for admin or integration tokens, which
    /// Magento's storefront treats as guests).
    var customerId: Int? {
        if case .customer(let id) = identity { return id }
        return nil
    }

    var checkoutSettings: CheckoutSettings { CheckoutSettings(directory: stores, storeId: store.id) }

    var locale: String { config("general/locale/code") ?? "en_US" }
}
