import Foundation
import MagentoWire

/// Magento's CSV import of products (`POST /V1/import/csv`, entity `catalog_product`): the
/// base64 file is read, every row validated, then written through the product repository, the
/// same path `POST /V1/products` takes. Like Magento it answers a list of messages, the row
/// errors or "Entities Processed: N", never an HTTP error for the file's content.
public struct ProductCsvImport: Sendable {
    let products: any ProductRepository
    let categories: any CategoryRepository
    let tax: any TaxRepository
    let sets: any AttributeSetRepository

    public init(products: any ProductRepository, categories: any CategoryRepository, tax: any TaxRepository, sets: any AttributeSetRepository) {
        self.products = products
        self.categories = categories
        self.tax = tax
        self.sets = sets
    }

    public enum Behavior: String, Sendable {
        case append, replace, delete

        /// Magento falls back to append for a behaviour it does not know ("add_update" included).
        init(_ text: String) { self = Behavior(rawValue: text) ?? .append }
    }

    static let invalidData = "Sorry, but the data is invalid or the file is not uploaded."
    /// Entities Magento's import knows that Magpie does not import yet.
    static let otherMagentoEntities: Set<String> = [
        "advanced_pricing", "customer", "customer_address", "customer_composite", "stock_sources",
    ]

    /// Runs the import. `describe` renders a repository error the way the REST layer would.
    public func run(_ source: ImportSourceData, stores: StoreDirectory, describe: @Sendable (any Error) -> String) async throws -> [String] {
        guard source.entity == "catalog_product" else {
            if Self.otherMagentoEntities.contains(source.entity) {
                return ["Importing \"\(source.entity)\" is not supported by Magpie yet; catalog_product is."]
            }
            return ["Please enter a correct entity model."]
        }
        guard let text = Self.decode(source.csvData) else { return [Self.invalidData] }
        let separator = source.importFieldSeparator?.first ?? ","
        guard let records = try? CSV.records(text, separator: separator), let header = records.first?.fields.map({
            $0.trimmingCharacters(in: .whitespaces)
        }) else { return [Self.invalidData] }
        let data = records.dropFirst().filter { !$0.isBlank }
        guard header.contains("sku") else { return ["We can't find required columns: sku."] }
        guard !data.isEmpty else { return ["This file is empty. Please try another one."] }

        let rows = data.enumerated().map { index, record in
            (number: index + 1, values: Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first }))
        }
        let skus = Set(rows.compactMap { $0.values["sku"]?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        var lookups = try await lookups(skus: skus, stores: stores)
        let behavior = Behavior(source.behavior)
        let options = ProductCsvRow.Options(
            multipleValueSeparator: source.importMultipleValueSeparator ?? ",",
            emptyValueConstant: source.importEmptyAttributeValueConstant ?? "__EMPTY__VALUE__"
        )

        var valid: [ProductCsvRow] = []
        var errors: [ProductCsvErrors] = []
        var named: [String: ProductCsvLookups.Existing] = [:]
        for row in rows {
            let sku = row.values["sku"]?.trimmingCharacters(in: .whitespaces) ?? ""
            if behavior != .append, !sku.isEmpty, lookups.existing[sku] == nil {
                errors.append(ProductCsvErrors(number: row.number, messages: ["Product with specified SKU not found"]))
                continue
            }
            if behavior == .delete {
                if sku.isEmpty { errors.append(ProductCsvErrors(number: row.number, messages: ["SKU is empty"])) } else {
                    valid.append(ProductCsvRow(number: row.number, sku: sku, product: Product(sku: sku)))
                }
                continue
            }
            // Replace writes each product anew from the file alone.
            let known = behavior == .replace ? named[sku] : (lookups.existing[sku] ?? named[sku])
            switch ProductCsvRow.read(number: row.number, values: row.values, lookups: lookups, known: known, options: options) {
            case .success(let read):
                if read.storeId == nil, named[sku] == nil, let type = read.product.typeId ?? known?.typeId {
                    named[sku] = .init(typeId: type, attributeSetId: read.product.attributeSetId ?? known?.attributeSetId ?? 4)
                }
                valid.append(read)
            case .failure(let failure): errors.append(failure)
            }
        }

        let strategy = source.validationStrategy ?? "validation-stop-on-errors"
        let allowed = Int(source.allowedErrorCount ?? "") ?? 0
        let errorCount = errors.reduce(0) { $0 + $1.messages.count }
        if errorCount > 0 {
            guard strategy == "validation-skip-errors", !valid.isEmpty else { return errors.flatMap(\.rendered) }
            if errorCount > allowed { return ["Maximum error count has been reached or system error is occurred!"] }
        }

        var failures: [String] = []
        if behavior != .delete {
            try await createMissing(&valid, lookups: &lookups)
        }
        var replaced: Set<String> = []
        for row in valid {
            do {
                switch behavior {
                case .delete:
                    try await products.deleteProduct(sku: row.sku)
                case .replace:
                    if row.storeId == nil, replaced.insert(row.sku).inserted { try await products.deleteProduct(sku: row.sku) }
                    _ = try await products.saveProduct(row.product, scope: scope(row), saveOptions: false)
                case .append:
                    _ = try await products.saveProduct(row.product, scope: scope(row), saveOptions: false)
                }
            } catch {
                failures.append("Row \(row.number): \(describe(error))")
            }
        }
        return failures.isEmpty ? ["Entities Processed: \(skus.count)"] : failures
    }

    func scope(_ row: ProductCsvRow) -> CatalogScope {
        row.storeId.map { CatalogScope(storeId: $0, writesToView: true) } ?? .global
    }

    /// base64, optionally gzip-compressed in Magento; Magpie reads plain CSV only (no gzip in
    /// Foundation on Linux), and a byte-order mark is dropped.
    static func decode(_ base64: String) -> String? {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters), !data.starts(with: [0x1f, 0x8b]),
              var text = String(data: data, encoding: .utf8) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    func lookups(skus: Set<String>, stores: StoreDirectory) async throws -> ProductCsvLookups {
        let productSets = try await sets.searchSets(SearchCriteria(filterGroups: [
            FilterGroup(filters: [Filter(field: "entity_type_id", value: "4", conditionType: "eq")]),
        ])).items
        let classes = try await tax.searchClasses(SearchCriteria(filterGroups: [
            FilterGroup(filters: [Filter(field: "class_type", value: "PRODUCT", conditionType: "eq")]),
        ])).items
        var existing: [String: ProductCsvLookups.Existing] = [:]
        let sorted = skus.sorted()
        for start in stride(from: 0, to: sorted.count, by: 200) {
            let chunk = sorted[start..<min(start + 200, sorted.count)]
            let page = try await products.searchProducts(SearchCriteria(filterGroups: [
                FilterGroup(filters: [Filter(field: "sku", value: chunk.joined(separator: ","), conditionType: "in")]),
            ]), scope: .global)
            for product in page.items {
                guard let sku = product.sku else { continue }
                existing[sku] = .init(typeId: product.typeId ?? "simple", attributeSetId: product.attributeSetId ?? 4)
            }
        }
        let tree = try await categories.tree(rootId: 1, depth: nil, scope: .global)
        return ProductCsvLookups(
            attributeSets: Dictionary(productSets.compactMap { set in set.attributeSetName.map { ($0, set.attributeSetId ?? 0) } },
                                      uniquingKeysWith: { first, _ in first }),
            taxClasses: Dictionary(classes.compactMap { taxClass in taxClass.className.map { ($0, taxClass.classId ?? 0) } },
                                   uniquingKeysWith: { first, _ in first }),
            websites: Dictionary(stores.websites.filter { $0.id != 0 }.map { ($0.code, $0.id) }, uniquingKeysWith: { first, _ in first }),
            stores: Dictionary(stores.views.filter { $0.id != 0 }.map { ($0.code, $0.id) }, uniquingKeysWith: { first, _ in first }),
            categories: ProductCsvLookups.categoryPaths(tree),
            existing: existing
        )
    }

    /// Magento's import creates the categories and product tax classes a file names that do not
    /// exist yet; so does Magpie's, before writing the products that use them.
    func createMissing(_ rows: inout [ProductCsvRow], lookups: inout ProductCsvLookups) async throws {
        for index in rows.indices {
            for path in rows[index].newCategoryPaths {
                let id = try await categoryId(path: path, lookups: &lookups)
                var extensions = rows[index].product.extensionAttributes ?? ProductExtensionAttributes()
                extensions.categoryLinks = (extensions.categoryLinks ?? []) + [CategoryLink(position: 0, categoryId: String(id))]
                rows[index].product.extensionAttributes = extensions
            }
            if let name = rows[index].newTaxClass {
                let id: Int
                if let known = lookups.taxClasses[name] { id = known } else {
                    id = try await tax.saveClass(TaxClass(className: name, classType: "PRODUCT"))
                    lookups.taxClasses[name] = id
                }
                rows[index].product.customAttributes = (rows[index].product.customAttributes ?? [])
                    + [CustomAttribute(attributeCode: "tax_class_id", value: .string(String(id)))]
            }
        }
    }

    func categoryId(path: String, lookups: inout ProductCsvLookups) async throws -> Int {
        let names = path.split(separator: "/").map(String.init)
        var prefix = names[0]
        var parent = lookups.categories[prefix] ?? 0
        for name in names.dropFirst() {
            prefix += "/" + name
            if let id = lookups.categories[prefix] { parent = id; continue }
            let created = try await categories.saveCategory(Category(parentId: parent, name: name, isActive: true), scope: .global)
            parent = created.id ?? 0
            lookups.categories[prefix] = parent
        }
        return parent
    }
}
