import MagentoWire

/// What Magento's product import resolves names against: attribute sets, tax classes,
/// websites, store views, category paths and the products that already exist.
public struct ProductCsvLookups: Sendable {
    public struct Existing: Sendable, Equatable {
        public var typeId: String
        public var attributeSetId: Int

        public init(typeId: String, attributeSetId: Int) {
            self.typeId = typeId
            self.attributeSetId = attributeSetId
        }
    }

    public var attributeSets: [String: Int]
    public var taxClasses: [String: Int]
    public var websites: [String: Int]
    public var stores: [String: Int]
    /// "Default Category/Gear/Bags" → id, every path from a root category down.
    public var categories: [String: Int]
    public var existing: [String: Existing]

    public init(
        attributeSets: [String: Int], taxClasses: [String: Int], websites: [String: Int], stores: [String: Int],
        categories: [String: Int], existing: [String: Existing]
    ) {
        self.attributeSets = attributeSets
        self.taxClasses = taxClasses
        self.websites = websites
        self.stores = stores
        self.categories = categories
        self.existing = existing
    }

    /// Every path of `tree`'s descendants, names joined by "/", the tree's own root left out
    /// (Magento's paths start at a root category such as "Default Category").
    public static func categoryPaths(_ tree: CategoryTree) -> [String: Int] {
        var paths: [String: Int] = [:]
        func walk(_ node: CategoryTree, prefix: String?) {
            for child in node.childrenData ?? [] {
                guard let id = child.id else { continue }
                let path = prefix.map { "\($0)/\(child.name ?? "")" } ?? (child.name ?? "")
                if paths[path] == nil { paths[path] = id }
                walk(child, prefix: path)
            }
        }
        walk(tree, prefix: nil)
        return paths
    }
}
