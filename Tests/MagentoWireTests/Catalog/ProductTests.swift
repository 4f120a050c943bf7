import Foundation
import MagentoWire
import Testing

@Suite struct ProductTests {
    /// `GET /V1/products/24-MB01` as Magento answers it, in `ProductInterface` order.
    static let simple = """
    {"id":1,"sku":"24-MB01","name":"Joust Duffle Bag","attribute_set_id":15,"price":34,"status":1,\
    "visibility":4,"type_id":"simple","created_at":"2024-01-10 08:15:00","updated_at":"2024-02-01 12:00:00",\
    "weight":1.25,"extension_attributes":{"website_ids":[1],"category_links":[{"position":0,"category_id":"3"}],\
    "stock_item":{"item_id":1,"product_id":1,"stock_id":1,"qty":100,"is_in_stock":true,"is_qty_decimal":false,\
    "show_default_notification_message":false,"use_config_min_qty":true,"min_qty":0,"use_config_min_sale_qty":1,\
    "min_sale_qty":1,"use_config_max_sale_qty":true,"max_sale_qty":10000,"use_config_backorders":true,\
    "backorders":0,"use_config_notify_stock_qty":true,"notify_stock_qty":1,"use_config_qty_increments":true,\
    "qty_increments":0,"use_config_enable_qty_inc":true,"enable_qty_increments":false,\
    "use_config_manage_stock":true,"manage_stock":true,"low_stock_date":null,"is_decimal_divided":false,\
    "stock_status_changed_auto":0}},"product_links":[{"sku":"24-MB01","link_type":"related",\
    "linked_product_sku":"24-MB04","linked_product_type":"simple","position":1}],"options":[],\
    "media_gallery_entries":[{"id":1,"media_type":"image","label":"","position":1,"disabled":false,\
    "types":["image","small_image","thumbnail"],"file":"/m/b/mb01-blue-0.jpg"}],\
    "tier_prices":[{"customer_group_id":32000,"qty":5,"value":30.5,"extension_attributes":{"website_id":0}}],\
    "custom_attributes":[{"attribute_code":"description","value":"<p>The sporty Joust Duffle Bag.</p>"},\
    {"attribute_code":"category_ids","value":["3","4"]},{"attribute_code":"url_key","value":"joust-duffle-bag"},\
    {"attribute_code":"tax_class_id","value":"2"}]}
    """

    /// A configurable parent's extension attributes.
    static let configurable = """
    {"sku":"MH01","type_id":"configurable","extension_attributes":{"website_ids":[1],\
    "configurable_product_options":[{"id":1,"attribute_id":"93","label":"Color","position":0,\
    "values":[{"value_index":49},{"value_index":50}],"product_id":5}],"configurable_product_links":[6,7]}}
    """

    @Test func aFullProductDecodes() throws {
        let product = try bind(Product.self, Self.simple)
        #expect(product.id == 1)
        #expect(product.sku == "24-MB01")
        #expect(product.attributeSetId == 15)
        #expect(product.price == Decimal(34))
        #expect(product.weight == Decimal(string: "1.25"))
        #expect(product.typeId == "simple")
        #expect(product.extensionAttributes?.websiteIds == [1])
        #expect(product.extensionAttributes?.categoryLinks == [CategoryLink(position: 0, categoryId: "3")])
        #expect(product.extensionAttributes?.stockItem?.qty == Decimal(100))
        #expect(product.extensionAttributes?.stockItem?.lowStockDate == nil)
        #expect(product.productLinks?.first?.linkedProductSku == "24-MB04")
        #expect(product.options == [])
        #expect(product.mediaGalleryEntries?.first?.types == ["image", "small_image", "thumbnail"])
        #expect(product.tierPrices?.first?.value == Decimal(string: "30.5"))
        #expect(product.tierPrices?.first?.extensionAttributes?.websiteId == 0)
        #expect(product.customAttribute("category_ids") == ["3", "4"])
        #expect(product.customAttribute("tax_class_id") == "2")
    }

    @Test func aFullProductEncodesBackToMagentosText() throws {
        let product = try bind(Product.self, Self.simple)
        #expect(try encodedText(product) == compact(Self.simple))
    }

    @Test func configurableOptionsAndLinksRoundTrip() throws {
        let product = try bind(Product.self, Self.configurable)
        let option = try #require(product.extensionAttributes?.configurableProductOptions?.first)
        #expect(option.attributeId == "93")
        #expect(option.values?.map(\.valueIndex) == [49, 50])
        #expect(product.extensionAttributes?.configurableProductLinks == [6, 7])
        #expect(try encodedText(product) == compact(Self.configurable))
    }

