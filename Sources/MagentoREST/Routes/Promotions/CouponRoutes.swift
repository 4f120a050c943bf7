import CommerceDomain
import HTTPTypes
import MagentoWire

/// Coupons: `/V1/coupons`, generation and mass deletion.
public struct CouponRoutes: Sendable {
    let salesRules: any SalesRuleRepository

    public init(salesRules: any SalesRuleRepository) {
        self.salesRules = salesRules
    }

    static let repository = "salesRuleCouponRepositoryV1"
    static let management = "salesRuleCouponManagementV1"

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/coupons/search", access: SalesRuleRoutes.access, service: Self.repository,
                summary: "Retrieve a coupon using the specified search criteria."
            ) { [salesRules] criteria, _ in try await salesRules.searchCoupons(criteria) },
            Endpoint(
                .get, "/V1/coupons/:couponId", access: SalesRuleRoutes.access, service: Self.repository,
                operation: "getById", summary: "Get coupon by coupon id."
            ) { [salesRules] call in try await salesRules.coupon(id: try call.argument("couponId", as: Int.self)) },
            Endpoint(
                .post, "/V1/coupons", access: SalesRuleRoutes.access, service: Self.repository,
                operation: "save", summary: "Save a coupon.", body: [.required("coupon", Coupon.self)]
            ) { [salesRules] call in try await salesRules.saveCoupon(try call.argument("coupon", as: Coupon.self)) },
            Endpoint(
                .put, "/V1/coupons/:couponId", access: SalesRuleRoutes.access, service: Self.repository,
                operation: "save", summary: "Save a coupon.", body: [.required("coupon", Coupon.self)]
            ) { [salesRules] call in
                var coupon = try call.argument("coupon", as: Coupon.self)
                coupon.couponId = try call.argument("couponId", as: Int.self)   // the URL's id wins
                return try await salesRules.saveCoupon(coupon)
            },
            Endpoint(
                .delete, "/V1/coupons/:couponId", access: SalesRuleRoutes.access, service: Self.repository,
                operation: "deleteById", summary: "Delete coupon by coupon id."
            ) { [salesRules] call in
                try await salesRules.deleteCoupon(id: try call.argument("couponId", as: Int.self))
                return true
            },
            Endpoint(
                .post, "/V1/coupons/generate", access: SalesRuleRoutes.access, service: Self.management,
                operation: "generate", summary: "Generate coupon for a rule", body: [.required("couponSpec", CouponGenerationSpec.self)]
            ) { [salesRules] call in
                try await salesRules.generateCoupons(try call.argument("couponSpec", as: CouponGenerationSpec.self))
            },
            Endpoint(
                .post, "/V1/coupons/deleteByIds", access: SalesRuleRoutes.access, service: Self.management,
                operation: "deleteByIds", summary: "Delete coupon by coupon ids.", body: [.required("ids", [Int].self), .optional("ignoreInvalidCoupons", Bool.self)]
            ) { [salesRules] call in
                try await salesRules.deleteCoupons(ids: try call.argument("ids", as: [Int].self))
            },
            Endpoint(
                .post, "/V1/coupons/deleteByCodes", access: SalesRuleRoutes.access, service: Self.management,
                operation: "deleteByCodes", summary: "Delete coupon by coupon codes.", body: [.required("codes", [String].self), .optional("ignoreInvalidCoupons", Bool.self)]
            ) { [salesRules] call in
                try await salesRules.deleteCoupons(codes: try call.argument("codes", as: [String].self))
            },
        ]
    }
}
