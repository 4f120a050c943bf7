import Foundation
import HTTPTypes
import MagentoWire
import Testing

@Suite("Downloadable links and samples")
struct DownloadableEndpointTests {
    static let product = #"{"product":{"sku":"DL-1","name":"E-book","price":10,"type_id":"downloadable","attribute_set_id":4}}"#
    static let urlLink = #"{"link":{"title":"Web copy","sort_order":2,"is_shareable":2,"price":0,"number_of_downloads":0,"link_type":"url","link_url":"https://files.example.com/book.pdf","sample_type":"url","sample_url":"https://files.example.com/sample.pdf"},"isGlobalScopeContent":true}"#
    static let fileLink = #"{"link":{"title":"PDF","sort_order":1,"is_shareable":0,"price":4.5,"number_of_downloads":3,"link_type":"file","link_file_content":{"file_data":"JVBERi0xLjQK","name_with_extension":"book.pdf"}}}"#

    @Test("links are created (URL and uploaded file), listed by sort order, updated and deleted")
    func links() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: Self.product)
            #expect(try await session.get("/rest/V1/products/DL-1/downloadable-links", token: token).text == "[]")
            let first = try await session.send(.post, "/rest/V1/products/DL-1/downloadable-links", token: token, body: Self.urlLink)
            #expect(first.status == .ok)
            #expect(first.text == "1")
            #expect(try await session.send(.post, "/rest/V1/products/DL-1/downloadable-links", token: token, body: Self.fileLink).text == "2")
            let listed = try await session.get("/rest/V1/products/DL-1/downloadable-links", token: token)
            #expect(listed.text == #"[{"id":2,"title":"PDF","sort_order":1,"is_shareable":0,"price":4.5,"number_of_downloads":3,"link_type":"file","link_file":"/b/o/book.pdf"},{"id":1,"title":"Web copy","sort_order":2,"is_shareable":2,"price":0,"number_of_downloads":0,"link_type":"url","link_url":"https://files.example.com/book.pdf","sample_type":"url","sample_url":"https://files.example.com/sample.pdf"}]"#)
            // The product carries them too, and a second upload of the same name gets its own file.
            let product = try await session.get("/rest/V1/products/DL-1?fields=extension_attributes[downloadable_product_links[id,title]]", token: token)
            #expect(product.text == #"{"extension_attributes":{"downloadable_product_links":[{"id":2,"title":"PDF"},{"id":1,"title":"Web copy"}]}}"#)
            #expect(try await session.send(.post, "/rest/V1/products/DL-1/downloadable-links", token: token, body: Self.fileLink).text == "3")
            #expect(try await session.get("/rest/V1/products/DL-1/downloadable-links?fields=id,link_file", token: token).text.contains(#"{"id":3,"link_file":"/b/o/book_1.pdf"}"#))

            let updated = try await session.send(.put, "/rest/V1/products/DL-1/downloadable-links/2", token: token, body: #"{"link":{"title":"PDF, revised","sort_order":5,"is_shareable":1,"price":6,"number_of_downloads":0,"link_type":"file"}}"#)
            #expect(updated.text == "2")
            #expect(try await session.get("/rest/V1/products/DL-1/downloadable-links?fields=id,title,price,link_file", token: token).text == #"[{"id":3,"title":"PDF","price":4.5,"link_file":"/b/o/book_1.pdf"},{"id":1,"title":"Web copy","price":0},{"id":2,"title":"PDF, revised","price":6,"link_file":"/b/o/book.pdf"}]"#)
            #expect(try await session.send(.delete, "/rest/V1/products/downloadable-links/3", token: token).text == "true")
            let gone = try await session.send(.delete, "/rest/V1/products/downloadable-links/3", token: token)
            #expect(gone.status == .notFound)
            #expect(gone.text == #"{"message":"No downloadable link with the provided ID was found. Verify the ID and try again."}"#)
            let missingUpdate = try await session.send(.put, "/rest/V1/products/DL-1/downloadable-links/99", token: token, body: Self.urlLink)
            #expect(missingUpdate.status == .notFound)
        }
    }

    @Test("Magento's content checks and refusals")
    func refusals() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: Self.product)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"DL-2","name":"Other","price":1,"type_id":"downloadable","attribute_set_id":4}}"#)
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"PLAIN","name":"Plain","price":1,"type_id":"simple","attribute_set_id":4}}"#)
            func post(_ sku: String, _ body: String) async throws -> TestReply {
                try await session.send(.post, "/rest/V1/products/\(sku)/downloadable-links", token: token, body: body)
            }
            let plain = try await post("PLAIN", Self.urlLink)
            #expect(plain.status == .badRequest)
            #expect(plain.text == #"{"message":"The product needs to be the downloadable type. Verify the product and try again."}"#)
            #expect(try await post("NOPE", Self.urlLink).status == .notFound)
            let cases: [(String, String)] = [
                (#"{"link":{"title":"","link_type":"url","price":1,"link_url":"https://a.example"}}"#, "The link title is empty. Enter the link title and try again."),
                (#"{"link":{"title":"T","link_type":"ftp","price":1}}"#, "The link type is invalid. Verify and try again."),
                (#"{"link":{"title":"T","link_type":"url","price":-1.5,"link_url":"https://a.example"}}"#, "Link price must have numeric positive value."),
                (#"{"link":{"title":"T","link_type":"url","price":1,"number_of_downloads":-1,"link_url":"https://a.example"}}"#, "Number of downloads must be a positive integer."),
                (#"{"link":{"title":"T","link_type":"url","price":1,"sort_order":-1,"link_url":"https://a.example"}}"#, "Sort order must be a positive integer."),
                (#"{"link":{"title":"T","link_type":"url","price":1,"link_url":"http://example<.>com/"}}"#, "Link URL must have valid format."),
                (#"{"link":{"title":"T","link_type":"url","price":1,"link_url":"https://a.example","sample_type":"url","sample_url":"nope"}}"#, "Sample URL must have valid format."),
                (#"{"link":{"title":"T","link_type":"file","price":1,"link_file_content":{"file_data":"***","name_with_extension":"a.pdf"}}}"#, "Provided file content must be valid base64 encoded data."),
                (#"{"link":{"title":"T","link_type":"file","price":1,"link_file_content":{"file_data":"JVBERi0xLjQK","name_with_extension":"../a.pdf"}}}"#, "Provided file name contains forbidden characters."),
            ]
            for (body, message) in cases {
                let reply = try await post("DL-1", body)
                #expect(reply.status == .badRequest, "\(message)")
                #expect(reply.text == #"{"message":"\#(message)"}"#)
            }
            _ = try await post("DL-2", Self.urlLink)
            let elsewhere = try await session.send(.put, "/rest/V1/products/DL-1/downloadable-links/1", token: token, body: Self.urlLink)
            #expect(elsewhere.text == #"{"message":"The downloadable link isn't related to the product. Verify the link and try again."}"#)
            #expect(try await session.get("/rest/V1/products/DL-1/downloadable-links", token: token).text == "[]")
            let anonymous = try await session.get("/rest/V1/products/DL-1/downloadable-links")
            #expect(anonymous.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Downloadable::downloadable"}}"#)
        }
    }

    @Test("samples are created, listed, updated and deleted; a product save carries links and samples with their uploads")
    func samples() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            _ = try await session.send(.post, "/rest/V1/products", token: token, body: Self.product)
            let created = try await session.send(.post, "/rest/V1/products/DL-1/downloadable-links/samples", token: token, body: #"{"sample":{"title":"Chapter 1","sort_order":0,"sample_type":"file","sample_file_content":{"file_data":"SGVsbG8=","name_with_extension":"chapter1.txt"}}}"#)
            #expect(created.text == "1")
            #expect(try await session.get("/rest/V1/products/DL-1/downloadable-links/samples", token: token).text == #"[{"id":1,"title":"Chapter 1","sort_order":0,"sample_type":"file","sample_file":"/c/h/chapter1.txt"}]"#)
            let updated = try await session.send(.put, "/rest/V1/products/DL-1/downloadable-links/samples/1", token: token, body: #"{"sample":{"title":"Chapter one","sample_type":"url","sample_url":"https://files.example.com/c1"}}"#)
            #expect(updated.text == "1")
            #expect(try await session.get("/rest/V1/products/DL-1/downloadable-links/samples", token: token).text == #"[{"id":1,"title":"Chapter one","sample_type":"url","sample_url":"https://files.example.com/c1"}]"#)
            let badType = try await session.send(.post, "/rest/V1/products/DL-1/downloadable-links/samples", token: token, body: #"{"sample":{"title":"X","sample_type":"cd"}}"#)
            #expect(badType.text == #"{"message":"The sample type is invalid. Verify the sample type and try again."}"#)
            let noTitle = try await session.send(.post, "/rest/V1/products/DL-1/downloadable-links/samples", token: token, body: #"{"sample":{"title":" ","sample_type":"url","sample_url":"https://a.example"}}"#)
            #expect(noTitle.text == #"{"message":"The sample title is empty. Enter the title and try again."}"#)
            #expect(try await session.send(.delete, "/rest/V1/products/downloadable-links/samples/1", token: token).text == "true")
            #expect(try await session.send(.delete, "/rest/V1/products/downloadable-links/samples/1", token: token).text == #"{"message":"No downloadable sample with the provided ID was found. Verify the ID and try again."}"#)

            let whole = try await session.send(.post, "/rest/V1/products", token: token, body: #"""
                {"product":{"sku":"DL-3","name":"Album","price":9,"type_id":"downloadable","attribute_set_id":4,
                  "extension_attributes":{
                    "downloadable_product_links":[{"title":"Track 1","price":1,"link_type":"file","link_file_content":{"file_data":"SUQz","name_with_extension":"track1.mp3"}}],
                    "downloadable_product_samples":[{"title":"Preview","sample_type":"url","sample_url":"https://a.example/p.mp3"}]}}}
                """#)
            #expect(whole.status == .ok)
            #expect(whole.json?["extension_attributes"]?["downloadable_product_links"] == [["id": 1, "title": "Track 1", "price": 1, "link_type": "file", "link_file": "/t/r/track1.mp3"]])
            #expect(whole.json?["extension_attributes"]?["downloadable_product_samples"] == [["id": 2, "title": "Preview", "sample_type": "url", "sample_url": "https://a.example/p.mp3"]])
            let invalid = try await session.send(.post, "/rest/V1/products", token: token, body: #"{"product":{"sku":"DL-4","name":"Bad","price":9,"type_id":"downloadable","extension_attributes":{"downloadable_product_links":[{"title":"T","price":-1,"link_type":"url","link_url":"https://a.example"}]}}}"#)
            #expect(invalid.text == #"{"message":"Link price must have numeric positive value."}"#)
            #expect(try await session.get("/rest/V1/products/DL-4", token: token).status == .notFound)
        }
    }
}
