import Foundation
import MagentoWire

/// A deterministic demo catalog: a category tree, simple products, and configurable tees with
/// size/color children, with prices, stock and descriptions. The same profile always produces the
/// same products, so benchmarks and demos are repeatable.
public struct DemoCatalog: Sendable {
    public enum Profile: String, Sendable, CaseIterable {
        /// About 1,000 products: what `magpie serve` starts a new database with.
        case demo
        case small
        case medium
        case large

        public var productCount: Int {
            switch self {
            case .demo, .small: 1_000
            case .medium: 10_000
            case .large: 100_000
            }
        }
    }

    /// A category to create: its name and the index of its parent in `categories` (nil: under root 2).
    public struct CategorySeed: Sendable {
        public var name: String
        public var parent: Int?
    }

    /// One product: its wire form, the indexes of its categories, and for children the parent's index.
    public struct ProductSeed: Sendable {
        public var product: Product
        public var categories: [Int]
        public var frenchName: String?
    }

    public static let categories: [CategorySeed] = [
        CategorySeed(name: "Gear", parent: nil), CategorySeed(name: "Bags", parent: 0),
        CategorySeed(name: "Fitness Equipment", parent: 0), CategorySeed(name: "Watches", parent: 0),
        CategorySeed(name: "Men", parent: nil), CategorySeed(name: "Tops", parent: 4), CategorySeed(name: "Bottoms", parent: 4),
        CategorySeed(name: "Women", parent: nil), CategorySeed(name: "Tops", parent: 7), CategorySeed(name: "Bottoms", parent: 7),
        CategorySeed(name: "Sale", parent: nil),
    ]

    static let adjectives = ["Joust", "Strive", "Crown", "Wayfarer", "Rival", "Fusion", "Impulse", "Endeavor", "Overnight", "Push",
                             "Savvy", "Compete", "Driven", "Voyage", "Affirm", "Orion", "Didi", "Luma", "Aero", "Summit"]
    static let gear = [("Duffle Bag", 1), ("Messenger Bag", 1), ("Backpack", 1), ("Yoga Mat", 2), ("Sprite Ball", 2),
                       ("Kettlebell", 2), ("Foam Roller", 2), ("Watch", 3), ("Fitness Tracker", 3), ("Water Bottle", 0)]
    static let apparel = [("Tee", 5), ("Hoodie", 5), ("Short", 6), ("Pant", 6), ("Tank", 8), ("Jacket", 8), ("Legging", 9), ("Capri", 9)]
    /// Option ids seeded for `color` (1…10) and `size` (11…15) by the catalog migration.
    static let colors = [(1, "Black"), (2, "Blue"), (8, "Red"), (9, "White")]
    static let sizes = [(12, "S"), (13, "M"), (14, "L"), (15, "XL")]

    public let profile: Profile

    public init(profile: Profile) {
        self.profile = profile
    }

    /// Every product, parents before their children. One in five is a configurable with four children.
    public func products() -> [ProductSeed] {
        var seeds: [ProductSeed] = []
        seeds.reserveCapacity(profile.productCount)
        var index = 0
        while seeds.count < profile.productCount {
            index += 1
            if index % 5 == 0, seeds.count + 5 <= profile.productCount {
                seeds += configurable(index)
            } else {
                seeds.append(simple(index))
            }
        }
        return seeds
    }

    func simple(_ index: Int) -> ProductSeed {
        let (noun, category) = Self.gear[index % Self.gear.count]
        let name = "\(Self.adjectives[(index / Self.gear.count) % Self.adjectives.count]) \(noun) \(index)"
        let sku = String(format: "MG-%06d", index)
        let price = Decimal(19 + (index * 37) % 180) + Decimal(string: "0.99")!
        let qty = Decimal((index * 13) % 150)
        var product = Product(
            sku: sku, name: name, attributeSetId: 4, price: price, status: 1, visibility: 4, typeId: "simple",
            weight: Decimal(1 + index % 5),
            extensionAttributes: ProductExtensionAttributes(
                websiteIds: [1], stockItem: StockItem(qty: qty, isInStock: qty > 0)
            ),
            customAttributes: attributes(name: name, index: index)
        )
        product.customAttributes?.append(CustomAttribute(attributeCode: "color", value: .string(String(Self.colors[index % 4].0))))
        let categories = index % 9 == 0 ? [category, 10] : [category]
        return ProductSeed(product: product, categories: categories, frenchName: index % 10 == 1 ? "\(name) (FR)" : nil)
    }

    /// A configurable parent and four children, one per size, in one color.
    func configurable(_ index: Int) -> [ProductSeed] {
        let (noun, category) = Self.apparel[(index / 5) % Self.apparel.count]
        let adjective = Self.adjectives[(index / 5 / Self.apparel.count) % Self.adjectives.count]
        let name = "\(adjective) \(noun) \(index)"
        let sku = String(format: "MC-%06d", index)
        let price = Decimal(24 + (index * 7) % 60)
        let color = Self.colors[(index / 5) % 4]
        var parent = Product(
            sku: sku, name: name, attributeSetId: 4, price: price, status: 1, visibility: 4, typeId: "configurable",
            extensionAttributes: ProductExtensionAttributes(
                websiteIds: [1], stockItem: StockItem(isInStock: true),
                configurableProductOptions: [
                    ConfigurableProductOption(
                        attributeId: "144", label: "Size", position: 0,
                        values: Self.sizes.map { ConfigurableProductOptionValue(valueIndex: $0.0) }
                    ),
                ]
            ),
            customAttributes: attributes(name: name, index: index)
        )
        var seeds = [ProductSeed(product: parent, categories: [category], frenchName: nil)]
        for (offset, size) in Self.sizes.enumerated() {
            let childName = "\(name)-\(size.1)-\(color.1)"
            let qty = Decimal((index + offset * 11) % 60)
            var child = Product(
                sku: "\(sku)-\(size.1)", name: childName, attributeSetId: 4, price: price, status: 1, visibility: 1,
                typeId: "simple", weight: 1,
                extensionAttributes: ProductExtensionAttributes(websiteIds: [1], stockItem: StockItem(qty: qty, isInStock: qty > 0)),
                customAttributes: attributes(name: childName, index: index)
            )
            child.customAttributes?.append(CustomAttribute(attributeCode: "size", value: .string(String(size.0))))
            child.customAttributes?.append(CustomAttribute(attributeCode: "color", value: .string(String(color.0))))
            seeds.append(ProductSeed(product: child, categories: [], frenchName: nil))
        }
        parent.extensionAttributes?.configurableProductLinks = []
        seeds[0].product = parent
        return seeds
    }

    func attributes(name: String, index: Int) -> [CustomAttribute] {
        [
            CustomAttribute(attributeCode: "description", value: .string("<p>The \(name) is built for everyday use.</p>")),
            CustomAttribute(attributeCode: "short_description", value: .string("\(name), item \(index).")),
            CustomAttribute(attributeCode: "url_key", value: .string(name.lowercased().replacingOccurrences(of: " ", with: "-"))),
            CustomAttribute(attributeCode: "tax_class_id", value: .string("2")),
        ]
    }
}
