import CommerceDomain
import Foundation
import MagentoWire

/// Customers: signing in and out, the account, its addresses and its orders, over the account,
/// token and sales services REST uses (the same password check, lockout and tokens).
public struct CustomerArea: GraphQLArea {
    let accounts: CustomerAccountService
    let tokens: CustomerTokenService
    let sales: any SalesRepository

    public init(accounts: CustomerAccountService, tokens: CustomerTokenService, sales: any SalesRepository) {
        self.accounts = accounts
        self.tokens = tokens
        self.sales = sales
    }

    var customers: any CustomerRepository { accounts.customers }

    public var schema: String {
        CustomerAccountSchema.sdl + "\n" + CustomerAccountSchema.countryCodes + "\n" + CustomerOrdersSchema.sdl + "\n" + Self.downloadablesSDL
    }

    public var resolvers: [FieldResolver] {
        sessionResolvers + accountResolvers + addressResolvers + orderResolvers + downloadableResolvers
    }

    /// The signed-in customer as a `Customer` object (`orders` is resolved on demand).
    func json(_ customerId: Int) async throws -> JSONValue {
        CustomerJSON.customer(try await customers.customer(id: customerId))
    }

    /// `{ customer { … } }`.
    func output(_ customerId: Int) async throws -> JSONValue {
        .object(JSONObject([("customer", try await json(customerId))]))
    }

    func websiteId(_ call: ResolverCall) -> Int {
        call.context.store.websiteId
    }
}
