import CommerceDomain
import Foundation
import MagentoWire

/// `Cart` as a JSON tree for the executor: each part is built only when the client selected it.
extension LoadedCart {
    public func json(_ look: Lookahead, products: CartProducts) async throws -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(maskedId)),
            ("email", email.map(JSONValue.string) ?? .null),
            ("is_virtual", .bool(priced.isVirtual)),
            ("total_quantity", CartMoney.number(totalQuantity)),
        ]
        if look.selects("items") || look.selects("itemsV2") || look.selects("shipping_addresses") {
            let lines = try await items(look["items"].merged(look["itemsV2"]["items"]).merged(look["shipping_addresses"]["cart_items_v2"]), products: products)
            pairs.append(("items", .array(lines)))
            pairs.append(("itemsV2", CartJSON.page(lines, size: 20, page: 1)))
            pairs.append(("__lines", .array(lines)))
        }
        let coupons: JSONValue = quote.details.couponCode.map { .array([["code": .string($0)]]) } ?? .null
        pairs.append(("applied_coupons", coupons))
        pairs.append(("applied_coupon", coupons.arrayValue?.first ?? .null))
        if look.selects("shipping_addresses") {
            pairs.append(("shipping_addresses", .array(shippingAddress.map { [$0] } ?? [])))
        }
        if look.selects("billing_address") {
            pairs.append(("billing_address", billingAddress ?? .null))
        }
        pairs.append(("available_payment_methods", .array(availablePayments.map { method in
            ["code": .string(method.code), "title": .string(method.title), "is_deferred": false]
        })))
        let payment = quote.details.payment
        let title = payment?.method.flatMap { code in settings.payments.methods.first { $0.code == code }?.title } ?? ""
        pairs.append(("selected_payment_method", [
            "code": .string(payment?.method ?? ""), "title": .string(title),
            "purchase_order_number": payment?.poNumber.map(JSONValue.string) ?? .null,
        ]))
        pairs.append(("prices", prices))
        return .object(JSONObject(pairs))
    }

    /// `CartPrices`: totals as Magento shows them (an empty cart's discount-inclusive subtotal
    /// has no value, and no discounts are `null`, not an empty list).
    var prices: JSONValue {
        let totals = priced.totals
        let discounts = self.discounts
        return .object(JSONObject([
            ("grand_total", money(totals.grandTotal)),
            ("grand_total_excluding_tax", money(totals.grandTotal - totals.taxAmount)),
            ("subtotal_including_tax", money(totals.subtotalInclTax)),
            ("subtotal_excluding_tax", money(totals.subtotal)),
            ("subtotal_with_discount_excluding_tax", money(quote.items.isEmpty ? nil : totals.subtotalWithDiscount)),
            ("applied_taxes", .array(appliedTaxes.map { ["label": .string($0.label), "amount": money($0.amount)] })),
            ("discounts", discounts.isEmpty ? .null : .array(discounts)),
            ("discount", totals.discountAmount == 0 ? .null : [
                "amount": money(-totals.discountAmount), "label": .array([.string(discountLabel)]),
            ]),
        ]))
    }

    var discountLabel: String { quote.details.couponCode ?? "Discount" }

    var discounts: [JSONValue] {
        let amount = -priced.totals.discountAmount
        guard amount != 0 else { return [] }
        return [[
            "amount": money(amount), "label": .string(discountLabel), "applied_to": "ITEM",
            "coupon": quote.details.couponCode.map { ["code": .string($0)] } ?? .null,
            "is_discounting_locked": false,
        ]]
    }

    /// Tax per rate title: each line's tax split over the rates that produced it, the shipping
    /// tax under the cart's first rate. Pure recalculation; no reads.
    var appliedTaxes: [(label: String, amount: Decimal)] {
        var result: [(label: String, amount: Decimal)] = []
        func add(_ label: String, _ amount: Decimal) {
            if let index = result.firstIndex(where: { $0.label == label }) { result[index].amount += amount } else { result.append((label, amount)) }
        }
        let address = quote.details.shippingAddress?.countryId != nil ? quote.details.shippingAddress : quote.details.billingAddress
        for row in priced.totals.items where row.taxAmount != 0 {
            guard let country = address?.countryId, let line = quote.item(row.itemId) else { continue }
            let product = inputs.product(line.sku)
            let taxClass = CartLineOptions.attribute("tax_class_id", of: product).flatMap(Int.init) ?? 2
            let rates = inputs.tax.calculate(TaxRequest(
                countryId: country, regionId: address?.regionId, postcode: address?.postcode,
                productTaxClassId: taxClass, customerTaxClassId: inputs.buyer.taxClassId, amount: row.rowTotalWithDiscount
            )).rates
            let percent = rates.reduce(Decimal(0)) { $0 + $1.percent }
            guard percent > 0 else { continue }
            for rate in rates { add(rate.code, row.taxAmount * rate.percent / percent) }
        }
        if priced.totals.shippingTaxAmount != 0 { add(result.first?.label ?? "Shipping Tax", priced.totals.shippingTaxAmount) }
        return result
    }
}

/// Shared pieces of the cart's JSON.
enum CartJSON {
    /// `CartItems`: one page of lines.
    static func page(_ lines: [JSONValue], size: Int, page: Int) -> JSONValue {
        let size = max(size, 1)
        let page = max(page, 1)
        let start = min((page - 1) * size, lines.count)
        let slice = Array(lines[start..<min(start + size, lines.count)])
        let totalPages = lines.isEmpty ? 0 : (lines.count + size - 1) / size
        return [
            "items": .array(slice), "total_count": .number(String(lines.count)),
            "page_info": ["page_size": .number(String(size)), "current_page": .number(String(page)), "total_pages": .number(String(totalPages))],
        ]
    }
}

extension Lookahead {
    /// Both selections at once (a field selected under two names).
    func merged(_ other: Lookahead) -> Lookahead {
        var result = self
        for (name, child) in other.children {
            result.children[name] = (result.children[name] ?? Lookahead()).merged(child)
        }
        return result
    }
}
