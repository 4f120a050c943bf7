import CommerceDomain
import Foundation
import MagentoWire

/// Signing in and out, the account itself and its password.
extension CustomerArea {
    var sessionResolvers: [FieldResolver] {
        [
            FieldResolver("Mutation", "generateCustomerToken") { call in
                let email = call.string("email") ?? ""
                let password = call.string("password") ?? ""
                guard !email.isEmpty else { throw GraphQLFault.input("Specify the \"email\" value.") }
                guard !password.isEmpty else { throw GraphQLFault.input("Specify the \"password\" value.") }
                let token = try await tokens.createToken(username: email, password: password, websiteId: websiteId(call))
                return ["token": .string(token)]
            },
            FieldResolver("Mutation", "revokeCustomerToken") { call in
                let customerId = try call.context.requireCustomer()
                return ["result": .bool(try await tokens.revokeTokens(customerId: customerId))]
            },
            FieldResolver("Query", "isEmailAvailable") { call in
                let email = call.string("email") ?? ""
                guard !email.isEmpty else { throw GraphQLFault.input("Email must be specified") }
                guard CartArea.isEmail(email) else { throw GraphQLFault.input("Email is invalid") }
                let taken = try await customers.customerId(email: email.lowercased(), websiteId: websiteId(call)) != nil
                return ["is_email_available": .bool(!taken)]
            },
        ]
    }

    var accountResolvers: [FieldResolver] {
        [
            FieldResolver("Query", "customer") { call in try await json(try call.context.requireCustomer()) },
            FieldResolver("Mutation", "createCustomer") { call in try await create(call) },
            FieldResolver("Mutation", "createCustomerV2") { call in try await create(call) },
            FieldResolver("Mutation", "updateCustomerV2") { call in try await update(call, allowsEmail: false) },
            FieldResolver("Mutation", "updateCustomer") { call in try await update(call, allowsEmail: true) },
            FieldResolver("Mutation", "changeCustomerPassword") { call in
                let customerId = try call.context.requireCustomer()
                let current = call.string("currentPassword") ?? ""
                let new = call.string("newPassword") ?? ""
                guard !current.isEmpty else { throw GraphQLFault.input("Specify the \"currentPassword\" value.") }
                guard !new.isEmpty else { throw GraphQLFault.input("Specify the \"newPassword\" value.") }
                _ = try await accounts.changePassword(customerId: customerId, current: current, new: new)
                return try await json(customerId)
            },
            FieldResolver("Mutation", "requestPasswordResetEmail") { call in
                let email = call.string("email") ?? ""
                guard CartArea.isEmail(email) else { throw GraphQLFault.input("The email address has an invalid format.") }
                return .bool(try await accounts.initiatePasswordReset(email: email.lowercased(), template: "email_reset", websiteId: websiteId(call)))
            },
            FieldResolver("Mutation", "resetPassword") { call in
                let email = call.string("email") ?? ""
                let token = call.string("resetPasswordToken") ?? ""
                let password = call.string("newPassword") ?? ""
                guard CartArea.isEmail(email) else { throw GraphQLFault.input("The email address has an invalid format.") }
                guard !token.isEmpty else { throw GraphQLFault.input("resetPasswordToken must be specified") }
                guard !password.isEmpty else { throw GraphQLFault.input("newPassword must be specified") }
                return .bool(try await accounts.resetPassword(email: email.lowercased(), token: token, newPassword: password, websiteId: websiteId(call)))
            },
        ]
    }

    /// `createCustomer` / `createCustomerV2`: the account REST's `POST /V1/customers` makes.
    private func create(_ call: ResolverCall) async throws -> JSONValue {
        let input = call.object("input") ?? JSONObject()
        let email = CartInput.string(input["email"]) ?? ""
        guard CartArea.isEmail(email) else { throw GraphQLFault.input("\"\(email)\" is not a valid email address.") }
        var customer = Customer(
            email: email.lowercased(), storeId: call.context.store.id, websiteId: websiteId(call)
        )
        CustomerJSON.apply(input, to: &customer)
        let created = try await accounts.createAccount(customer, password: CartInput.string(input["password"]))
        return try await output(created.id ?? 0)
    }

    /// `updateCustomerV2` (names, dates, gender, subscription) and the older `updateCustomer`,
    /// which may also change the email after the current password is checked.
    private func update(_ call: ResolverCall, allowsEmail: Bool) async throws -> JSONValue {
        let customerId = try call.context.requireCustomer()
        let input = call.object("input") ?? JSONObject()
        var customer = try await customers.customer(id: customerId)
        CustomerJSON.apply(input, to: &customer)
        if allowsEmail, let email = CartInput.string(input["email"]), email.lowercased() != customer.email?.lowercased() {
            guard let password = CartInput.string(input["password"]), !password.isEmpty else {
                throw GraphQLFault.input("Provide the current \"password\" to change \"email\".")
            }
            guard CartArea.isEmail(email) else { throw GraphQLFault.input("\"\(email)\" is not a valid email address.") }
            _ = try await tokens.createToken(username: customer.email, password: password, websiteId: websiteId(call))
            customer.email = email.lowercased()
        }
        _ = try await customers.updateCustomer(customer)
        return try await output(customerId)
    }
}
