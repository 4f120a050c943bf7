import MagentoWire
import Testing

/// The small lookup shapes of the catalog's GET routes and the website-link body.
@Suite struct CatalogLookupTests {
    @Test func aProductTypeRoundTrips() throws {
        let text = #"{"name":"simple","label":"Simple Product"}"#
        #expect(try encodedText(bind(ProductType.self, text)) == text)
    }

    @Test func anAttributeTypeRoundTrips() throws {
        let text = #"{"value":"select","label":"Dropdown"}"#
        #expect(try encodedText(bind(ProductAttributeType.self, text)) == text)
    }

    @Test func aCustomOptionTypeRoundTrips() throws {
        let text = #"{"label":"Drop-down","code":"drop_down","group":"Select"}"#
        #expect(try encodedText(bind(ProductCustomOptionType.self, text)) == text)
    }

    @Test func aLinkTypeHasAnIntegerCode() throws {
        let text = #"{"code":1,"name":"related"}"#
        let type = try bind(ProductLinkType.self, text)
        #expect(type == ProductLinkType(code: 1, name: "related"))
        #expect(try encodedText(type) == text)
    }

    @Test func aLinkAttributeRoundTrips() throws {
        let text = #"{"code":"qty","type":"decimal"}"#
        #expect(try encodedText(bind(ProductLinkAttribute.self, text)) == text)
    }

    @Test func theWebsiteLinkEnvelopeReadsTheCamelCaseKey() throws {
        let request = try bind(ProductWebsiteLinkRequest.self, #"{"productWebsiteLink":{"sku":"A","website_id":"1"}}"#)
        #expect(request.productWebsiteLink == ProductWebsiteLink(sku: "A", websiteId: 1))
    }
}
