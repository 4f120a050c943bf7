import Foundation
import HTTPTypes
import MagentoWire
import Testing

/// Cart and checkout operations written the way PWA Studio (Venia), Hyvä React Checkout and
/// Vue Storefront / Alokai write theirs: named fragments on `Cart` and on interfaces, inline
/// fragments on cart item types, aliases on mutation roots, `__typename` everywhere (Apollo adds
/// it), commas as whitespace, the same field twice, variables with input objects. Our own text,
/// shaped after the clients' operations.
@Suite("Storefront cart operations")
struct StorefrontCartOperationTests {
    /// Venia's add-to-cart: commas after arguments, fragments composed on `Cart`.
    static let veniaAdd = """
        mutation AddProductToCart($cartId: String!, $product: CartItemInput!) {
          addProductsToCart(cartId,: $cartId, cartItems,: [$product]) {
            cart {
              id,
              ...CartTriggerFragment
              ...MiniCartFragment
              __typename
            }
            user_errors { code, message, __typename }
            __typename
          }
        }
        fragment CartTriggerFragment on Cart { id total_quantity __typename }
        fragment MiniCartFragment on Cart {
          id
          total_quantity
          prices { subtotal_excluding_tax { currency value __typename } __typename }
          ...ProductListFragment
          __typename
        }
        fragment ProductListFragment on Cart {
          id
          items {
            uid
            product { uid name sku url_key thumbnail { url __typename } __typename }
            prices { price { currency value __typename } total_item_discount { value __typename } __typename }
            quantity
            ... on ConfigurableCartItem {
              configurable_options { configurable_product_option_uid option_label configurable_product_option_value_uid value_label __typename }
              __typename
            }
            __typename
          }
          __typename
        }
        """

    /// Hyvä's shipping step: a shared cart fragment, an inline fragment on an item type, the
    /// region selected twice.
    static let hyvaShipping = """
        mutation setShippingAddress($cartId: String!, $firstname: String!, $lastname: String!, $street: [String!]!, $city: String!, $postcode: String, $country: String!, $phone: String, $regionId: Int) {
          setShippingAddressesOnCart(input: { cart_id: $cartId, shipping_addresses: [{ address: {
            firstname: $firstname, lastname: $lastname, street: $street, city: $city, postcode: $postcode,
            country_code: $country, telephone: $phone, region_id: $regionId, save_in_address_book: false } }] }) {
            cart { ...CartData }
          }
        }
        fragment CartData on Cart {
          id
          email
          is_virtual
          total_quantity
          items { id quantity prices { row_total { value } row_total_including_tax { value } price { value } } product { sku name }
            ... on ConfigurableCartItem { configurable_options { id option_label value_id value_label } } }
          shipping_addresses {
            firstname lastname street city postcode telephone
            region { code label region_id }
            region { code label }
            country { code label }
            available_shipping_methods { carrier_code carrier_title method_code method_title error_message available
              amount { value currency } price_excl_tax { value } price_incl_tax { value } }
            selected_shipping_method { carrier_code method_code amount { value } }
          }
          billing_address { firstname }
          available_payment_methods { code title }
          selected_payment_method { code title }
          applied_coupons { code }
          prices { grand_total { value currency } subtotal_including_tax { value } subtotal_excluding_tax { value }
            subtotal_with_discount_excluding_tax { value } applied_taxes { label amount { value } } discounts { label amount { value } } }
        }
        """

