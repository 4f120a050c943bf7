import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Customer endpoints")
struct CustomerEndpointTests {
    @Test("anonymous registration answers the whole account with its address book")
    func register() async throws {
        try await TestApp.make().run { session in
            let reply = try await session.send(
                .post, "/rest/V1/customers",
                body: #"{"customer":{"email":"jane@example.com","firstname":"Jane","lastname":"Doe","group_id":2,"addresses":\#(CustomerSamples.texas)},"password":"Shopper-pass1"}"#
            )
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"id":1,"group_id":1,"default_billing":"1","default_shipping":"1","created_at":"2026-09-21 14:13:20","updated_at":"2026-09-21 14:13:20","created_in":"Default Store View","email":"jane@example.com","firstname":"Jane","lastname":"Doe","store_id":1,"website_id":1,"addresses":[\#(CustomerSamples.texasOut)],"disable_auto_group_change":0,"extension_attributes":{"is_subscribed":false}}"#)
        }
    }

    @Test("an admin may choose the group of a new account")
    func adminChoosesGroup() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let reply = try await session.send(
                .post, "/rest/V1/customers?fields=id,group_id", token: token,
                body: #"{"customer":{"email":"w@example.com","firstname":"W","lastname":"S","group_id":2}}"#
            )
            #expect(reply.text == #"{"id":1,"group_id":2}"#)
        }
    }

    @Test("a second account with the same email (any case) is refused")
    func duplicateEmail() async throws {
        try await TestApp.make().run { session in
            try await session.register("jane@example.com")
            let reply = try await session.send(
                .post, "/rest/V1/customers",
                body: #"{"customer":{"email":"JANE@example.com","firstname":"J","lastname":"D"},"password":"Shopper-pass1"}"#
            )
            #expect(reply.status == .badRequest)
            #expect(reply.text == #"{"message":"A customer with the same email address already exists in an associated website."}"#)
        }
    }

    @Test("missing and malformed fields get Magento's validator messages")
    func validation() async throws {
        try await TestApp.make().run { session in
            let noNames = try await session.send(.post, "/rest/V1/customers", body: #"{"customer":{"email":"a@example.com"}}"#)
            #expect(noNames.status == .badRequest)
            #expect(noNames.text == #"{"message":"One or more input exceptions have occurred.","errors":[{"message":"\"First Name\" is a required value."},{"message":"\"Last Name\" is a required value."}]}"#)
            let noEmail = try await session.send(.post, "/rest/V1/customers", body: #"{"customer":{"firstname":"A","lastname":"B"}}"#)
            #expect(noEmail.text == #"{"message":"The customer email is missing. Enter and try again."}"#)
            let badEmail = try await session.send(.post, "/rest/V1/customers", body: #"{"customer":{"email":"nope","firstname":"A","lastname":"B"}}"#)
            #expect(badEmail.text == #"{"message":"\"Email\" is not a valid email address."}"#)
            let noCustomer = try await session.send(.post, "/rest/V1/customers", body: #"{"password":"x"}"#)
            #expect(noCustomer.text == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"customer"}}"#)
            let badAddress = try await session.send(
                .post, "/rest/V1/customers",
                body: #"{"customer":{"email":"a@example.com","firstname":"A","lastname":"B","addresses":[{"firstname":"A","lastname":"B","street":["x"],"city":"c","postcode":"1","telephone":"1","country_id":"US","region_id":999}]}}"#
            )
            #expect(badAddress.text == #"{"message":"Invalid value of \"%value\" provided for the %fieldName field.","parameters":{"fieldName":"regionId","value":"999"}}"#)
            let count = try await session.send(.post, "/rest/V1/customers/isEmailAvailable", body: #"{"customerEmail":"a@example.com"}"#)
            #expect(count.text == "true")
        }
    }

    @Test("weak passwords are refused before anything is stored")
    func weakPasswords() async throws {
        try await TestApp.make().run { session in
            let body = { (password: String) in #"{"customer":{"email":"a@example.com","firstname":"A","lastname":"B"},"password":"\#(password)"}"# }
            let short = try await session.send(.post, "/rest/V1/customers", body: body("Ab1"))
            #expect(short.text == #"{"message":"The password needs at least %1 characters. Create a new password and try again.","parameters":["8"]}"#)
            let plain = try await session.send(.post, "/rest/V1/customers", body: body("abcdefghij"))
            #expect(plain.text == #"{"message":"Minimum of different classes of characters in password is %1. Classes of characters: Lower Case, Upper Case, Digits, Special Characters.","parameters":["3"]}"#)
            let same = try await session.send(.post, "/rest/V1/customers", body: body("a@example.com"))
            #expect(same.text == #"{"message":"The password can't be the same as the email address. Create a new password and try again."}"#)
            let available = try await session.send(.post, "/rest/V1/customers/isEmailAvailable", body: #"{"customerEmail":"a@example.com","websiteId":1}"#)
            #expect(available.text == "true")
        }
    }

    @Test("admins read, update and delete by id; unknown ids are 404")
    func adminCrud() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let id = try await session.register("jane@example.com", addresses: CustomerSamples.texas)
            let updated = try await session.send(
                .put, "/rest/V1/customers/\(id)?fields=id,group_id,email,firstname,lastname,default_billing,addresses[id,city]", token: token,
                body: #"{"customer":{"email":"jane.doe@example.com","firstname":"Janet","lastname":"Doe","group_id":3}}"#
            )
            #expect(updated.status == .ok)
            #expect(updated.text == #"{"id":1,"group_id":3,"default_billing":"1","email":"jane.doe@example.com","firstname":"Janet","lastname":"Doe","addresses":[{"id":1,"city":"Austin"}]}"#)
            let fetched = try await session.get("/rest/V1/customers/\(id)?fields=email,updated_at", token: token)
            #expect(fetched.text == #"{"updated_at":"2026-09-21 14:13:20","email":"jane.doe@example.com"}"#)
            let deleted = try await session.send(.delete, "/rest/V1/customers/\(id)", token: token)
            #expect(deleted.text == "true")
            let missing = try await session.get("/rest/V1/customers/\(id)", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"customerId","fieldValue":"1"}}"#)
            let anonymous = try await session.get("/rest/V1/customers/1")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Customer::customer"}}"#)
        }
    }

    @Test("sending addresses replaces the address book; ids kept, others added or removed")
    func replaceAddresses() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let id = try await session.register("jane@example.com", addresses: CustomerSamples.texas)
            let reply = try await session.send(
                .put, "/rest/V1/customers/\(id)?fields=default_billing,default_shipping,addresses[id,country_id,region,default_billing]", token: token,
                body: #"{"customer":{"default_shipping":"1","addresses":[{"firstname":"J","lastname":"D","street":["9 Rue"],"city":"Paris","postcode":"75001","country_id":"FR","telephone":"1","region":{"region":"Île-de-France"},"default_billing":true}]}}"#
            )
            #expect(reply.text == #"{"default_billing":"2","addresses":[{"id":2,"region":{"region_code":null,"region":"Île-de-France","region_id":0},"country_id":"FR","default_billing":true}]}"#)
            let gone = try await session.get("/rest/V1/customers/addresses/1", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"No such entity with %fieldName = %fieldValue","parameters":{"fieldName":"addressId","fieldValue":"1"}}"#)
        }
    }

    @Test("search filters, sorts and pages accounts")
    func search() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for name in ["Cleo", "Abe", "Bea"] { try await session.register("\(name.lowercased())@example.com", firstname: name) }
            let reply = try await session.get(
                "/rest/V1/customers/search?searchCriteria[filterGroups][0][filters][0][field]=email&searchCriteria[filterGroups][0][filters][0][value]=%25e%25&searchCriteria[filterGroups][0][filters][0][conditionType]=like&searchCriteria[sortOrders][0][field]=firstname&searchCriteria[sortOrders][0][direction]=ASC&searchCriteria[pageSize]=2&fields=items[id,firstname],total_count",
                token: token
            )
            #expect(reply.status == .ok)
            #expect(reply.text == #"{"items":[{"id":2,"firstname":"Abe"},{"id":3,"firstname":"Bea"}],"total_count":3}"#)
            let envelope = try await session.get("/rest/V1/customers/search?searchCriteria[pageSize]=1", token: token)
            #expect(envelope.text.hasSuffix(#""search_criteria":{"filter_groups":[],"page_size":1},"total_count":3}"#))
        }
    }

    @Test("validate lists the problems without saving")
    func validate() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let bad = try await session.send(.put, "/rest/V1/customers/validate", token: token, body: #"{"customer":{"email":"x","firstname":"A"}}"#)
            #expect(bad.text == #"{"valid":false,"messages":["\"Last Name\" is a required value.","\"Email\" is not a valid email address."]}"#)
            let good = try await session.send(.put, "/rest/V1/customers/validate", token: token, body: #"{"customer":{"email":"x@y.z","firstname":"A","lastname":"B"}}"#)
            #expect(good.text == #"{"valid":true,"messages":[]}"#)
        }
    }
}
