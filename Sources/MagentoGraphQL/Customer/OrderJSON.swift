import CommerceDomain
import Foundation
import MagentoWire

/// `CustomerOrder` as a JSON tree: the stored order with its invoices and shipments, in the
/// order's currency.
enum OrderJSON {
    /// Magento's default labels of the order statuses.
    static let statusLabels = [
        "pending": "Pending", "processing": "Processing", "complete": "Complete", "closed": "Closed",
        "canceled": "Canceled", "holded": "On Hold", "payment_review": "Payment Review", "fraud": "Suspected Fraud",
    ]

    static func order(_ order: Order, invoices: [Invoice], shipments: [Shipment], locale: String) -> JSONValue {
        let currency = order.orderCurrencyCode ?? "USD"
        let money = { (amount: Decimal?) in CartMoney.money(amount ?? 0, currency: currency) }
        let number = JSONValue.string(order.incrementId ?? "")
        let lines = (order.items ?? []).filter { $0.parentItemId == nil }
        let shipping = order.extensionAttributes?.shippingAssignments?.first?.shipping?.address
        let payment = order.payment?.method ?? ""
        let paymentTitle = PaymentSettings.defaults.first { $0.code == payment }?.title ?? payment
        let taxes: [JSONValue] = (order.extensionAttributes?.appliedTaxes ?? []).compactMap { tax in
            guard let entry = tax.objectValue else { return nil }
            return [
                "amount": money(CartInput.decimal(entry["amount"])), "rate": entry["percent"] ?? .null,
                "title": .string(CartInput.string(entry["title"]) ?? CartInput.string(entry["code"]) ?? ""),
            ]
        }
        let discount = -(order.discountAmount ?? 0)
        let discounts: JSONValue = discount == 0 ? .null : .array([[
            "amount": money(discount), "label": .string(order.couponCode ?? "Discount"), "applied_to": "ITEM",
        ]])
        let grandTotal = order.grandTotal ?? 0
        return .object(JSONObject([
            ("id", .string(CartUID.encode(String(order.entityId ?? 0)))),
            ("number", number), ("increment_id", number), ("order_number", number),
            ("order_date", .string(order.createdAt ?? "")), ("created_at", .string(order.createdAt ?? "")),
            ("status", .string(statusLabels[order.status ?? ""] ?? (order.status ?? ""))),
            ("state", .string(order.state ?? "")),
            ("email", order.customerEmail.map(JSONValue.string) ?? .null),
            ("is_virtual", .bool((order.isVirtual ?? 0) == 1)),
            ("available_actions", .array([])),
            ("grand_total", CartMoney.number(grandTotal)),
            ("items", .array(lines.map { item($0, currency: currency) })),
            ("total", .object(JSONObject([
                ("subtotal", money(order.subtotal)), ("subtotal_excl_tax", money(order.subtotal)),
                ("subtotal_incl_tax", money(order.subtotalInclTax)), ("discounts", discounts),
                ("total_tax", money(order.taxAmount)), ("taxes", .array(taxes)),
                ("grand_total", money(grandTotal)), ("grand_total_excl_tax", money(grandTotal - (order.taxAmount ?? 0))),
                ("base_grand_total", money(order.baseGrandTotal)), ("total_shipping", money(order.shippingAmount)),
                ("shipping_handling", [
                    "total_amount": money(order.shippingAmount), "amount_including_tax": money(order.shippingInclTax),
                    "amount_excluding_tax": money(order.shippingAmount), "taxes": .array([]), "discounts": .array([]),
                ]),
            ]))),
            ("billing_address", order.billingAddress.map(address) ?? .null),
            ("shipping_address", shipping.map(address) ?? .null),
            ("shipping_method", order.shippingDescription.map(JSONValue.string) ?? .null),
            ("carrier", order.shippingDescription.flatMap { $0.components(separatedBy: " - ").first }.map(JSONValue.string) ?? .null),
            ("payment_methods", .array(payment.isEmpty ? [] : [[
                "name": .string(paymentTitle), "type": .string(payment), "additional_data": .array([]),
            ]])),
            ("invoices", .array(invoices.map { invoice($0, currency: currency, lines: lines) })),
            ("shipments", .array(shipments.map { shipment($0, currency: currency, lines: lines) })),
            ("credit_memos", .array([])),
            ("comments", .array([])),
            ("order_status_change_date", .string(order.updatedAt ?? "")),
        ]))
    }

