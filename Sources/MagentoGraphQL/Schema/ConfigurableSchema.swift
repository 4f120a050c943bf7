/// Configurable options, variants and swatches.
enum ConfigurableSchema {
    static let sdl = """
    type ConfigurableProductOptions {
        attribute_code: String
        attribute_id: String @deprecated(reason: "Use `attribute_uid` instead.")
        attribute_id_v2: Int @deprecated(reason: "Use `attribute_uid` instead.")
        attribute_uid: ID!
        id: Int @deprecated(reason: "Use `uid` instead.")
        label: String
        position: Int
        product_id: Int @deprecated(reason: "`product_id` is not needed and can be obtained from its parent.")
        uid: ID!
        use_default: Boolean
        values: [ConfigurableProductOptionsValues]
    }
    type ConfigurableProductOptionsValues {
        default_label: String
        label: String
        store_label: String
        swatch_data: SwatchDataInterface
        uid: ID
        use_default_value: Boolean
        value_index: Int @deprecated(reason: "Use `uid` instead.")
    }
    type ConfigurableProductOptionsSelection {
        configurable_options: [ConfigurableProductOption]
        media_gallery: [MediaGalleryInterface]
        options_available_for_selection: [ConfigurableOptionAvailableForSelection]
        variant: SimpleProduct
    }
    type ConfigurableProductOption {
        attribute_code: String!
        label: String!
        uid: ID!
        values: [ConfigurableProductOptionValue]
    }
    type ConfigurableProductOptionValue {
        is_available: Boolean!
        is_use_default: Boolean!
        label: String!
        swatch: SwatchDataInterface
        uid: ID!
    }
    type ConfigurableOptionAvailableForSelection {
        attribute_code: String!
        option_value_uids: [ID]!
    }
    type ConfigurableVariant {
        attributes: [ConfigurableAttributeOption]
        product: SimpleProduct
    }
    type ConfigurableAttributeOption {
        code: String
        label: String
        uid: ID!
        value_index: Int
    }
    interface SwatchDataInterface {
        value: String
    }
    type ImageSwatchData implements SwatchDataInterface {
        thumbnail: String
        value: String
    }
    type TextSwatchData implements SwatchDataInterface {
        value: String
    }
    type ColorSwatchData implements SwatchDataInterface {
        value: String
    }
    type SwatchData {
        type: String
        value: String
    }
    """
}
