import MagentoWire
import Testing

@Suite struct CategoryTests {
    /// `GET /V1/categories/3`.
    static let gear = """
    {"id":3,"parent_id":2,"name":"Gear","is_active":true,"position":4,"level":2,"children":"4,5,6",\
    "created_at":"2024-01-10 08:15:00","updated_at":"2024-01-10 08:15:00","path":"1/2/3","available_sort_by":[],\
    "include_in_menu":true,"custom_attributes":[{"attribute_code":"display_mode","value":"PAGE"},\
    {"attribute_code":"url_key","value":"gear"},{"attribute_code":"url_path","value":"gear"}]}
    """

    /// `GET /V1/categories?rootCategoryId=2&depth=2`.
    static let tree = """
    {"id":2,"parent_id":1,"name":"Default Category","is_active":true,"position":1,"level":1,"product_count":0,\
    "children_data":[{"id":3,"parent_id":2,"name":"Gear","is_active":true,"position":4,"level":2,\
    "product_count":46,"children_data":[{"id":4,"parent_id":3,"name":"Bags","is_active":true,"position":1,\
    "level":3,"product_count":14,"children_data":[]}]}]}
    """

    @Test func aCategoryDecodes() throws {
        let category = try bind(Category.self, Self.gear)
        #expect(category.id == 3)
        #expect(category.parentId == 2)
        #expect(category.children == "4,5,6")
        #expect(category.path == "1/2/3")
        #expect(category.availableSortBy == [])
        #expect(category.includeInMenu == true)
        #expect(category.customAttribute("url_key") == "gear")
    }

    @Test func aCategoryEncodesBackToMagentosText() throws {
        #expect(try encodedText(bind(Category.self, Self.gear)) == compact(Self.gear))
    }

    @Test func categoryCustomAttributesAcceptTheMapForm() throws {
        let category = try bind(Category.self, #"{"name":"Sale","custom_attributes":{"url_key":"sale"}}"#)
        #expect(category.customAttributes == [CustomAttribute(attributeCode: "url_key", value: "sale")])
        #expect(try encodedText(category) == #"{"name":"Sale","custom_attributes":[{"attribute_code":"url_key","value":"sale"}]}"#)
    }

    @Test func categoryCustomAttributeErrorsAreMagentos() {
        #expect(throws: CatalogInputError.missingAttributeCode) {
            try bind(CategorySaveRequest.self, #"{"category":{"name":"Sale","custom_attributes":[{"value":"x"}]}}"#)
        }
    }

    @Test func emptyCategoryExtensionAttributesAreOmitted() throws {
        let category = Category(id: 3, extensionAttributes: JSONObject(), customAttributes: [])
        #expect(try encodedText(category) == #"{"id":3}"#)
    }

    @Test func aTreeDecodesRecursively() throws {
        let root = try bind(CategoryTree.self, Self.tree)
        #expect(root.productCount == 0)
        #expect(root.childrenData?.first?.name == "Gear")
        #expect(root.childrenData?.first?.childrenData?.first?.productCount == 14)
        #expect(root.childrenData?.first?.childrenData?.first?.childrenData == [])
    }

    @Test func aTreeEncodesBackToMagentosText() throws {
        #expect(try encodedText(bind(CategoryTree.self, Self.tree)) == compact(Self.tree))
    }

    @Test func aCategoryProductLinkKeepsItsCategoryIdAsAString() throws {
        let text = #"{"sku":"24-MB01","position":1,"category_id":"3"}"#
        let link = try bind(CategoryProductLink.self, text)
        #expect(link == CategoryProductLink(sku: "24-MB01", position: 1, categoryId: "3"))
        #expect(try encodedText(link) == text)
    }

    @Test func aNumericCategoryIdBindsToItsString() throws {
        let request = try bind(CategoryProductLinkRequest.self, #"{"productLink":{"sku":"A","position":0,"category_id":3}}"#)
        #expect(request.productLink.categoryId == "3")
    }

    @Test func theMoveEnvelopeReadsCamelCaseIds() throws {
        let request = try bind(CategoryMoveRequest.self, #"{"parentId":"3","afterId":5}"#)
        #expect(request == CategoryMoveRequest(parentId: 3, afterId: 5))
    }

    @Test func theMoveEnvelopeRequiresAParent() {
        #expect(throws: BindingError.required(fieldName: "parentId")) {
            try bind(CategoryMoveRequest.self, #"{"afterId":5}"#)
        }
    }
}
