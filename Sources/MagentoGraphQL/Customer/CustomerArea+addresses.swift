import CommerceDomain
import Foundation
import MagentoWire

/// The signed-in customer's address book.
extension CustomerArea {
    var addressResolvers: [FieldResolver] {
        [
            FieldResolver("Mutation", "createCustomerAddress") { call in
                let customerId = try call.context.requireCustomer()
                guard let input = call.object("input") else { throw GraphQLFault.input("Required parameter \"input\" is missing") }
                var customer = try await customers.customer(id: customerId)
                var address = CustomerAddress()
                CustomerJSON.apply(input, to: &address)
                address.customerId = customerId
                try Self.checkRequired(address)
                let before = Set((customer.addresses ?? []).compactMap(\.id))
                customer.addresses = (customer.addresses ?? []) + [address]
                let saved = try await customers.updateCustomer(customer)
                guard let created = saved.addresses?.first(where: { !before.contains($0.id ?? 0) }) else {
                    throw GraphQLFault.input("The address could not be saved.")
                }
                return CustomerJSON.address(created, of: saved)
            },
            FieldResolver("Mutation", "updateCustomerAddress") { call in
                let customerId = try call.context.requireCustomer()
                guard let id = call.int("id") else { throw GraphQLFault.input("Address \"id\" value must be specified") }
                var customer = try await customers.customer(id: customerId)
                guard let index = customer.addresses?.firstIndex(where: { $0.id == id }) else {
                    throw GraphQLFault.noSuchEntity("Could not find a address with ID \"\(id)\"")
                }
                if let input = call.object("input") { CustomerJSON.apply(input, to: &customer.addresses![index]) }
                let saved = try await customers.updateCustomer(customer)
                guard let updated = saved.addresses?.first(where: { $0.id == id }) else {
                    throw GraphQLFault.noSuchEntity("Could not find a address with ID \"\(id)\"")
                }
                return CustomerJSON.address(updated, of: saved)
            },
            FieldResolver("Mutation", "deleteCustomerAddress") { call in
                let customerId = try call.context.requireCustomer()
                guard let id = call.int("id") else { throw GraphQLFault.input("Address \"id\" value must be specified") }
                let customer = try await customers.customer(id: customerId)
                guard let address = customer.addresses?.first(where: { $0.id == id }) else {
                    throw GraphQLFault.noSuchEntity("Could not find a address with ID \"\(id)\"")
                }
                if address.defaultBilling == true || customer.defaultBilling == String(id) {
                    throw GraphQLFault.input("Customer Address \(id) is set as default billing address and can not be deleted")
                }
                if address.defaultShipping == true || customer.defaultShipping == String(id) {
                    throw GraphQLFault.input("Customer Address \(id) is set as default shipping address and can not be deleted")
                }
                try await customers.deleteAddress(id: id)
                return .bool(true)
            },
        ]
    }

    /// The fields Magento requires of a new address, named as it names them.
    static func checkRequired(_ address: CustomerAddress) throws {
        let missing = [
            ("firstname", address.firstname), ("lastname", address.lastname), ("city", address.city),
            ("telephone", address.telephone), ("postcode", address.postcode),
            ("country_code", address.countryId), ("street", address.street?.first),
        ].filter { ($0.1 ?? "").isEmpty }.map(\.0)
        guard missing.isEmpty else {
            throw GraphQLFault.input("Required parameters are missing: \(missing.joined(separator: ", "))")
        }
    }
}
