/// `products`: results, layered navigation and sorting.
enum ProductSearchSchema {
    static let sdl = """
    type Products {
        aggregations(filter: AggregationsFilterInput): [Aggregation]
        filters: [LayerFilter] @deprecated(reason: "Use `aggregations` instead.")
        items: [ProductInterface]
        page_info: SearchResultPageInfo
        sort_fields: SortFields
        suggestions: [SearchSuggestion]
        total_count: Int
    }
    type Aggregation {
        attribute_code: String!
        count: Int
        label: String
        options: [AggregationOption]
        position: Int
    }
    interface AggregationOptionInterface {
        count: Int
        label: String
        value: String!
    }
    type AggregationOption implements AggregationOptionInterface {
        count: Int
        label: String
        value: String!
    }
    input AggregationsFilterInput {
        category: AggregationsCategoryFilterInput
    }
    input AggregationsCategoryFilterInput {
        includeDirectChildrenOnly: Boolean
    }
    type LayerFilter {
        filter_items: [LayerFilterItemInterface] @deprecated(reason: "Use `Aggregation.options` instead.")
        filter_items_count: Int @deprecated(reason: "Use `Aggregation.count` instead.")
        name: String @deprecated(reason: "Use `Aggregation.label` instead.")
        request_var: String @deprecated(reason: "Use `Aggregation.attribute_code` instead.")
    }
    interface LayerFilterItemInterface {
        items_count: Int @deprecated(reason: "Use `AggregationOption.count` instead.")
        label: String @deprecated(reason: "Use `AggregationOption.label` instead.")
        value_string: String @deprecated(reason: "Use `AggregationOption.value` instead.")
    }
    type LayerFilterItem implements LayerFilterItemInterface {
        items_count: Int @deprecated(reason: "Use `AggregationOption.count` instead.")
        label: String @deprecated(reason: "Use `AggregationOption.label` instead.")
        value_string: String @deprecated(reason: "Use `AggregationOption.value` instead.")
    }
    interface SwatchLayerFilterItemInterface {
        swatch_data: SwatchData
    }
    type SwatchLayerFilterItem implements LayerFilterItemInterface & SwatchLayerFilterItemInterface {
        items_count: Int @deprecated(reason: "Use `AggregationOption.count` instead.")
        label: String @deprecated(reason: "Use `AggregationOption.label` instead.")
        swatch_data: SwatchData
        value_string: String @deprecated(reason: "Use `AggregationOption.value` instead.")
    }
    type SortFields {
        default: String
        options: [SortField]
    }
    type SortField {
        label: String
        value: String
    }
    type SearchSuggestion {
        search: String!
    }
    input ProductAttributeSortInput {
        name: SortEnum
        position: SortEnum
        price: SortEnum
        relevance: SortEnum
    }
    """
}
