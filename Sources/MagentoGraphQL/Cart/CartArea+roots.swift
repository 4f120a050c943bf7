import CommerceDomain
import Foundation
import MagentoWire

/// Getting a cart: reading one, the customer's, opening a guest cart, and handing a guest cart
/// to the customer who signs in.
extension CartArea {
    var rootResolvers: [FieldResolver] {
        [
            FieldResolver("Query", "cart") { call in
                try await json(try await cart(call, call.arguments), call, call.lookahead)
            },
            FieldResolver("Query", "customerCart") { call in
                guard let customerId = call.context.customerId else {
                    throw GraphQLFault.authorization("The request is allowed for logged in customer")
                }
                let mine = try await access.customerCart(customerId: customerId, storeId: call.context.store.id, checkout: checkout)
                return try await json(mine, call, call.lookahead)
            },
            FieldResolver("Mutation", "createEmptyCart") { call in
                if let customerId = call.context.customerId {
                    return .string(try await access.customerCart(customerId: customerId, storeId: call.context.store.id, checkout: checkout).masked)
                }
                return .string(try await newGuestCart(call, chosen: CartInput.string(call.object("input")?["cart_id"])))
            },
            FieldResolver("Mutation", "createGuestCart") { call in
                guard call.context.customerId == nil else {
                    throw GraphQLFault.alreadyExists("Use `Query.customerCart` for logged in customer.")
                }
                let masked = try await newGuestCart(call, chosen: CartInput.string(call.object("input")?["cart_uid"]))
                let id = try await access.quoteId(masked: masked, customerId: nil, storeId: call.context.store.id)
                return try await output((id, masked), call)
            },
            FieldResolver("Mutation", "mergeCarts") { call in
                let customerId = try call.context.requireCustomer()
                let sourceMasked = call.string("source_cart_id") ?? ""
                guard !sourceMasked.isEmpty else { throw GraphQLFault.input("Required parameter \"source_cart_id\" is missing") }
                let source = try await access.quoteId(masked: sourceMasked, customerId: nil, storeId: call.context.store.id)
                let destination: (id: Int, masked: String)
                if let masked = call.string("destination_cart_id"), !masked.isEmpty {
                    destination = (try await access.quoteId(masked: masked, customerId: customerId, storeId: call.context.store.id), masked)
                } else {
                    destination = try await access.customerCart(customerId: customerId, storeId: call.context.store.id, checkout: checkout)
                }
                try await checkout.quotes.mergeQuote(sourceId: source, into: destination.id)
                return try await json(destination, call, call.lookahead)
            },
            FieldResolver("Mutation", "assignCustomerToGuestCart") { call in
                let customerId = try call.context.requireCustomer()
                let masked = call.string("cart_id") ?? ""
                guard !masked.isEmpty else { throw GraphQLFault.input("Required parameter \"cart_id\" is missing") }
                let id = try await access.quoteId(masked: masked, customerId: nil, storeId: call.context.store.id)
                _ = try await checkout.assignCustomer(id, customerId: customerId, storeId: call.context.store.id)
                return try await json((id, masked), call, call.lookahead)
            },
        ]
    }

    /// A new guest cart, under the client's id when it chose one (32 characters, not taken).
    func newGuestCart(_ call: ResolverCall, chosen: String?) async throws -> String {
        guard let chosen else { return try await checkout.quotes.createGuestQuote(storeId: call.context.store.id) }
        guard chosen.count == 32 else { throw GraphQLFault.input("Cart ID length should to be 32 symbols.") }
        guard let masked = try await checkout.quotes.createGuestQuote(storeId: call.context.store.id, maskedId: chosen) else {
            throw GraphQLFault.alreadyExists("Cart with ID \"\(chosen)\" already exists.")
        }
        return masked
    }
}
