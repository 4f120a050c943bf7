import Foundation
import MagentoWire

/// Magento's CSV import of products (entity `catalog_product`, through ``CsvImport``): every row
/// validated, then written through the product repository, the same path `POST /V1/products`
/// takes.
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

    /// Runs the import. `describe` renders a repository error the way the REST layer would.
    func run(_ source: ImportSourceData, file: CsvImportFile, stores: StoreDirectory, describe: @Sendable (any Error) -> String) async throws -> [String] {
        guard file.header.contains("sku") else { return ["We can't find required columns: sku."] }
        let rows = file.rows
        guard !rows.isEmpty else { return [CsvImportFile.empty] }
        let skus = Set(rows.compactMap { $0.values["sku"]?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        var lookups = try await lookups(skus: skus, stores: stores)
        let behavior = CsvImportBehavior(source.behavior)
        let options = ProductCsvRow.Options(
            multipleValueSeparator: source.importMultipleValueSeparator ?? ",",
            emptyValueConstant: source.importEmptyAttributeValueConstant ?? "__EMPTY__VALUE__"
        )

        var valid: [ProductCsvRow] = []
        var errors: [CsvRowErrors] = []
        var named: [String: ProductCsvLookups.Existing] = [:]
        for row in rows {
            let sku = row.values["sku"]?.trimmingCharacters(in: .whitespaces) ?? ""
            if behavior != .append, !sku.isEmpty, lookups.existing[sku] == nil {
                errors.append(CsvRowErrors(number: row.number, messages: ["Product with specified SKU not found"]))
                continue
            }
            if behavior == .delete {
                if sku.isEmpty { errors.append(CsvRowErrors(number: row.number, messages: ["SKU is empty"])) } else {
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

        if let refusal = CsvImportFile.refusal(errors: errors, validRows: valid.count, source: source) { return refusal }

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
