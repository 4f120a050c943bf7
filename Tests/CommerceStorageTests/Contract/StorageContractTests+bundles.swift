import CommerceDomain
import CommerceStorage
import Foundation
import MagentoWire
import Testing

extension StorageContractTests {
    static func bundle(_ sku: String, options: [BundleOption]) -> Product {
        Product(
            sku: sku, name: "Bundle \(sku)", typeId: "bundle",
            extensionAttributes: ProductExtensionAttributes(bundleProductOptions: options)
        )
    }

    @Test("Bundle options and selections are rows with their own ids: create, read, edit, remove", arguments: TestEngine.all)
    func bundleOptions(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            for sku in ["B-1", "B-2", "B-3"] {
                _ = try await storage.products.saveProduct(Self.simple(sku, price: "4", color: "1"), scope: .global, saveOptions: false)
            }
            let main = BundleOption(title: "Main", required: true, type: "radio", position: 1, productLinks: [
                BundleLink(sku: "B-1", qty: 2, isDefault: true), BundleLink(sku: "B-2", qty: 1),
            ])
            let saved = try await storage.products.saveProduct(Self.bundle("KIT", options: [main]), scope: .global, saveOptions: false)
            let options = saved.extensionAttributes?.bundleProductOptions ?? []
            #expect(options.map(\.title) == ["Main"])
            #expect(options.first?.productLinks?.map(\.sku) == ["B-1", "B-2"])
            #expect(options.first?.productLinks?.first?.qty == 2)
            let optionId = try #require(options.first?.optionId)

            let added = try await storage.bundleOptions.saveOption(BundleOption(title: "Extra", type: "checkbox", position: 2, sku: "kit"))
            #expect(added > optionId)
            let selection = try await storage.bundleOptions.addChild(sku: "KIT", optionId: added, link: BundleLink(sku: "B-3", price: Decimal(string: "1.25")))
            try await storage.bundleOptions.saveChild(sku: "KIT", link: BundleLink(id: String(selection), sku: "B-3", qty: 3))
            let children = try await storage.bundleOptions.children(sku: "KIT", optionId: added)
            #expect(children.map(\.sku) == ["B-3"])
            #expect(children.first?.qty == 3)
            #expect(children.first?.price == nil)   // a dynamic-price bundle hides selection prices

            try await storage.bundleOptions.removeChild(sku: "KIT", optionId: optionId, childSku: "b-2")
            let read = try await storage.products.product(sku: "KIT", scope: .global)
            #expect(read.extensionAttributes?.bundleProductOptions?.map(\.optionId) == [optionId, added])
            #expect(read.extensionAttributes?.bundleProductOptions?.first?.productLinks?.map(\.sku) == ["B-1"])
            #expect(read.customAttributeText("price_type") == "0")

            try await storage.bundleOptions.deleteOption(sku: "KIT", optionId: added)
            await #expect(throws: BundleMessages.optionMissing) { try await storage.bundleOptions.option(sku: "KIT", optionId: added) }
            // Deleting a child product removes its selections with it.
            try await storage.products.deleteProduct(sku: "B-1")
            #expect(try await storage.bundleOptions.children(sku: "KIT", optionId: nil).isEmpty)
        }
    }

    @Test("A product save replaces the bundle's options: kept ids are updated, others removed, new ones added", arguments: TestEngine.all)
    func bundleOptionsReplaced(engine: TestEngine) async throws {
        try await withStorage(engine) { storage throws in
            for sku in ["R-1", "R-2"] {
                _ = try await storage.products.saveProduct(Self.simple(sku, price: "4", color: "1"), scope: .global, saveOptions: false)
            }
            let first = try await storage.products.saveProduct(Self.bundle("SET", options: [
                BundleOption(title: "A", type: "select", productLinks: [BundleLink(sku: "R-1")]),
                BundleOption(title: "B", type: "select", productLinks: [BundleLink(sku: "R-2")]),
            ]), scope: .global, saveOptions: false)
            var kept = try #require(first.extensionAttributes?.bundleProductOptions?.first)
            kept.title = "A2"
            kept.productLinks = [BundleLink(sku: "R-2", qty: 5)]
            let second = try await storage.products.saveProduct(Self.bundle("SET", options: [kept]), scope: .global, saveOptions: false)
            let options = second.extensionAttributes?.bundleProductOptions ?? []
            #expect(options.map(\.optionId) == [kept.optionId])
            #expect(options.map(\.title) == ["A2"])
            #expect(options.first?.productLinks?.map(\.sku) == ["R-2"])
            #expect(options.first?.productLinks?.first?.qty == 5)
        }
    }
}
