import HTTPTypes
import MagentoWire
import Testing

/// Customer calls the customer tests share.
extension TestSession {
    static let shopperPassword = "Shopper-pass1"

    /// Registers an account anonymously (with the shared password) and returns its id.
    @discardableResult
    func register(_ email: String, firstname: String = "Jane", lastname: String = "Doe", addresses: String = "[]") async throws -> Int {
        let reply = try await send(
            .post, "/rest/V1/customers",
            body: #"{"customer":{"email":"\#(email)","firstname":"\#(firstname)","lastname":"\#(lastname)","addresses":\#(addresses)},"password":"\#(Self.shopperPassword)"}"#
        )
        #expect(reply.status == .ok, "registration failed: \(reply.text)")
        guard case .object(let customer)? = reply.json, case .number(let id)? = customer["id"], let value = Int(id) else {
            Issue.record("no id in \(reply.text)")
            return 0
        }
        return value
    }

    /// A customer token for `email` with the shared password.
    func customerToken(_ email: String, password: String = TestSession.shopperPassword) async throws -> String {
        let reply = try await send(
            .post, "/rest/V1/integration/customer/token", body: #"{"username":"\#(email)","password":"\#(password)"}"#
        )
        #expect(reply.status == .ok, "token failed: \(reply.text)")
        guard case .string(let token)? = reply.json else { return "" }
        return token
    }
}

enum CustomerSamples {
    /// A US address in Texas (region id 57) flagged as both defaults.
    static let texas = #"[{"firstname":"Jane","lastname":"Doe","street":["1 Main St","Apt 2"],"city":"Austin","postcode":"78701","country_id":"US","region_id":57,"telephone":"555-0100","default_billing":true,"default_shipping":true}]"#
    static let texasOut = #"{"id":1,"customer_id":1,"region":{"region_code":"TX","region":"Texas","region_id":57},"region_id":57,"country_id":"US","street":["1 Main St","Apt 2"],"telephone":"555-0100","postcode":"78701","city":"Austin","firstname":"Jane","lastname":"Doe","default_shipping":true,"default_billing":true}"#
}
