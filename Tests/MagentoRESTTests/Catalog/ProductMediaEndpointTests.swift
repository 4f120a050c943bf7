import HTTPTypes
import HummingbirdTesting
import MagentoREST
import Testing

@Suite("Product media endpoints")
struct ProductMediaEndpointTests {
    static let png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="

    @Test("an upload answers its id as a string, is listed, sets the image roles and is served under /media")
    func upload() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Bag","price":1}}"#)
            let created = try await session.send(.post, "/rest/V1/products/MB-01/media", token: token, body: #"{"entry":{"media_type":"image","label":"Front","position":1,"disabled":false,"types":["image","thumbnail"],"content":{"base64_encoded_data":"\#(Self.png)","type":"image/png","name":"Bag Front.png"}}}"#)
            #expect(created.status == .ok)
            #expect(created.text == #""1""#)
            let list = try await session.get("/rest/V1/products/MB-01/media", token: token)
            #expect(list.text == #"[{"id":1,"media_type":"image","label":"Front","position":1,"disabled":false,"types":["image","thumbnail"],"file":"/b/a/bag_front.png"}]"#)
            let roles = try await session.get("/rest/V1/products/MB-01?fields=custom_attributes", token: token)
            #expect(roles.text == #"{"custom_attributes":[{"attribute_code":"url_key","value":"bag"},{"attribute_code":"image","value":"/b/a/bag_front.png"},{"attribute_code":"thumbnail","value":"/b/a/bag_front.png"}]}"#)
            let file = try await session.get("/media/catalog/product/b/a/bag_front.png")
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "image/png")
            #expect(file.headers[.contentLength] == "70")
            let second = try await session.send(.post, "/rest/V1/products/MB-01/media", token: token, body: #"{"entry":{"media_type":"image","types":["image"],"content":{"base64_encoded_data":"\#(Self.png)","type":"image/png","name":"bag front.png"}}}"#)
            #expect(second.text == #""2""#)
            let entry = try await session.get("/rest/V1/products/MB-01/media/2", token: token)
            #expect(entry.text == #"{"id":2,"media_type":"image","position":2,"disabled":false,"types":["image"],"file":"/b/a/bag_front_1.png"}"#)
            let first = try await session.get("/rest/V1/products/MB-01/media/1?fields=types", token: token)
            #expect(first.text == #"{"types":["thumbnail"]}"#)
        }
    }

    @Test("bad content, unknown entries and unknown products get Magento's errors")
    func errors() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Bag","price":1}}"#)
            let notImage = try await session.send(.post, "/rest/V1/products/MB-01/media", token: token, body: #"{"entry":{"media_type":"image","content":{"base64_encoded_data":"aGVsbG8=","type":"image/png","name":"a.png"}}}"#)
            #expect(notImage.status == .badRequest)
            #expect(notImage.text == #"{"message":"The image MIME type is not valid or not supported."}"#)
            let badName = try await session.send(.post, "/rest/V1/products/MB-01/media", token: token, body: #"{"entry":{"media_type":"image","content":{"base64_encoded_data":"\#(Self.png)","type":"image/png","name":"a/b.png"}}}"#)
            #expect(badName.text == #"{"message":"Provided image name contains forbidden characters."}"#)
            let missing = try await session.get("/rest/V1/products/MB-01/media/9", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.text == #"{"message":"The image doesn't exist. Verify and try again."}"#)
            let removeMissing = try await session.send(.delete, "/rest/V1/products/MB-01/media/9", token: token)
            #expect(removeMissing.text == #"{"message":"No image with the provided ID was found. Verify the ID and try again."}"#)
            let noProduct = try await session.send(.post, "/rest/V1/products/NOPE/media", token: token, body: #"{"entry":{"media_type":"image","content":{"base64_encoded_data":"\#(Self.png)","type":"image/png","name":"a.png"}}}"#)
            #expect(noProduct.status == .notFound)
            let noFile = try await session.get("/media/catalog/product/x/y/none.png")
            #expect(noFile.status == .notFound)
        }
    }

    @Test("update relabels and moves roles; delete removes the entry and its roles")
    func updateAndDelete() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"MB-01","name":"Bag","price":1,"media_gallery_entries":[{"media_type":"image","label":"A","types":["image"],"content":{"base64_encoded_data":"\#(Self.png)","type":"image/png","name":"a.png"}}]}}"#)
            let listed = try await session.get("/rest/V1/products/MB-01/media?fields=", token: token)
            #expect(listed.text == #"[{"id":1,"media_type":"image","label":"A","position":1,"disabled":false,"types":["image"],"file":"/a/_/a.png"}]"#)
            let updated = try await session.send(.put, "/rest/V1/products/MB-01/media/1", token: token, body: #"{"entry":{"label":"Side","types":["small_image"]}}"#)
            #expect(updated.text == "true")
            let roles = try await session.get("/rest/V1/products/MB-01?fields=custom_attributes", token: token)
            #expect(roles.text == #"{"custom_attributes":[{"attribute_code":"url_key","value":"bag"},{"attribute_code":"small_image","value":"/a/_/a.png"}]}"#)
            let deleted = try await session.send(.delete, "/rest/V1/products/MB-01/media/1", token: token)
            #expect(deleted.text == "true")
            let empty = try await session.get("/rest/V1/products/MB-01?fields=media_gallery_entries,custom_attributes", token: token)
            #expect(empty.text == #"{"media_gallery_entries":[],"custom_attributes":[{"attribute_code":"url_key","value":"bag"}]}"#)
        }
    }
}
