import CommerceDomain
import MagentoWire
import Testing

@Suite("Customer rules")
struct CustomerRulesTests {
    @Test("passwords need three character classes and eight characters", arguments: [
        ("Abcdefg1", true), ("abcdefg1", false), ("Ab1!", false), ("ABCDEFGH!", false), (" Abcdef1 ", false), ("Ab1!Ab1!", true),
    ])
    func passwordStrength(password: String, accepted: Bool) {
        #expect(((try? PasswordRules.check(password, email: nil)) != nil) == accepted)
    }

    @Test("email checks want one @ and a dotted domain", arguments: [
        ("a@b.co", true), ("a.b+c@shop.example.org", true), ("a@b", false), ("@b.co", false), ("a@@b.co", false), ("a b@c.de", false), ("a@b..c", false),
    ])
    func emails(text: String, valid: Bool) {
        #expect(CustomerRules.isEmail(text) == valid)
    }

    @Test("a US address gets its region object from the directory; a French one keeps free text")
    func regions() throws {
        let base = CustomerAddress(countryId: "us", street: ["1"], telephone: "1", postcode: "1", city: "c", firstname: "f", lastname: "l")
        var byCode = base
        byCode.region = CustomerRegion(regionCode: "tx")
        let texas = try CustomerRules.normalizedAddress(byCode)
        #expect(texas.countryId == "US")
        #expect(texas.region == CustomerRegion(regionCode: "TX", region: "Texas", regionId: 57))
        #expect(texas.regionId == 57)
        #expect(throws: CommerceError.required("regionId")) { try CustomerRules.normalizedAddress(base) }
        var french = base
        french.countryId = "FR"
        french.region = CustomerRegion(region: "Bretagne")
        #expect(try CustomerRules.normalizedAddress(french).region == CustomerRegion(region: "Bretagne", regionId: 0))
    }

    @Test("every missing address field is listed in one aggregate error")
    func missingAddressFields() {
        #expect(throws: CommerceError.multipleInputErrors(
            ["firstname", "lastname", "street", "city", "telephone", "postcode", "countryId"].map(CommerceError.required)
        )) { try CustomerRules.normalizedAddress(CustomerAddress()) }
    }

    @Test("the demo customers have unique emails and ids 1…50 in groups 1–3")
    func demoCustomers() {
        let all = DemoCustomers.all
        #expect(all.count == 50)
        #expect(Set(all.map(\.email)).count == 50)
        #expect(all.map(\.id) == Array(1...50))
        #expect(Set(all.map(\.groupId)) == [1, 2, 3])
        #expect(all.allSatisfy { CustomerRules.isEmail($0.email) })
        #expect(all.allSatisfy { (try? CustomerRules.normalizedAddress($0.address)) != nil })
    }
}
