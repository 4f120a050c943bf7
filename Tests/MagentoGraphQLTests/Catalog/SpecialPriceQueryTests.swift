import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import MagpieServer
import Testing

/// `price_range` shows the price the cart charges: a special price while its dates cover today.
@Suite("GraphQL special prices")
struct SpecialPriceQueryTests {
    @Test("an active special price is the final price with its discount; an ended one is not")
    func specialPrices() async throws {
        let app = try await GraphQLTestApp.make()
        for (sku, to) in [("SP-1", "2099-01-01 00:00:00"), ("SP-2", "2020-01-01 00:00:00")] {
            _ = try await app.magpie.storage.products.saveProduct(Product(
                sku: sku, name: "Special \(sku)", price: 20, typeId: "simple",
                customAttributes: [
                    CustomAttribute(attributeCode: "special_price", value: .string("15")),
                    CustomAttribute(attributeCode: "special_to_date", value: .string(to)),
                ]
            ), scope: .global, saveOptions: false)
        }
        try await app.run { session in
            let reply = try await session.post("""
            { products(filter: {sku: {in: ["SP-1", "SP-2"]}}, sort: {name: ASC}) { items { sku price_range { minimum_price {
              regular_price { value } final_price { value } discount { amount_off percent_off } } } } } }
            """)
            #expect(reply.text == #"{"data":{"products":{"items":[{"sku":"SP-1","price_range":{"minimum_price":{"regular_price":{"value":20},"final_price":{"value":15},"discount":{"amount_off":5,"percent_off":25}}}},{"sku":"SP-2","price_range":{"minimum_price":{"regular_price":{"value":20},"final_price":{"value":20},"discount":{"amount_off":0,"percent_off":0}}}}]}}}"#)
        }
    }
}
