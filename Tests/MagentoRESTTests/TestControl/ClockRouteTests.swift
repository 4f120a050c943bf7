import HTTPTypes
import MagentoWire
import Testing

@Suite("Clock routes: /V1/magpie/clock")
struct ClockRouteTests {
    @Test("GET reads the clock: real time from the server's clock, no offset")
    func readsRealTime() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.get("/rest/V1/magpie/clock", token: token)
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"mode":"real","now":"2026-09-21 14:13:20","offset_seconds":0}"#)
        }
    }

    @Test("freezing stops the clock at the given time, advancing moves it, real returns to the server's time")
    func freezeAdvanceReal() async throws {
        let app = try await TestApp.make()
        try await app.run { session in
            let token = try await session.adminToken()
            let frozen = try await session.setClock(#"{"action":"freeze","time":"2026-09-21 15:00:00"}"#, token: token)
            #expect(frozen.text == #"{"mode":"frozen","now":"2026-09-21 15:00:00"}"#)
            app.clock.advance(by: 500)
            #expect(try await session.get("/rest/V1/magpie/clock", token: token).text == frozen.text)
            let advanced = try await session.setClock(#"{"action":"advance","seconds":90}"#, token: token)
            #expect(advanced.text == #"{"mode":"frozen","now":"2026-09-21 15:01:30"}"#)
            let real = try await session.setClock(#"{"action":"real"}"#, token: token)
            #expect(real.text == #"{"mode":"real","now":"2026-09-21 14:21:40","offset_seconds":0}"#)
            let ahead = try await session.setClock(#"{"action":"advance","seconds":3600}"#, token: token)
            #expect(ahead.text == #"{"mode":"real","now":"2026-09-21 15:21:40","offset_seconds":3600}"#)
        }
    }

    @Test("an admin token expires once the clock is advanced past its lifetime")
    func tokenExpires() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            #expect(try await session.get("/rest/V1/modules", token: token).status == .ok)
            try await session.setClock(#"{"action":"advance","seconds":14399}"#, token: token)
            #expect(try await session.get("/rest/V1/modules", token: token).status == .ok)
            try await session.setClock(#"{"action":"advance","seconds":2}"#, token: token)
            let expired = try await session.get("/rest/V1/modules", token: token)
            #expect(expired.status == .unauthorized)
            #expect(expired.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Backend::admin"}}"#)
        }
    }

    @Test("created_at and updated_at follow the frozen clock")
    func timestampsFollowFrozenClock() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.setClock(#"{"action":"freeze","time":"2031-05-06 07:08:09"}"#, token: token)
            // Five years on, the token taken before has long expired.
            #expect(try await session.get("/rest/V1/magpie/clock", token: token).status == .unauthorized)
            let fresh = try await session.adminToken()
            try await session.makeProduct("CLOCK-1", token: fresh)
            let created = try await session.get("/rest/V1/products/CLOCK-1?fields=created_at,updated_at", token: fresh)
            #expect(created.text == #"{"created_at":"2031-05-06 07:08:09","updated_at":"2031-05-06 07:08:09"}"#)
            try await session.setClock(#"{"action":"advance","seconds":60}"#, token: fresh)
            _ = try await session.send(.put, "/rest/V1/products/CLOCK-1", token: fresh, body: #"{"product":{"name":"Renamed"}}"#)
            let updated = try await session.get("/rest/V1/products/CLOCK-1?fields=created_at,updated_at", token: fresh)
            #expect(updated.text == #"{"created_at":"2031-05-06 07:08:09","updated_at":"2031-05-06 07:09:09"}"#)
        }
    }

    @Test("a cart price rule stops applying once the clock passes its end date (totals collected after each move)")
    func ruleEnds() async throws {
        try await TestApp.withoutDemo().run { session in
            let (token, cart) = try await session.guestCartWithProduct()
            _ = try await session.send(.post, "/rest/V1/salesRules", token: token, body: #"{"rule":{"name":"Ends tomorrow","website_ids":[1],"customer_group_ids":[0,1],"is_active":true,"simple_action":"by_fixed","discount_amount":1,"coupon_type":"NO_COUPON","to_date":"2026-09-22"}}"#)
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            #expect(try await session.get("\(cart)/totals?fields=discount_amount").text == #"{"discount_amount":-1}"#)
            try await session.setClock(#"{"action":"advance","seconds":86400}"#, token: token)
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            #expect(try await session.get("\(cart)/totals?fields=discount_amount").text == #"{"discount_amount":-2}"#)
            // A day on, the admin token has expired: a fresh one moves the clock again.
            try await session.setClock(#"{"action":"advance","seconds":86400}"#, token: try await session.adminToken())
            _ = try await session.addItem(cart, sku: "SALE-1", qty: 1)
            #expect(try await session.get("\(cart)/totals?fields=discount_amount").text == #"{"discount_amount":0}"#)
        }
    }

    @Test("an unknown action, a malformed time and a missing step are 400s naming the problem")
    func invalidInput() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let unknown = try await session.setClock(#"{"action":"rewind"}"#, token: token)
            #expect(unknown.status == .badRequest)
            #expect(unknown.text == #"{"message":"Invalid clock action \"%1\": use freeze, advance or real.","parameters":["rewind"]}"#)
            let badTime = try await session.setClock(#"{"action":"freeze","time":"next tuesday"}"#, token: token)
            #expect(badTime.status == .badRequest)
            #expect(badTime.text == #"{"message":"Invalid time \"%1\": use YYYY-MM-DD HH:MM:SS in UTC.","parameters":["next tuesday"]}"#)
            let noStep = try await session.setClock(#"{"action":"advance"}"#, token: token)
            #expect(noStep.status == .badRequest)
            #expect(noStep.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"seconds"}}"#)
            let huge = try await session.setClock(#"{"action":"advance","seconds":1e12}"#, token: token)
            #expect(huge.status == .badRequest)
            #expect(try await session.get("/rest/V1/magpie/clock", token: token).text == #"{"mode":"real","now":"2026-09-21 14:13:20","offset_seconds":0}"#)
        }
    }

    @Test("the clock routes need Magpie_Clock::manage and refuse a guest with Magento's 401")
    func guestRefused() async throws {
        try await TestApp.make().run { session in
            for method in [HTTPRequest.Method.get, .put] {
                let reply = try await session.send(method, "/rest/V1/magpie/clock", body: method == .put ? #"{"action":"real"}"# : nil)
                #expect(reply.status == .unauthorized)
                #expect(reply.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magpie_Clock::manage"}}"#)
            }
        }
    }
}

extension TestSession {
    @discardableResult
    func setClock(_ body: String, token: String) async throws -> TestReply {
        try await send(.put, "/rest/V1/magpie/clock", token: token, body: body)
    }
}
