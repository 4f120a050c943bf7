import CommerceDomain
import CommerceStorage
import MagentoREST

extension EndpointCatalog {
    /// Guest, customer and admin carts and checkout.
    static func checkoutEndpoints(storage: Storage, stock: StockConfiguration) -> [Endpoint] {
        let checkout = CheckoutService(
            quotes: storage.quotes, products: storage.products, attributes: storage.productAttributes, stock: { stock },
            registry: storage.stockRegistry
        )
        return CheckoutRoutes(checkout: checkout, customers: storage.customers, agreements: storage.checkoutAgreements).endpoints
            + CheckoutAgreementRoutes(agreements: storage.checkoutAgreements).endpoints
    }
}
