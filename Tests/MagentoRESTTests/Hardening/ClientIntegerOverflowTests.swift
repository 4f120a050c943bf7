import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

/// Issue 16 (1): integers a client sends never trap the process; what cannot be computed is
/// Magento's invalid-value 400. Before the fix each request here killed the test process.
@Suite("Client integer overflow")
struct ClientIntegerOverflowTests {
    static let max = "9223372036854775807"

    @Test("lowStock with pageSize or currentPage at Int.max is a 400, and the server still answers")
    func lowStockPaging() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let hugeSize = try await session.get("/rest/V1/stockItems/lowStock?scopeId=1&qty=10&currentPage=3&pageSize=\(Self.max)", token: token)
            #expect(hugeSize.status == .badRequest)
            #expect(hugeSize.text == #"{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"currentPage","value":"3"}}"#)
            let hugePage = try await session.get("/rest/V1/stockItems/lowStock?scopeId=1&qty=10&currentPage=\(Self.max)&pageSize=10", token: token)
            #expect(hugePage.status == .badRequest)
            #expect(hugePage.text == #"{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"currentPage","value":"\#(Self.max)"}}"#)
            let firstPage = try await session.get("/rest/V1/stockItems/lowStock?scopeId=1&qty=10&currentPage=1&pageSize=\(Self.max)&fields=total_count", token: token)
            #expect(firstPage.status == .ok)
            #expect(firstPage.text == #"{"total_count":0}"#)
        }
    }

    @Test("a category tree with depth Int.max is the whole tree")
    func categoryDepth() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let tree = try await session.get("/rest/V1/categories?rootCategoryId=1&depth=\(Self.max)&fields=id", token: token)
            #expect(tree.status == .ok)
            #expect(tree.text == #"{"id":1}"#)
        }
    }

    @Test("coupon generation refuses a quantity or length that cannot be produced")
    func couponSpec() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/salesRules", token: token, body: CouponEndpointTests.rule("AUTO", autoGeneration: true))
            let quantity = try await session.send(.post, "/rest/V1/coupons/generate", token: token, body: #"{"couponSpec":{"rule_id":1,"format":"num","quantity":\#(Self.max),"length":8}}"#)
            #expect(quantity.status == .badRequest)
            #expect(quantity.text == #"{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"quantity","value":"\#(Self.max)"}}"#)
            let length = try await session.send(.post, "/rest/V1/coupons/generate", token: token, body: #"{"couponSpec":{"rule_id":1,"format":"num","quantity":1,"length":\#(Self.max),"prefix":"P"}}"#)
            #expect(length.status == .badRequest)
            #expect(length.text == #"{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"length","value":"\#(Self.max)"}}"#)
        }
    }
}