    @Test("Venia's add-to-cart, with fragments, commas and __typename")
    func veniaAddToCart() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            let cart = try await session.newCart()
            let reply = try await session.gql(Self.veniaAdd, variables: #"{"cartId":"\#(cart)","product":{"sku":"SALE-1","quantity":1}}"#)
            #expect(reply.errors.isEmpty, "\(reply.text)")
            let data = reply.data?["addProductsToCart"]
            #expect(data?["cart"]?["total_quantity"] == .number("1"))
            #expect(data?["cart"]?["__typename"] == "Cart")
            let line = data?["cart"]?["items"]?.arrayValue?.first
            #expect(line?["__typename"] == "SimpleCartItem")
            #expect(line?["product"]?["sku"] == "SALE-1")
            #expect(data?["cart"]?["prices"]?["subtotal_excluding_tax"] == ["currency": "USD", "value": .number("10"), "__typename": "Money"])
            #expect(data?["user_errors"] == .array([]))
        }
    }

    @Test("Hyvä's shipping step returns the whole cart fragment, duplicate selections merged")
    func hyvaShippingStep() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let admin = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: admin)
            let cart = try await session.newCart()
            _ = try await session.gql(#"mutation { addProductsToCart(cartId: "\#(cart)", cartItems: [{sku: "SALE-1", quantity: 2}]) { user_errors { code } } }"#)
            let reply = try await session.gql(Self.hyvaShipping, variables: #"{"cartId":"\#(cart)","firstname":"Ada","lastname":"Lovelace","street":["1 Market St"],"city":"San Francisco","postcode":"94105","country":"US","phone":"5550100","regionId":12}"#)
            #expect(reply.text == #"{"data":{"setShippingAddressesOnCart":{"cart":{"id":"\#(cart)","email":null,"is_virtual":false,"total_quantity":2,"items":[{"id":"1","quantity":2,"prices":{"row_total":{"value":20},"row_total_including_tax":{"value":21.65},"price":{"value":10}},"product":{"sku":"SALE-1","name":"Item SALE-1"}}],"shipping_addresses":[{"firstname":"Ada","lastname":"Lovelace","street":["1 Market St"],"city":"San Francisco","postcode":"94105","telephone":"5550100","region":{"code":"CA","label":"California","region_id":12},"country":{"code":"US","label":"United States"},"available_shipping_methods":[{"carrier_code":"flatrate","carrier_title":"Flat Rate","method_code":"flatrate","method_title":"Fixed","error_message":"","available":true,"amount":{"value":10,"currency":"USD"},"price_excl_tax":{"value":10},"price_incl_tax":{"value":10}}],"selected_shipping_method":null}],"billing_address":null,"available_payment_methods":[{"code":"checkmo","title":"Check / Money order"},{"code":"banktransfer","title":"Bank Transfer Payment"},{"code":"cashondelivery","title":"Cash On Delivery"},{"code":"purchaseorder","title":"Purchase Order"}],"selected_payment_method":{"code":"","title":""},"applied_coupons":null,"prices":{"grand_total":{"value":21.65,"currency":"USD"},"subtotal_including_tax":{"value":21.65},"subtotal_excluding_tax":{"value":20},"subtotal_with_discount_excluding_tax":{"value":20},"applied_taxes":[{"label":"US-CA-*-Rate 1","amount":{"value":1.65}}],"discounts":null}}}}}"#)
        }
    }

    @Test("Alokai's cart: an aliased createEmptyCart, then the cart read by GET as its SDK sends it")
    func alokaiCart() async throws {
        try await GraphQLTestApp.run(on: .sqlite) { session in
            let created = try await session.post("mutation createEmptyCart { cartId: createEmptyCart }", operationName: "createEmptyCart")
            let cart = created.data?["cartId"]?.stringValue ?? ""
            #expect(created.text == #"{"data":{"cartId":"\#(cart)"}}"#)
            let read = try await session.get(
                "query cart($cartId:String!){cart(cart_id:$cartId){id email is_virtual applied_coupons{code __typename}prices{grand_total{value currency __typename}__typename}total_quantity __typename}}",
                variables: #"{"cartId":"\#(cart)"}"#, operationName: "cart"
            )
            #expect(read.text == #"{"data":{"cart":{"id":"\#(cart)","email":null,"is_virtual":false,"applied_coupons":null,"prices":{"grand_total":{"value":0,"currency":"USD","__typename":"Money"},"__typename":"CartPrices"},"total_quantity":0,"__typename":"Cart"}}}"#)
        }
    }
}
