import Foundation
import MagentoWire
import Testing

/// The price-storage shapes of `/V1/products/base-prices`, `special-price`, `tier-prices` and `cost`.
@Suite struct PriceStorageTests {
    @Test func aBasePriceIsExact() throws {
        let price = try bind(BasePrice.self, #"{"price":19.90,"store_id":0,"sku":"A"}"#)
        #expect(price.price == Decimal(string: "19.9"))
        #expect(try encodedText(price) == #"{"price":19.9,"store_id":0,"sku":"A"}"#)
    }

    @Test func aSpecialPriceRoundTripsWithItsDates() throws {
        let text = #"{"price":9.99,"store_id":1,"sku":"A","price_from":"2024-06-01 00:00:00","price_to":"2024-06-30 23:59:59"}"#
        let price = try bind(SpecialPrice.self, text)
        #expect(price.priceFrom == "2024-06-01 00:00:00")
        #expect(try encodedText(price) == text)
    }

    @Test func aTierPriceNamesItsGroupByCode() throws {
        let text = #"{"price":10,"price_type":"discount","website_id":0,"sku":"A","customer_group":"ALL GROUPS","quantity":5}"#
        let price = try bind(TierPrice.self, text)
        #expect(price.customerGroup == "ALL GROUPS")
        #expect(price.quantity == Decimal(5))
        #expect(try encodedText(price) == text)
    }

    @Test func aCostRoundTrips() throws {
        let text = #"{"cost":4.25,"store_id":0,"sku":"A"}"#
        #expect(try encodedText(bind(Cost.self, text)) == text)
    }

    @Test func anUpdateFailureCarriesItsParameters() throws {
        let text = """
        {"message":"Requested product doesn't exist. Verify the product and try again. Row ID: SKU = %SKU, Store ID: %storeId.",\
        "parameters":["B-2","0"]}
        """
        let result = try bind(PriceUpdateResult.self, text)
        #expect(result.parameters == ["B-2", "0"])
        #expect(try encodedText(result) == compact(text))
    }

    @Test func theEnvelopesCarryPricesOrSkus() throws {
        #expect(try bind(SkusRequest.self, #"{"skus":["A","B"]}"#).skus == ["A", "B"])
        #expect(try bind(BasePricesRequest.self, #"{"prices":[{"price":"5","store_id":0,"sku":"A"}]}"#).prices
            == [BasePrice(price: 5, storeId: 0, sku: "A")])
        #expect(try bind(SpecialPricesRequest.self, #"{"prices":[{"price":1,"sku":"A"}]}"#).prices.count == 1)
        #expect(try bind(TierPricesRequest.self, #"{"prices":[{"price":1,"sku":"A","quantity":2}]}"#).prices.first?.quantity == 2)
        #expect(try bind(CostsRequest.self, #"{"prices":[{"cost":1,"sku":"A"}]}"#).prices == [Cost(cost: 1, sku: "A")])
    }

    @Test func aPriceListMustBeAList() {
        #expect(throws: BindingError.notAllParametersValid) {
            try bind(BasePricesRequest.self, #"{"prices":"A"}"#)
        }
    }
}
