import Foundation
import MagentoWire
import Testing

/// The nested shapes of a product: links, custom options, gallery entries and tier prices.
@Suite struct ProductPartsTests {
    @Test func aGroupedLinkCarriesItsDefaultQuantity() throws {
        let text = """
        {"sku":"G","link_type":"associated","linked_product_sku":"S","linked_product_type":"simple","position":0,\
        "extension_attributes":{"qty":2.5}}
        """
        let link = try bind(ProductLink.self, text)
        #expect(link.linkType == "associated")
        #expect(link.extensionAttributes?.qty == Decimal(string: "2.5"))
        #expect(try encodedText(link) == compact(text))
    }

    @Test func aSelectCustomOptionRoundTripsWithItsValues() throws {
        let text = """
        {"product_sku":"MS01","option_id":3,"title":"Monogram colour","type":"drop_down","sort_order":1,\
        "is_require":true,"values":[{"title":"Gold","sort_order":1,"price":5.95,"price_type":"fixed",\
        "sku":"gold","option_type_id":7},{"title":"Silver","sort_order":2,"price":10,"price_type":"percent",\
        "option_type_id":8}]}
        """
        let option = try bind(ProductCustomOption.self, text)
        #expect(option.isRequire == true)
        #expect(option.values?.first?.price == Decimal(string: "5.95"))
        #expect(option.values?.last?.priceType == "percent")
        #expect(try encodedText(option) == compact(text))
    }

    @Test func aTextCustomOptionRoundTrips() throws {
        let text = """
        {"product_sku":"MS01","option_id":4,"title":"Engraving","type":"field","sort_order":2,"is_require":false,\
        "price":12.5,"price_type":"fixed","sku":"engrave","max_characters":20,"image_size_x":0,"image_size_y":0}
        """
        #expect(try encodedText(bind(ProductCustomOption.self, text)) == compact(text))
    }

    @Test func aGalleryEntryRoundTrips() throws {
        let text = """
        {"id":7,"media_type":"image","label":"Front","position":1,"disabled":false,\
        "types":["image","small_image","thumbnail","swatch_image"],"file":"/m/b/mb01-blue-0.jpg"}
        """
        let entry = try bind(MediaGalleryEntry.self, text)
        #expect(entry.file == "/m/b/mb01-blue-0.jpg")
        #expect(try encodedText(entry) == compact(text))
    }

    @Test func aNewGalleryEntryCarriesBase64Content() throws {
        let request = try bind(MediaEntryRequest.self, """
        {"entry":{"media_type":"image","label":"Side","position":2,"disabled":false,"types":[],\
        "content":{"base64_encoded_data":"iVBORw0KGgo=","type":"image/png","name":"side.png"}}}
        """)
        #expect(request.entry.content == ImageContent(base64EncodedData: "iVBORw0KGgo=", type: "image/png", name: "side.png"))
        #expect(request.entry.id == nil)
    }

    @Test func aVideoEntryKeepsItsVideoContentAsSent() throws {
        let text = """
        {"media_type":"external-video","label":"Demo","position":3,"disabled":false,"types":[],\
        "extension_attributes":{"video_content":{"media_type":"external-video","video_provider":"youtube",\
        "video_url":"https://youtu.be/x","video_title":"Demo","video_description":"","video_metadata":""}}}
        """
        #expect(try encodedText(bind(MediaGalleryEntry.self, text)) == compact(text))
    }

    @Test func aPercentageTierPriceRoundTrips() throws {
        let text = #"{"customer_group_id":1,"qty":10,"value":0,"extension_attributes":{"percentage_value":7.5,"website_id":1}}"#
        let tier = try bind(ProductTierPrice.self, text)
        #expect(tier.qty == Decimal(10))
        #expect(tier.extensionAttributes?.percentageValue == Decimal(string: "7.5"))
        #expect(try encodedText(tier) == text)
    }

    @Test func theCustomOptionEnvelopeCarriesOneOption() throws {
        let request = try bind(ProductCustomOptionRequest.self, #"{"option":{"product_sku":"A","title":"T","type":"area"}}"#)
        #expect(request.option == ProductCustomOption(productSku: "A", title: "T", type: "area"))
    }

    @Test func theLinksEnvelopeCarriesItems() throws {
        let request = try bind(ProductLinksRequest.self, #"{"items":[{"sku":"A","link_type":"related","linked_product_sku":"B"}]}"#)
        #expect(request.items == [ProductLink(sku: "A", linkType: "related", linkedProductSku: "B")])
    }

    @Test func theLinkSaveEnvelopeCarriesOneEntity() throws {
        let request = try bind(ProductLinkSaveRequest.self, #"{"entity":{"sku":"A","link_type":"upsell","linked_product_sku":"B"}}"#)
        #expect(request.entity.linkType == "upsell")
    }
}
