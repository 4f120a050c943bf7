import HTTPTypes
import MagentoWire
import Testing

@Suite("SOAP calls run the REST handlers with REST's binding and ACL")
struct SOAPCallTests {
    static let products = "catalogProductRepositoryV1"

    @Test("get answers the product in camelCase, valid against the WSDL's schema")
    func get() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SOAP-1", price: "12.5", qty: 7, token: token)
            let reply = try await session.soap(Self.products, "Get", "<sku>SOAP-1</sku>", token: token)
            #expect(reply.status == .ok)
            #expect(reply.contentType == "application/soap+xml; charset=utf-8")
            let response = try #require(reply.soapBody)
            #expect(response.name == "catalogProductRepositoryV1GetResponse")
            #expect(response.namespace == "http://magpie.test/soap/default?services=catalogProductRepositoryV1")
            let rest = try await session.get("/rest/V1/products/SOAP-1", token: token).json
            #expect(response["result", "sku"]?.text == "SOAP-1")
            #expect(response["result", "attributeSetId"]?.text == rest?["attribute_set_id"]?.numberText)
            #expect(response["result", "price"]?.text == rest?["price"]?.numberText)
            #expect(response["result", "extensionAttributes", "stockItem", "qty"]?.text == "7")
            #expect(response["result", "extensionAttributes", "stockItem", "isInStock"]?.text == "true")
            let wsdl = try await session.wsdl(Self.products, token: token)
            let schema = try #require(SchemaValidator.schema(ofWSDL: wsdl.text))
            let payload = try #require(SchemaValidator.payload(ofEnvelope: reply.text))
            #expect(try await SchemaValidator.problems(schema: schema, instance: payload) == nil)
        }
    }

    @Test("getList binds searchCriteria from elements and answers ArrayOf items")
    func getList() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for sku in ["LIST-A", "LIST-B", "OTHER-C"] { try await session.makeProduct(sku, token: token) }
            let criteria = """
                <searchCriteria><filterGroups><item><filters><item><field>sku</field><value>LIST-%</value>\
                <conditionType>like</conditionType></item></filters></item></filterGroups>\
                <sortOrders><item><field>sku</field><direction>DESC</direction></item></sortOrders><pageSize>10</pageSize></searchCriteria>
                """
            let reply = try await session.soap(Self.products, "GetList", criteria, token: token)
            let result = try #require(reply.soapBody?["result"])
            #expect(result["totalCount"]?.text == "2")
            #expect(result["items"]?.children.compactMap { $0["sku"]?.text } == ["LIST-B", "LIST-A"])
            #expect(result["searchCriteria", "pageSize"]?.text == "10")
            let wsdl = try await session.wsdl(Self.products, token: token)
            let schema = try #require(SchemaValidator.schema(ofWSDL: wsdl.text))
            #expect(try await SchemaValidator.problems(schema: schema, instance: try #require(SchemaValidator.payload(ofEnvelope: reply.text))) == nil)
        }
    }

    @Test("save creates a product that REST then reads")
    func save() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            let product = """
                <product><sku>SOAP-NEW</sku><name>Made over SOAP</name><attributeSetId>4</attributeSetId><price>9.75</price>\
                <typeId>simple</typeId><extensionAttributes><stockItem><qty>3</qty><isInStock>true</isInStock></stockItem></extensionAttributes>\
                <customAttributes><item><attributeCode>url_key</attributeCode><value>made-over-soap</value></item></customAttributes></product>
                """
            let reply = try await session.soap(Self.products, "Save", product, token: token)
            #expect(reply.soapBody?.name == "catalogProductRepositoryV1SaveResponse", "\(reply.text)")
            #expect(reply.soapBody?["result", "sku"]?.text == "SOAP-NEW")
            let rest = try await session.get("/rest/V1/products/SOAP-NEW", token: token)
            #expect(rest.status == .ok)
            #expect(rest.json?["name"] == .string("Made over SOAP"))
            #expect(rest.json?["price"]?.numberText == "9.75")
            #expect(rest.json?["extension_attributes"]?["stock_item"]?["qty"]?.numberText == "3")
        }
    }

    @Test("deleteById removes the product and answers true")
    func delete() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SOAP-GONE", token: token)
            let reply = try await session.soap(Self.products, "DeleteById", "<sku>SOAP-GONE</sku>", token: token)
            #expect(reply.soapBody?["result"]?.text == "true", "\(reply.text)")
            #expect(try await session.get("/rest/V1/products/SOAP-GONE", token: token).status == .notFound)
        }
    }

    @Test("a customer-self operation forces the token's customer id, whatever the body says")
    func customerSelf() async throws {
        try await TestApp.make().run { session in
            let mine = try await session.register("soap-self@example.com")
            let other = try await session.register("soap-other@example.com")
            let token = try await session.customerToken("soap-self@example.com")
            let reply = try await session.soap(
                "customerCustomerRepositoryV1", "GetByIdSelf", "<customerId>\(other)</customerId>", token: token
            )
            #expect(reply.soapBody?["result", "id"]?.text == String(mine), "\(reply.text)")
            #expect(reply.soapBody?["result", "email"]?.text == "soap-self@example.com")
            let admin = try await session.soap(
                "customerCustomerRepositoryV1", "GetById", "<customerId>\(other)</customerId>", token: try await session.adminToken()
            )
            #expect(admin.soapBody?["result", "email"]?.text == "soap-other@example.com")
            let denied = try await session.soap("customerCustomerRepositoryV1", "GetById", "<customerId>\(other)</customerId>", token: token)
            #expect(denied.soapBody?["Reason", "Text"]?.text == "The consumer isn't authorized to access %resources.")
        }
    }

    @Test("an order reads with its items and addresses")
    func order() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            try await session.makeProduct("SALE-1", token: token)
            let placed = try await session.placeOrder(token: token)
            let id = try #require(placed.json?["entity_id"]?.numberText)
            let reply = try await session.soap("salesOrderRepositoryV1", "Get", "<id>\(id)</id>", token: token)
            let result = try #require(reply.soapBody?["result"], "\(reply.text)")
            #expect(result["entityId"]?.text == id)
            #expect(result["items", "item", "sku"]?.text == "SALE-1")
            #expect(result["billingAddress", "city"]?.text == "London")
        }
    }
}
