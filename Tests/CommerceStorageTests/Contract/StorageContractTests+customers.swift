import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static func account(_ email: String, group: Int = 1, addresses: [CustomerAddress] = []) -> Customer {
        Customer(groupId: group, email: email, firstname: "Ann", lastname: "Lee", storeId: 1, websiteId: 1, addresses: addresses)
    }

    static func texas(billing: Bool = true) -> CustomerAddress {
        CustomerAddress(
            regionId: 57, countryId: "US", street: ["1 Main St"], telephone: "555", postcode: "78701", city: "Austin",
            firstname: "Ann", lastname: "Lee", defaultShipping: true, defaultBilling: billing
        )
    }

    @Test("Customers store addresses and defaults, and emails are unique per website whatever their case", arguments: TestEngine.all)
    func customersCreate(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let created = try await storage.customers.createCustomer(Self.account("ann@example.com", addresses: [Self.texas()]), passwordHash: "h1")
            #expect(created.id == 1)
            #expect(created.defaultBilling == "1")
            #expect(created.addresses?.first?.region == CustomerRegion(regionCode: "TX", region: "Texas", regionId: 57))
            #expect(created.createdAt == "2024-05-06 07:08:09")
            await #expect(throws: CustomerRules.duplicateEmail) {
                try await storage.customers.createCustomer(Self.account("ANN@example.com"), passwordHash: nil)
            }
            #expect(try await storage.customers.customerId(email: "Ann@Example.com", websiteId: 1) == 1)
            #expect(try await storage.customers.customerId(email: "ann@example.com", websiteId: 2) == nil)
            let events = try await storage.events.events(after: 0, limit: 10).map(\.event.type)
            #expect(events == ["customer.created"])
            #expect(try await storage.customers.credentials(customerId: 1).passwordHash == "h1")
        }
    }

    @Test("Customer search filters and sorts on columns", arguments: TestEngine.all)
    func customersSearch(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            for (email, group) in [("c@example.com", 2), ("a@example.com", 3), ("b@example.com", 2)] {
                _ = try await storage.customers.createCustomer(Self.account(email, group: group), passwordHash: nil)
            }
            let wholesale = try await storage.customers.searchCustomers(Self.criteria("group_id", "2", sort: "email"))
            #expect(wholesale.items.map(\.email) == ["b@example.com", "c@example.com"])
            let like = try await storage.customers.searchCustomers(Self.criteria("email", "%@example.com", "like"))
            #expect(like.totalCount == 3)
        }
    }

    @Test("Updating with addresses replaces the book; deleting removes the account and its addresses", arguments: TestEngine.all)
    func customersUpdateDelete(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.customers.createCustomer(Self.account("ann@example.com", addresses: [Self.texas()]), passwordHash: nil)
            var kept = Self.texas(billing: false)
            kept.id = 1
            kept.city = "Dallas"
            var update = Customer(id: 1, firstname: "Annie")
            update.addresses = [kept, Self.texas(billing: true)]
            let updated = try await storage.customers.updateCustomer(update)
            #expect(updated.firstname == "Annie")
            #expect(updated.lastname == "Lee")
            #expect(updated.addresses?.map(\.id) == [1, 2])
            #expect(updated.addresses?.first?.city == "Dallas")
            #expect(updated.defaultBilling == "2")
            #expect(updated.defaultShipping == "2")
            try await storage.customers.deleteAddress(id: 2)
            let afterAddressDelete = try await storage.customers.customer(id: 1)
            #expect(afterAddressDelete.defaultBilling == nil)
            try await storage.customers.deleteCustomer(id: 1)
            await #expect(throws: CommerceError.noSuchEntity(field: "customerId", value: "1")) { try await storage.customers.customer(id: 1) }
            await #expect(throws: CommerceError.noSuchEntity(field: "addressId", value: "1")) { try await storage.customers.address(id: 1) }
            let events = try await storage.events.events(after: 0, limit: 10).map(\.event.type)
            #expect(events == ["customer.created", "customer.updated", "customer_address.deleted", "customer.deleted"])
        }
    }

    @Test("A refused update changes nothing and records no event", arguments: TestEngine.all)
    func customersAtomicUpdate(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.customers.createCustomer(Self.account("ann@example.com"), passwordHash: nil)
            _ = try await storage.customers.createCustomer(Self.account("bob@example.com"), passwordHash: nil)
            var update = Customer(id: 2, email: "ANN@example.com")
            update.addresses = [Self.texas()]
            await #expect(throws: CustomerRules.duplicateEmail) { try await storage.customers.updateCustomer(update) }
            let bob = try await storage.customers.customer(id: 2)
            #expect(bob.email == "bob@example.com")
            #expect(bob.addresses == [])
            #expect(try await storage.events.events(after: 0, limit: 10).count == 2)
        }
    }

    @Test("Password hashes, reset tokens and the revocation marker are kept with their events", arguments: TestEngine.all)
    func customerSecrets(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            _ = try await storage.customers.createCustomer(Self.account("ann@example.com"), passwordHash: "old")
            let when = Date(timeIntervalSince1970: 1_790_000_100)
            try await storage.customers.storeResetToken(customerId: 1, token: "tok", at: when)
            var secrets = try await storage.customers.credentials(customerId: 1)
            #expect(secrets.resetToken == "tok")
            #expect(secrets.resetTokenCreatedAt == when)
            try await storage.customers.setPasswordHash(customerId: 1, hash: "new")
            secrets = try await storage.customers.credentials(customerId: 1)
            #expect(secrets.passwordHash == "new")
            #expect(secrets.resetToken == nil)
            #expect(try await storage.customers.tokensRevokedAt(customerId: 1) == nil)
            try await storage.customers.revokeTokens(customerId: 1, at: when)
            #expect(try await storage.customers.tokensRevokedAt(customerId: 1) == when)
            #expect(try await storage.customers.tokensRevokedAt(customerId: 9) == nil)
            let events = try await storage.events.events(after: 0, limit: 10)
            #expect(events.map(\.event.type) == ["customer.created", "customer.password_reset_requested", "customer.password_changed", "customer.tokens_revoked"])
            #expect(events[1].event.payload == #"{"id":1,"email":"ann@example.com","reset_token":"tok"}"#)
            await #expect(throws: CommerceError.noSuchEntity(field: "customerId", value: "9")) {
                try await storage.customers.setPasswordHash(customerId: 9, hash: "x")
            }
        }
    }

    @Test("Customer groups start with Magento's four; new ones follow them and codes are unique", arguments: TestEngine.all)
    func customerGroups(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            let seeded = try await storage.customerGroups.searchGroups(SearchCriteria())
            #expect(seeded.items.map(\.code) == ["NOT LOGGED IN", "General", "Wholesale", "Retailer"])
            let vip = try await storage.customerGroups.saveGroup(CustomerGroup(code: "VIP"))
            #expect(vip == CustomerGroup(id: 4, code: "VIP", taxClassId: 3, taxClassName: "Retail Customer"))
            await #expect(throws: CommerceError.invalidInput(message: "Customer Group already exists.")) {
                try await storage.customerGroups.saveGroup(CustomerGroup(code: "VIP"))
            }
            _ = try await storage.customers.createCustomer(Self.account("v@example.com", group: 4), passwordHash: nil)
            try await storage.customerGroups.deleteGroup(id: 4)
            #expect(try await storage.customers.customer(id: 1).groupId == 1)
            await #expect(throws: CommerceError.self) { try await storage.customerGroups.deleteGroup(id: 0) }
            await #expect(throws: CommerceError.noSuchEntity(field: "id", value: "9")) {
                try await storage.customers.createCustomer(Self.account("w@example.com", group: 9), passwordHash: nil)
            }
        }
    }

    @Test("The demo customers are seeded once, with the ids, emails and regions DemoCustomers lists", arguments: TestEngine.all)
    func demoCustomers(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            #expect(try await storage.seedDemoCustomers(passwordHash: "demo") == 50)
            #expect(try await storage.seedDemoCustomers(passwordHash: "demo") == 0)
            let all = try await storage.customers.searchCustomers(SearchCriteria())
            #expect(all.totalCount == 50)
            #expect(all.items.map(\.id) == DemoCustomers.all.map(\.id))
            #expect(all.items.map(\.email) == DemoCustomers.all.map(\.email))
            #expect(Set(all.items.compactMap(\.groupId)) == [1, 2, 3])
            let first = try #require(all.items.first)
            #expect(first.email == "roni_cost@example.com")
            #expect(first.addresses?.first?.region == CustomerRegion(regionCode: "MI", region: "Michigan", regionId: 33))
            #expect(Set(all.items.compactMap { $0.addresses?.first?.countryId }).count == 10)
            #expect(try await storage.customers.credentials(customerId: 50).passwordHash == "demo")
        }
    }
}
