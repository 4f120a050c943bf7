import CommerceDomain
import Foundation
import MagentoWire

/// Adding, changing and removing lines.
extension CartArea {
    var itemResolvers: [FieldResolver] {
        [
            FieldResolver("Mutation", "addProductsToCart") { call in
                let target = try await cart(call, call.arguments, key: "cartId")
                var errors: [JSONValue] = []
                for data in CartInput.objects(call.argument("cartItems")) {
                    let line = CartInput.line(data)
                    if let error = try await add(line, to: target.id, call) { errors.append(error.json) }
                }
                let cart = try await json(target, call, call.lookahead["cart"])
                return .object(JSONObject([("cart", cart), ("user_errors", .array(errors))]))
            },
            typedAdd("addSimpleProductsToCart"),
            typedAdd("addVirtualProductsToCart"),
            typedAdd("addConfigurableProductsToCart"),
            typedAdd("addBundleProductsToCart", selections: CartInput.bundleSelections),
            FieldResolver("Mutation", "updateCartItems") { call in
                let input = call.object("input")
                let target = try await cart(call, input)
                let entries = CartInput.objects(input?["cart_items"])
                guard !entries.isEmpty else { throw GraphQLFault.input("Required parameter \"cart_items\" is missing.") }
                var errors: [JSONValue] = []
                for entry in entries {
                    guard let itemId = CartInput.int(entry["cart_item_id"]) ?? CartInput.string(entry["cart_item_uid"]).flatMap(CartUID.itemId) else {
                        throw GraphQLFault.input("Required parameter \"cart_item_id\" for \"cart_items\" is missing.")
                    }
                    guard let quantity = CartInput.decimal(entry["quantity"]) else {
                        throw GraphQLFault.input("Required parameter \"quantity\" for \"cart_items\" is missing.")
                    }
                    guard try await checkout.quotes.quote(id: target.id).item(itemId) != nil else {
                        throw GraphQLFault.noSuchEntity("Could not find cart item with id: \(itemId).")
                    }
                    do {
                        if quantity <= 0 {
                            _ = try await checkout.deleteItem(target.id, itemId: itemId)
                        } else {
                            _ = try await checkout.updateItem(target.id, itemId: itemId, CartItem(qty: quantity), storeId: call.context.store.id)
                        }
                    } catch let error as CommerceError {
                        errors.append(CartUserError(error, sku: "").json)
                    }
                }
                let cart = try await json(target, call, call.lookahead["cart"])
                return .object(JSONObject([("cart", cart), ("errors", .array(errors))]))
            },
            FieldResolver("Mutation", "removeItemFromCart") { call in
                let input = call.object("input")
                let target = try await cart(call, input)
                guard let itemId = CartInput.int(input?["cart_item_id"]) ?? CartInput.string(input?["cart_item_uid"]).flatMap(CartUID.itemId) else {
                    throw GraphQLFault.input("Required parameter \"cart_item_id\" is missing.")
                }
                guard try await checkout.quotes.quote(id: target.id).item(itemId) != nil else {
                    throw GraphQLFault.noSuchEntity("The cart doesn't contain the item")
                }
                _ = try await checkout.deleteItem(target.id, itemId: itemId)
                return try await output(target, call)
            },
        ]
    }

    /// The older per-type mutations: the first refused line fails the field, as Magento throws.
    /// `selections` reads the option uids a type's own input carries (a bundle's `bundle_options`).
    private func typedAdd(_ name: String, selections: @escaping @Sendable (JSONObject) -> [String] = { _ in [] }) -> FieldResolver {
        FieldResolver("Mutation", name) { call in
            let input = call.object("input")
            let target = try await cart(call, input)
            let entries = CartInput.objects(input?["cart_items"])
            guard !entries.isEmpty else { throw GraphQLFault.input("Required parameter \"cart_items\" is missing") }
            for entry in entries {
                guard let data = entry["data"]?.objectValue else { throw GraphQLFault.input("Required parameter \"data\" for \"cart_items\" is missing.") }
                let parent = CartInput.string(entry["parent_sku"])
                var line = CartInput.line(data, customizable: CartInput.objects(entry["customizable_options"]), parentSku: parent)
                line.selectedOptions += selections(entry)
                if let error = try await add(line, to: target.id, call) { throw GraphQLFault.input(error.message) }
            }
            return try await output(target, call)
        }
    }

    /// Adds one line; a refusal comes back as the user error Magento reports for it.
    func add(_ line: CartLineInput, to cartId: Int, _ call: ResolverCall) async throws -> CartUserError? {
        guard !line.sku.isEmpty else { return CartUserError(code: "REQUIRED_PARAMETER_MISSING", message: "Field CartItemInput.sku of required type String! was not provided.") }
        guard line.quantity > 0 else { return CartUserError(code: "INVALID_PARAMETER_VALUE", message: "The product quantity should be greater than 0") }
        do {
            let item = try await line.cartItem(checkout: checkout, storeId: call.context.store.id)
            _ = try await checkout.addItem(cartId, item, storeId: call.context.store.id)
            return nil
        } catch let error as CommerceError {
            return CartUserError(error, sku: line.sku)
        }
    }
}

extension CartUserError {
    /// A `CartUserInputError`, or an `InsufficientStockError` for stock refusals.
    var json: JSONValue {
        .object(JSONObject([
            ("__typename", .string(isStock ? "InsufficientStockError" : "CartUserInputError")),
            ("code", .string(code)), ("message", .string(message)), ("quantity", .null),
        ]))
    }
}
