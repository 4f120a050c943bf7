import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// Price storage: `/V1/products/base-prices…`, `special-price…`, `tier-prices…`, `cost…`.
/// Lookups take `{"skus":[…]}`; updates take `{"prices":[…]}` and answer the failed rows (`[]`
/// when every row was saved), each row on its own, as Magento's price storage does.
public struct ProductPriceRoutes: Sendable {
    let products: any ProductRepository

    public init(products: any ProductRepository) {
        self.products = products
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::catalog"])

    public var endpoints: [Endpoint] {
        [
            lookup("/V1/products/base-prices-information", service: "catalogBasePriceStorageV1") { [PriceRules.basePrice(of: $0)] },
            update("/V1/products/base-prices", service: "catalogBasePriceStorageV1", as: BasePrice.self) { price, product in
                guard let value = price.price, value >= 0 else { throw Self.invalidPrice(price.sku, price.storeId, price.price) }
                product.price = value
            },
            lookup("/V1/products/special-price-information", service: "catalogSpecialPriceStorageV1") { PriceRules.specialPrices(of: $0) },
            update("/V1/products/special-price", service: "catalogSpecialPriceStorageV1", as: SpecialPrice.self) { price, product in
                guard let value = price.price, value >= 0 else { throw Self.invalidPrice(price.sku, price.storeId, price.price) }
                PriceRules.setSpecialPrice(price, on: &product)
            },
            update("/V1/products/special-price-delete", service: "catalogSpecialPriceStorageV1", operation: "delete", as: SpecialPrice.self) { _, product in
                PriceRules.removeSpecialPrice(on: &product)
            },
            lookup("/V1/products/tier-prices-information", service: "catalogTierPriceStorageV1") { PriceRules.tierPrices(of: $0) },
            update("/V1/products/tier-prices", service: "catalogTierPriceStorageV1", as: TierPrice.self) { price, product in
                try PriceRules.upsertTier(price, on: &product)
            },
            update("/V1/products/tier-prices", method: .put, service: "catalogTierPriceStorageV1", operation: "replace", as: TierPrice.self, replacesTiers: true) { price, product in
                try PriceRules.upsertTier(price, on: &product)
            },
            update("/V1/products/tier-prices-delete", service: "catalogTierPriceStorageV1", operation: "delete", as: TierPrice.self) { price, product in
                try PriceRules.removeTier(price, on: &product)
            },
            lookup("/V1/products/cost-information", service: "catalogCostStorageV1") { PriceRules.cost(of: $0).map { [$0] } ?? [] },
            update("/V1/products/cost", service: "catalogCostStorageV1", as: Cost.self) { cost, product in
                guard let value = cost.cost, value >= 0 else { throw Self.invalidPrice(cost.sku, cost.storeId, cost.cost) }
                PriceRules.setCost(value, on: &product)
            },
            update("/V1/products/cost-delete", service: "catalogCostStorageV1", operation: "delete", as: Cost.self) { _, product in
                PriceRules.setCost(nil, on: &product)
            },
        ]
    }

    func lookup<Item: Encodable & Sendable>(
        _ path: String, service: String, _ read: @escaping @Sendable (Product) -> [Item]
    ) -> Endpoint {
        Endpoint(.post, path, access: Self.access, service: service, operation: "get", summary: "Return product prices", body: [.required("skus", [String].self)]) { [products] call in
            var items: [Item] = []
            for sku in try call.argument("skus", as: [String].self) {
                guard let product = try? await products.product(sku: sku, scope: .global) else {
                    throw CommerceError.notFound(message: "Requested products don't exist: %sku", parameters: [sku])
                }
                items += read(product)
            }
            return items
        }
    }

    func update<Row: Decodable & Sendable & PriceRow>(
        _ path: String, method: HTTPRequest.Method = .post, service: String, operation: String = "update", as: Row.Type,
        replacesTiers: Bool = false, _ apply: @escaping @Sendable (Row, inout Product) throws -> Void
    ) -> Endpoint {
        Endpoint(method, path, access: Self.access, service: service, operation: operation, summary: "Update product prices", body: [.required("prices", [Row].self)]) { [products] call in
            let rows = try call.argument("prices", as: [Row].self)
            var failures: [PriceUpdateResult] = []
            var cleared: Set<String> = []
            for row in rows {
                let sku = row.rowSku ?? ""
                do {
                    let clear = replacesTiers && cleared.insert(sku.lowercased()).inserted
                    try await products.modifyProduct(sku: sku) { product, _ in
                        if clear { product.tierPrices = [] }
                        try apply(row, &product)
                    }
                } catch let error as CommerceError {
                    failures.append(Self.failure(error, row: row))
                }
            }
            return failures
        }
    }

    static func failure(_ error: CommerceError, row: some PriceRow) -> PriceUpdateResult {
        let parameters = [row.rowSku ?? "", String(row.rowStoreId ?? 0), row.rowPrice.map { NSDecimalNumber(decimal: $0).stringValue } ?? ""]
        switch error {
        case .notFound:
            return PriceUpdateResult(
                message: "The product that was requested doesn't exist. Verify the product and try again. Row ID: SKU = %SKU, Store ID: %storeId, Price: %price.",
                parameters: parameters
            )
        default:
            return PriceUpdateResult(
                message: "Invalid attribute %fieldName = %fieldValue. Row ID: SKU = %SKU, Store ID: %storeId, Price: %price.",
                parameters: ["price", parameters[2]] + parameters
            )
        }
    }

    static func invalidPrice(_ sku: String?, _ store: Int?, _ price: Decimal?) -> CommerceError {
        .invalidInput(message: "Invalid price", parameters: [sku ?? ""])
    }
}

/// What every price-storage row has: the fields a failure message names.
protocol PriceRow {
    var rowSku: String? { get }
    var rowStoreId: Int? { get }
    var rowPrice: Decimal? { get }
}

extension BasePrice: PriceRow {
    var rowSku: String? { sku }
    var rowStoreId: Int? { storeId }
    var rowPrice: Decimal? { price }
}

extension SpecialPrice: PriceRow {
    var rowSku: String? { sku }
    var rowStoreId: Int? { storeId }
    var rowPrice: Decimal? { price }
}

extension TierPrice: PriceRow {
    var rowSku: String? { sku }
    var rowStoreId: Int? { websiteId }
    var rowPrice: Decimal? { price }
}

extension Cost: PriceRow {
    var rowSku: String? { sku }
    var rowStoreId: Int? { storeId }
    var rowPrice: Decimal? { cost }
}