    static func item(_ item: OrderItem, currency: String) -> JSONValue {
        let money = { (amount: Decimal?) in CartMoney.money(amount ?? 0, currency: currency) }
        let qty = { (value: Decimal?) in CartMoney.number(value ?? 0) }
        return .object(JSONObject([
            ("__typename", "OrderItem"),
            ("id", .string(CartUID.encode(String(item.itemId ?? 0)))),
            ("product_name", item.name.map(JSONValue.string) ?? .null),
            ("product_sku", .string(item.sku ?? "")),
            ("product_url_key", .null),
            ("product_type", item.productType.map(JSONValue.string) ?? .null),
            ("status", .string(itemStatus(item))),
            ("product_sale_price", money(item.price)),
            ("discounts", (item.discountAmount ?? 0) == 0 ? .null : .array([["amount": money(item.discountAmount), "label": "Discount", "applied_to": "ITEM"]])),
            ("selected_options", .array([])), ("entered_options", .array([])),
            ("quantity_ordered", qty(item.qtyOrdered)), ("quantity_shipped", qty(item.qtyShipped)),
            ("quantity_refunded", qty(item.qtyRefunded)), ("quantity_invoiced", qty(item.qtyInvoiced)),
            ("quantity_canceled", qty(item.qtyCanceled)), ("quantity_returned", qty(item.qtyReturned)),
            ("prices", [
                "price": money(item.price), "price_including_tax": money(item.priceInclTax),
                "row_total": money(item.rowTotal), "row_total_including_tax": money(item.rowTotalInclTax),
                "discounts": .array([]), "total_item_discount": money(item.discountAmount),
                "original_price": money(item.originalPrice), "original_price_including_tax": money(item.priceInclTax),
                "original_row_total": money(item.rowTotal), "original_row_total_including_tax": money(item.rowTotalInclTax),
            ]),
        ]))
    }

    /// Magento's item status: the furthest step every unit has reached.
    static func itemStatus(_ item: OrderItem) -> String {
        let ordered = item.qtyOrdered ?? 0
        if (item.qtyCanceled ?? 0) >= ordered, ordered > 0 { return "Canceled" }
        if (item.qtyRefunded ?? 0) >= ordered, ordered > 0 { return "Refunded" }
        if (item.qtyShipped ?? 0) >= ordered, ordered > 0 { return "Shipped" }
        if (item.qtyInvoiced ?? 0) >= ordered, ordered > 0 { return "Invoiced" }
        return "Ordered"
    }

    static func address(_ address: OrderAddress) -> JSONValue {
        .object(JSONObject([
            ("firstname", .string(address.firstname ?? "")), ("lastname", .string(address.lastname ?? "")),
            ("middlename", LoadedCart.text(address.middlename)), ("company", LoadedCart.text(address.company)),
            ("street", .array((address.street ?? []).map(JSONValue.string))), ("city", .string(address.city ?? "")),
            ("region", LoadedCart.text(address.region)), ("region_id", address.regionId.map { .string(String($0)) } ?? .null),
            ("postcode", LoadedCart.text(address.postcode)), ("country_code", LoadedCart.text(address.countryId)),
            ("telephone", LoadedCart.text(address.telephone)), ("vat_id", LoadedCart.text(address.vatId)),
            ("prefix", .null), ("suffix", .null), ("fax", .null),
        ]))
    }

    static func invoice(_ invoice: Invoice, currency: String, lines: [OrderItem]) -> JSONValue {
        let money = { (amount: Decimal?) in CartMoney.money(amount ?? 0, currency: currency) }
        return .object(JSONObject([
            ("id", .string(CartUID.encode(String(invoice.entityId ?? 0)))),
            ("number", .string(invoice.incrementId ?? "")),
            ("total", [
                "subtotal": money(invoice.subtotal), "total_tax": money(invoice.taxAmount), "taxes": .array([]),
                "grand_total": money(invoice.grandTotal), "base_grand_total": money(invoice.baseGrandTotal),
                "total_shipping": money(invoice.shippingAmount), "discounts": .array([]),
            ]),
            ("items", .array((invoice.items ?? []).map { entry in
                [
                    "__typename": "InvoiceItem", "id": .string(CartUID.encode(String(entry.entityId ?? 0))),
                    "order_item": lines.first { $0.itemId == entry.orderItemId }.map { item($0, currency: currency) } ?? .null,
                    "product_name": LoadedCart.text(entry.name), "product_sku": .string(entry.sku ?? ""),
                    "product_sale_price": money(entry.price), "discounts": .array([]), "quantity_invoiced": CartMoney.number(entry.qty ?? 0),
                ]
            })),
            ("comments", comments(invoice.comments)),
        ]))
    }

    static func shipment(_ shipment: Shipment, currency: String, lines: [OrderItem]) -> JSONValue {
        .object(JSONObject([
            ("id", .string(CartUID.encode(String(shipment.entityId ?? 0)))),
            ("number", .string(shipment.incrementId ?? "")),
            ("tracking", .array((shipment.tracks ?? []).map { track in
                ["title": .string(track.title ?? ""), "carrier": .string(track.carrierCode ?? ""), "number": LoadedCart.text(track.trackNumber)]
            })),
            ("items", .array((shipment.items ?? []).map { entry in
                [
                    "__typename": "ShipmentItem", "id": .string(CartUID.encode(String(entry.entityId ?? 0))),
                    "order_item": lines.first { $0.itemId == entry.orderItemId }.map { item($0, currency: currency) } ?? .null,
                    "product_name": LoadedCart.text(entry.name), "product_sku": .string(entry.sku ?? ""),
                    "product_sale_price": CartMoney.money(entry.price ?? 0, currency: currency), "quantity_shipped": CartMoney.number(entry.qty ?? 0),
                ]
            })),
            ("comments", comments(shipment.comments)),
        ]))
    }

    static func comments(_ comments: [SalesComment]?) -> JSONValue {
        .array((comments ?? []).filter { ($0.isVisibleOnFront ?? 0) == 1 }.map { comment in
            ["timestamp": .string(comment.createdAt ?? ""), "message": .string(comment.comment ?? "")]
        })
    }
}
