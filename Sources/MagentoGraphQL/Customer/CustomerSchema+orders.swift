/// A customer's orders with their lines, totals, invoices and shipments.
enum CustomerOrdersSchema {
    /// The fields `OrderItem` repeats from `OrderItemInterface`.
    static let orderItemFields = """
      id: ID!
      product_name: String
      product_sku: String!
      product_url_key: String
      product_type: String
      status: String
      product_sale_price: Money!
      discounts: [Discount]
      selected_options: [OrderItemOption]
      entered_options: [OrderItemOption]
      quantity_ordered: Float
      quantity_shipped: Float
      quantity_refunded: Float
      quantity_invoiced: Float
      quantity_canceled: Float
      quantity_returned: Float
      product: ProductInterface
      prices: OrderItemPrices
    """

    static let sdl = """
    input CustomerOrdersFilterInput {
      number: FilterStringTypeInput
      status: FilterEqualTypeInput
      order_date: FilterRangeTypeInput
      grand_total: FilterRangeTypeInput
    }

    input CustomerOrderSortInput {
      sort_field: CustomerOrderSortableField!
      sort_direction: SortEnum!
    }

    enum CustomerOrderSortableField {
      NUMBER
      CREATED_AT
    }

    enum ScopeTypeEnum {
      GLOBAL
      WEBSITE
      STORE
    }

    type CustomerOrders {
      items: [CustomerOrder]!
      page_info: SearchResultPageInfo
      total_count: Int
      date_of_first_order: String
    }

    type CustomerOrder {
      id: ID!
      number: String!
      order_date: String!
      status: String!
      state: String!
      email: String
      is_virtual: Boolean!
      available_actions: [OrderActionType]!
      items: [OrderItemInterface]
      total: OrderTotal
      billing_address: OrderAddress
      shipping_address: OrderAddress
      shipping_method: String
      carrier: String
      payment_methods: [OrderPaymentMethod]
      invoices: [Invoice]!
      shipments: [OrderShipment]
      credit_memos: [CreditMemo]
      comments: [SalesCommentItem]
      increment_id: String @deprecated(reason: "Use the `id` field instead.")
      order_number: String! @deprecated(reason: "Use the `number` field instead.")
      created_at: String @deprecated(reason: "Use the `order_date` field instead.")
      grand_total: Float @deprecated(reason: "Use the `totals.grand_total` field instead.")
      order_status_change_date: String
    }

    enum OrderActionType {
      REORDER
      CANCEL
      RETURN
    }

    type OrderAddress {
      firstname: String!
      lastname: String!
      middlename: String
      prefix: String
      suffix: String
      company: String
      street: [String]!
      city: String!
      region: String
      region_id: ID
      postcode: String
      country_code: CountryCodeEnum
      telephone: String
      fax: String
      vat_id: String
    }

    interface OrderItemInterface {
    \(orderItemFields)
    }

    type OrderItem implements OrderItemInterface {
    \(orderItemFields)
    }

    type OrderItemPrices {
      price: Money!
      price_including_tax: Money!
      row_total: Money!
      row_total_including_tax: Money!
      discounts: [Discount]
      total_item_discount: Money!
      original_price: Money
      original_price_including_tax: Money
      original_row_total: Money!
      original_row_total_including_tax: Money!
    }

    type OrderItemOption {
      label: String!
      value: String!
    }

    type OrderTotal {
      subtotal: Money! @deprecated(reason: "Use `subtotal_excl_tax` instead.")
      subtotal_excl_tax: Money!
      subtotal_incl_tax: Money!
      discounts: [Discount]
      total_tax: Money!
      taxes: [TaxItem]
      grand_total: Money!
      grand_total_excl_tax: Money!
      base_grand_total: Money!
      total_shipping: Money!
      shipping_handling: ShippingHandling
    }

    type TaxItem {
      amount: Money!
      rate: Float
      title: String!
    }

    type ShippingHandling {
      total_amount: Money!
      amount_including_tax: Money
      amount_excluding_tax: Money
      taxes: [TaxItem]
      discounts: [ShippingDiscount]
    }

    type ShippingDiscount {
      amount: Money!
    }

    type OrderPaymentMethod {
      name: String!
      type: String!
      additional_data: [KeyValue]
    }

    type Invoice {
      id: ID!
      number: String!
      total: InvoiceTotal
      items: [InvoiceItemInterface]
      comments: [SalesCommentItem]
    }

    type InvoiceTotal {
      subtotal: Money!
      discounts: [Discount]
      total_tax: Money!
      taxes: [TaxItem]
      grand_total: Money!
      base_grand_total: Money!
      total_shipping: Money!
      shipping_handling: ShippingHandling
    }

    interface InvoiceItemInterface {
      id: ID!
      order_item: OrderItemInterface
      product_name: String
      product_sku: String!
      product_sale_price: Money!
      discounts: [Discount]
      quantity_invoiced: Float
    }

    type InvoiceItem implements InvoiceItemInterface {
      id: ID!
      order_item: OrderItemInterface
      product_name: String
      product_sku: String!
      product_sale_price: Money!
      discounts: [Discount]
      quantity_invoiced: Float
    }

    type OrderShipment {
      id: ID!
      number: String!
      tracking: [ShipmentTracking]
      items: [ShipmentItemInterface]
      comments: [SalesCommentItem]
    }

    type ShipmentTracking {
      title: String!
      carrier: String!
      number: String
    }

    interface ShipmentItemInterface {
      id: ID!
      order_item: OrderItemInterface
      product_name: String
      product_sku: String!
      product_sale_price: Money!
      quantity_shipped: Float!
    }

    type ShipmentItem implements ShipmentItemInterface {
      id: ID!
      order_item: OrderItemInterface
      product_name: String
      product_sku: String!
      product_sale_price: Money!
      quantity_shipped: Float!
    }

    type CreditMemo {
      id: ID!
      number: String!
      comments: [SalesCommentItem]
    }

    type SalesCommentItem {
      timestamp: String!
      message: String!
    }
    """
}