    @Test func bundleOptionsAndDownloadableLinksRoundTrip() throws {
        let text = """
        {"sku":"B","extension_attributes":{"bundle_product_options":[{"option_id":1,"title":"Pick","required":true,\
        "type":"select","position":1,"sku":"B","product_links":[{"sku":"S","qty":1.5,"price":0}]}],\
        "downloadable_product_links":[{"id":3,"title":"PDF","price":2.5,"link_type":"url","link_url":"https://a.example/b.pdf"}]}}
        """
        let product = try bind(Product.self, text)
        #expect(product.extensionAttributes?.bundleProductOptions?.first?.productLinks?.first?.sku == "S")
        #expect(product.extensionAttributes?.downloadableProductLinks?.first?.price == Decimal(string: "2.5"))
        #expect(try encodedText(product) == compact(text))
    }

    @Test func moneyIsExact() throws {
        let product = try bind(Product.self, #"{"sku":"A","price":12.50,"weight":"0.1"}"#)
        #expect(product.price == Decimal(string: "12.50"))
        #expect(product.weight == Decimal(string: "0.1"))
        #expect(try encodedText(product) == #"{"sku":"A","price":12.5,"weight":0.1}"#)
    }

    @Test func numericStringsBindToNumbers() throws {
        let product = try bind(Product.self, #"{"sku":"A","attribute_set_id":"4","price":"19.99","status":"1"}"#)
        #expect(product.attributeSetId == 4)
        #expect(product.price == Decimal(string: "19.99"))
        #expect(product.status == 1)
    }

    @Test func camelCaseInputKeysAreAccepted() throws {
        let product = try bind(
            Product.self,
            #"{"sku":"A","attributeSetId":4,"typeId":"simple","extensionAttributes":{"websiteIds":[1]},"customAttributes":{"color":"49"}}"#
        )
        #expect(product.attributeSetId == 4)
        #expect(product.typeId == "simple")
        #expect(product.extensionAttributes?.websiteIds == [1])
        #expect(product.customAttributes == [CustomAttribute(attributeCode: "color", value: "49")])
    }

    @Test func customAttributesInMapFormAreWrittenAsAList() throws {
        let product = try bind(Product.self, #"{"sku":"A","custom_attributes":{"url_key":"a","color":"49"}}"#)
        #expect(try encodedText(product)
            == #"{"sku":"A","custom_attributes":[{"attribute_code":"url_key","value":"a"},{"attribute_code":"color","value":"49"}]}"#)
    }

    @Test func aBadCustomAttributeInsideAProductIsRefused() {
        #expect(throws: CatalogInputError.missingAttributeValue(attributeCode: "color")) {
            try bind(ProductSaveRequest.self, #"{"product":{"sku":"A","custom_attributes":[{"attribute_code":"color"}]}}"#)
        }
    }

    @Test func anUnknownProductFieldIsNotSupported() {
        #expect(throws: BindingError.notSupported(fieldName: "FooBar")) {
            try bind(ProductSaveRequest.self, #"{"product":{"sku":"A","foo_bar":1}}"#)
        }
    }

    @Test func anUnknownExtensionAttributeIsNotSupported() {
        #expect(throws: BindingError.notSupported(fieldName: "GiftCardAmounts")) {
            try bind(Product.self, #"{"sku":"A","extension_attributes":{"gift_card_amounts":[]}}"#)
        }
    }

    @Test func emptyCustomAndExtensionAttributesAreOmitted() throws {
        let product = Product(sku: "A", extensionAttributes: ProductExtensionAttributes(), customAttributes: [])
        #expect(try encodedText(product) == #"{"sku":"A"}"#)
    }

    @Test func emptyListsOtherThanCustomAttributesAreKept() throws {
        let product = Product(sku: "A", productLinks: [], options: [], mediaGalleryEntries: [], tierPrices: [])
        #expect(try encodedText(product) == #"{"sku":"A","product_links":[],"options":[],"media_gallery_entries":[],"tier_prices":[]}"#)
    }

    @Test func phpStyleEmptyArraysReadAsEmptyObjectsAndLists() throws {
        let product = try bind(Product.self, #"{"sku":"A","extension_attributes":[],"custom_attributes":[]}"#)
        #expect(product.extensionAttributes == ProductExtensionAttributes())
        #expect(product.customAttributes == [])
        #expect(try encodedText(product) == #"{"sku":"A"}"#)
    }

    @Test func aPartialBodyLeavesEverythingElseNil() throws {
        let product = try bind(Product.self, #"{"price":10}"#)
        #expect(product == Product(price: 10))
    }
}
