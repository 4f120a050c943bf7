import MagentoWire

/// The attributes a page needs (filterable ones, configurable axes) with their option labels in
/// the store view, loaded once per request.
struct AttributeCatalog: Sendable {
    var byCode: [String: ProductAttribute] = [:]
    var storeId = 0

    init(_ attributes: [ProductAttribute] = [], storeId: Int = 0) {
        for attribute in attributes {
            if let code = attribute.attributeCode { byCode[code] = attribute }
        }
        self.storeId = storeId
    }

    func attribute(id: Int) -> ProductAttribute? {
        byCode.values.first { $0.attributeId == id }
    }

    /// The label shoppers see: the view's own label, else the default.
    func label(_ attribute: ProductAttribute) -> String {
        attribute.frontendLabels?.first { $0.storeId == storeId }?.label ?? attribute.defaultFrontendLabel ?? attribute.attributeCode ?? ""
    }

    /// An option's label by its id (`"12"` → `"S"`).
    func optionLabel(code: String, value: String) -> String? {
        byCode[code]?.options?.first { $0.value == value }?.label
    }
}
