import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// `/V1/products/:sku/group-prices/:customerGroupId/tiers…`: one customer group's tier prices on
/// one product (Magento's ProductTierPriceManagementInterface). `customerGroupId` is a group id or
/// `all` (the ALL GROUPS tiers, group 32000). Tiers live at the global price scope (website 0), as
/// with Magento's default `catalog/price/scope`.
public struct ProductTierPriceRoutes: Sendable {
    let products: any ProductRepository
    let groups: any CustomerGroupRepository

    public init(products: any ProductRepository, groups: any CustomerGroupRepository) {
        self.products = products
        self.groups = groups
    }

    static let access = EndpointAccess.resources(["Magento_Catalog::catalog"])
    static let service = "catalogProductTierPriceManagementV1"
    static let allGroups = 32000

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/products/:sku/group-prices/:customerGroupId/tiers", access: Self.access, service: Self.service,
                operation: "getList", summary: "Get tier price of product"
            ) { [products] call in
                let product = try await products.product(sku: call.pathParameter("sku"), scope: .global)
                let requested = call.pathParameter("customerGroupId")
                let group = requested == "all" ? Self.allGroups : Int(requested)
                return (product.tierPrices ?? []).filter { group != nil && $0.customerGroupId == group && Self.isGlobal($0) }.map { tier in
                    ProductTierPrice(customerGroupId: tier.customerGroupId, qty: tier.qty, value: tier.value ?? tier.extensionAttributes?.percentageValue)
                }
            },
            Endpoint(
                .post, "/V1/products/:sku/group-prices/:customerGroupId/tiers/:qty/price/:price", access: Self.access,
                service: Self.service, operation: "add", summary: "Create tier price for product"
            ) { [products, groups] call in
                let qty = try call.argument("qty", as: Decimal.self)
                let price = try call.argument("price", as: Decimal.self)
                guard qty > 0, price > 0 else {
                    throw CommerceError.invalidInput(message: "The data was invalid. Verify the data and try again.")
                }
                let group = try await Self.group(call.pathParameter("customerGroupId"), groups: groups)
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    var tiers = product.tierPrices ?? []
                    if let index = tiers.firstIndex(where: { $0.customerGroupId == group && $0.qty == qty && Self.isGlobal($0) }) {
                        tiers[index].value = price
                        tiers[index].extensionAttributes?.percentageValue = nil
                    } else {
                        tiers.append(ProductTierPrice(customerGroupId: group, qty: qty, value: price, extensionAttributes: ProductTierPriceExtension(websiteId: 0)))
                    }
                    product.tierPrices = tiers
                }
                return true
            },
            Endpoint(
                .delete, "/V1/products/:sku/group-prices/:customerGroupId/tiers/:qty", access: Self.access,
                service: Self.service, operation: "remove", summary: "Remove tier price from product"
            ) { [products] call in
                let qty = try call.argument("qty", as: Decimal.self)
                let requested = call.pathParameter("customerGroupId")
                let group = requested == "all" ? Self.allGroups : Int(requested)
                try await products.modifyProduct(sku: call.pathParameter("sku")) { product, _ in
                    let tiers = product.tierPrices ?? []
                    guard !tiers.isEmpty else {
                        throw CommerceError.notFound(message: "This product doesn't have tier price")
                    }
                    let kept = tiers.filter { !($0.customerGroupId == group && $0.qty == qty && Self.isGlobal($0)) }
                    guard kept.count < tiers.count else {
                        throw CommerceError.notFound(
                            message: "For current  customerGroupId = '%1' with 'qty' = %2 any tier price exist'.",
                            parameters: [requested, NSDecimalNumber(decimal: qty).stringValue]
                        )
                    }
                    product.tierPrices = kept
                }
                return true
            },
        ]
    }

    static func isGlobal(_ tier: ProductTierPrice) -> Bool {
        (tier.extensionAttributes?.websiteId ?? 0) == 0
    }

    /// `all`, or an existing group's id (`No such entity with id = …` otherwise).
    static func group(_ requested: String, groups: any CustomerGroupRepository) async throws -> Int {
        if requested == "all" { return allGroups }
        guard let id = Int(requested) else { throw CommerceError.noSuchEntity(field: "id", value: requested) }
        return try await groups.group(id: id).id ?? id
    }
}
