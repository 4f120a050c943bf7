import CommerceDomain
import HTTPTypes
import HummingbirdTesting
import MagentoREST
import MagpieServer
import Testing

@Suite("ACL resource tree")
struct AclTreeTests {
    @Test("a resource's lineage climbs to the admin root")
    func lineage() {
        #expect(AclTree.lineage(of: "Magento_Catalog::products") == [
            "Magento_Catalog::products", "Magento_Catalog::catalog_inventory", "Magento_Catalog::catalog", "Magento_Backend::admin",
        ])
        #expect(AclTree.lineage(of: "Vendor_Custom::thing") == ["Vendor_Custom::thing"])
    }

    @Test("a parent resource grants the routes of its children, a sibling does not")
    func inheritance() async throws {
        let app = try await TestApp.make()
        let catalog = try await IntegrationAccessTests.integration(app, resources: ["Magento_Catalog::catalog"], name: "catalog")
        let products = try await IntegrationAccessTests.integration(app, resources: ["Magento_Catalog::products"], name: "products")
        let stores = try await IntegrationAccessTests.integration(app, resources: ["Magento_Backend::stores"], name: "stores")
        try await app.run { session in
            let viaParent = try await session.get("/rest/V1/categories", token: catalog.accessToken)
            #expect(viaParent.status == .ok)
            let sibling = try await session.get("/rest/V1/categories", token: products.accessToken)
            #expect(sibling.status == .unauthorized)
            #expect(sibling.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Catalog::categories"}}"#)
            let own = try await session.get("/rest/V1/products?searchCriteria=", token: products.accessToken)
            #expect(own.status == .ok)
            let storeViews = try await session.get("/rest/V1/store/storeViews", token: stores.accessToken)
            #expect(storeViews.status == .ok)
            let sources = try await session.get("/rest/V1/inventory/sources?searchCriteria=", token: stores.accessToken)
            #expect(sources.status == .ok)
            let notUnderStores = try await session.get("/rest/V1/products?searchCriteria=", token: stores.accessToken)
            #expect(notUnderStores.status == .unauthorized)
        }
    }
}
