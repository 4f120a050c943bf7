import Foundation
import HTTPTypes
import HummingbirdTesting
import MagentoWire
import Testing

@Suite("Coupon endpoints")
struct CouponEndpointTests {
    static func rule(_ couponType: String, autoGeneration: Bool = false) -> String {
        #"{"rule":{"name":"Coupon rule","website_ids":[1],"customer_group_ids":[0,1],"is_active":true,"simple_action":"by_fixed","discount_amount":10,"coupon_type":"\#(couponType)","use_auto_generation":\#(autoGeneration),"uses_per_coupon":5,"to_date":"2026-12-31"}}"#
    }

    @Test("a coupon takes its rule's limits and end date, is read, updated, searched and deleted")
    func lifecycle() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/salesRules", token: token, body: Self.rule("SPECIFIC_COUPON"))
            let created = try await session.send(.post, "/rest/V1/coupons", token: token, body: #"{"coupon":{"rule_id":1,"code":"SAVE10","type":0}}"#)
            #expect(created.status == .ok)
            let stored = #"{"coupon_id":1,"rule_id":1,"code":"SAVE10","usage_limit":5,"usage_per_customer":0,"times_used":0,"expiration_date":"2026-12-31","is_primary":false,"created_at":"2026-09-21 14:13:20","type":0}"#
            #expect(created.text == stored)
            #expect(try await session.get("/rest/V1/coupons/1", token: token).text == stored)
            let renamed = try await session.send(.put, "/rest/V1/coupons/1", token: token, body: #"{"coupon":{"code":"SAVE-TEN"}}"#)
            #expect(renamed.text == stored.replacingOccurrences(of: "SAVE10", with: "SAVE-TEN"))
            let list = try await session.get("/rest/V1/coupons/search?searchCriteria[filterGroups][0][filters][0][field]=rule_id&searchCriteria[filterGroups][0][filters][0][value]=1&searchCriteria[pageSize]=5", token: token)
            #expect(list.text == #"{"items":[\#(renamed.text)],"search_criteria":{"filter_groups":[{"filters":[{"field":"rule_id","value":"1"}]}],"page_size":5},"total_count":1}"#)
            #expect(try await session.send(.delete, "/rest/V1/coupons/1", token: token).text == "true")
            let gone = try await session.get("/rest/V1/coupons/1", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"No such entity."}"#)
        }
    }

    @Test("coupons are refused for a rule without coupons, an unknown rule, and a taken code in any case")
    func refusals() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/salesRules", token: token, body: Self.rule("NO_COUPON"))
            _ = try await session.send(.post, "/rest/V1/salesRules", token: token, body: Self.rule("SPECIFIC_COUPON"))
            let noCoupons = try await session.send(.post, "/rest/V1/coupons", token: token, body: #"{"coupon":{"rule_id":1,"code":"X"}}"#)
            #expect(noCoupons.status == .badRequest)
            #expect(noCoupons.text == #"{"message":"Error occurred when saving coupon: %1","parameters":["Specified rule does not allow coupons"]}"#)
            let unknown = try await session.send(.post, "/rest/V1/coupons", token: token, body: #"{"coupon":{"rule_id":42,"code":"X"}}"#)
            #expect(unknown.text == #"{"message":"Error occurred when saving coupon: %1","parameters":["No such entity with rule_id = 42"]}"#)
            _ = try await session.send(.post, "/rest/V1/coupons", token: token, body: #"{"coupon":{"rule_id":2,"code":"SAVE10"}}"#)
            let taken = try await session.send(.post, "/rest/V1/coupons", token: token, body: #"{"coupon":{"rule_id":2,"code":"save10"}}"#)
            #expect(taken.status == .badRequest)
            #expect(taken.text == #"{"message":"%1 already exists.","parameters":["Coupon with the same code"]}"#)
        }
    }

    @Test("generate makes codes of the asked shape for an auto rule; mass deletes report what was missing")
    func generateAndMassDelete() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/salesRules", token: token, body: Self.rule("AUTO", autoGeneration: true))
            let generated = try await session.send(.post, "/rest/V1/coupons/generate", token: token, body: #"{"couponSpec":{"rule_id":1,"format":"num","quantity":3,"length":8,"prefix":"GEN-","delimiter_at_every":4}}"#)
            #expect(generated.status == .ok)
            guard case .array(let values) = generated.json else {
                Issue.record("not an array: \(generated.text)")
                return
            }
            let codes = values.compactMap { value -> String? in if case .string(let code) = value { code } else { nil } }
            #expect(codes.count == 3)
            #expect(codes.allSatisfy { $0.count == 13 && $0.hasPrefix("GEN-") && Array($0)[8] == "-" })
            let list = try await session.get("/rest/V1/coupons/search?searchCriteria[filterGroups][0][filters][0][field]=type&searchCriteria[filterGroups][0][filters][0][value]=1", token: token)
            #expect(list.json.flatMap { if case .object(let object) = $0 { object["total_count"] } else { nil } } == .number("3"))
            let byIds = try await session.send(.post, "/rest/V1/coupons/deleteByIds", token: token, body: #"{"ids":[1,99]}"#)
            #expect(byIds.text == #"{"failed_items":[],"missing_items":["99"]}"#)
            let byCodes = try await session.send(.post, "/rest/V1/coupons/deleteByCodes", token: token, body: #"{"codes":["\#(codes[1].lowercased())","\#(codes[2])","NOPE"]}"#)
            #expect(byCodes.text == #"{"failed_items":[],"missing_items":["NOPE"]}"#)
            let refused = try await session.send(.post, "/rest/V1/coupons/generate", token: token, body: #"{"couponSpec":{"rule_id":1,"format":"hex","quantity":1,"length":4}}"#)
            #expect(refused.text == #"{"message":"Invalid data provided"}"#)
        }
    }

    @Test("generation is refused for a rule that does not auto-generate")
    func generationRefused() async throws {
        try await TestApp.withoutDemo().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/salesRules", token: token, body: Self.rule("SPECIFIC_COUPON"))
            let reply = try await session.send(.post, "/rest/V1/coupons/generate", token: token, body: #"{"couponSpec":{"rule_id":1,"format":"alpha","quantity":1,"length":4}}"#)
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"Error occurred when generating coupons: %1","parameters":["Specified rule does not allow automatic coupon generation"]}"#)
        }
    }
}
