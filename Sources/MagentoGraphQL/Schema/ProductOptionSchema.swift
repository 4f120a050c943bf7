/// Customizable options, one type per option kind.
enum ProductOptionSchema {
    static let sdl = """
    interface CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
    }
    type CustomizableAreaOption implements CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        product_sku: String
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
        value: CustomizableAreaValue
    }
    type CustomizableDateOption implements CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        product_sku: String
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
        value: CustomizableDateValue
    }
    type CustomizableDropDownOption implements CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
        value: [CustomizableDropDownValue]
    }
    type CustomizableMultipleOption implements CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
        value: [CustomizableMultipleValue]
    }
    type CustomizableFieldOption implements CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        product_sku: String
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
        value: CustomizableFieldValue
    }
    type CustomizableFileOption implements CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        product_sku: String
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
        value: CustomizableFileValue
    }
    type CustomizableRadioOption implements CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
        value: [CustomizableRadioValue]
    }
    type CustomizableCheckboxOption implements CustomizableOptionInterface {
        option_id: Int @deprecated(reason: "Use `uid` instead")
        required: Boolean
        sort_order: Int
        title: String
        uid: ID!
        value: [CustomizableCheckboxValue]
    }
    type CustomizableAreaValue {
        max_characters: Int
        price: Float
        price_type: PriceTypeEnum
        sku: String
        uid: ID!
    }
    type CustomizableDateValue {
        price: Float
        price_type: PriceTypeEnum
        sku: String
        type: CustomizableDateTypeEnum
        uid: ID!
    }
    type CustomizableDropDownValue {
        option_type_id: Int
        price: Float
        price_type: PriceTypeEnum
        sku: String
        sort_order: Int
        title: String
        uid: ID!
    }
    type CustomizableMultipleValue {
        option_type_id: Int
        price: Float
        price_type: PriceTypeEnum
        sku: String
        sort_order: Int
        title: String
        uid: ID!
    }
    type CustomizableFieldValue {
        max_characters: Int
        price: Float
        price_type: PriceTypeEnum
        sku: String
        uid: ID!
    }
    type CustomizableFileValue {
        file_extension: String
        image_size_x: Int
        image_size_y: Int
        price: Float
        price_type: PriceTypeEnum
        sku: String
        uid: ID!
    }
    type CustomizableRadioValue {
        option_type_id: Int
        price: Float
        price_type: PriceTypeEnum
        sku: String
        sort_order: Int
        title: String
        uid: ID!
    }
    type CustomizableCheckboxValue {
        option_type_id: Int
        price: Float
        price_type: PriceTypeEnum
        sku: String
        sort_order: Int
        title: String
        uid: ID!
    }
    enum CustomizableDateTypeEnum { DATE DATE_TIME TIME }
    """
}
