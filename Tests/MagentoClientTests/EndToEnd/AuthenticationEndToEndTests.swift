import Foundation
import MagentoClient
import MagentoWire
import Testing

@Suite(.serialized) struct AuthenticationEndToEndTests {
    @Test func anAdminLogsInAndGetsANewTokenWhenTheOldOneExpires() async throws {
        try await LiveMagpie.run { magpie in
            let client = magpie.adminClient()
            _ = try await client.products.save(CatalogFixtures.product("AUTH-1"))
            #expect(client.statistics.tokenRefreshes == 0)
            // Past the 4-hour admin token lifetime: the server now answers 401 to the old token.
            magpie.clock.advance(by: 5 * 3600)
            let product = try await client.products.get("AUTH-1")
            #expect(product.sku == "AUTH-1")
            #expect(client.statistics.tokenRefreshes == 1)
        }
    }

    @Test func wrongAdminCredentialsAreMagentosMessage() async throws {
        try await LiveMagpie.run { magpie in
            let client = MagentoClient(MagentoClientConfiguration(
                baseURL: magpie.baseURL, credentials: .admin(username: "admin", password: "wrong"), retry: .none
            ))
            do {
                _ = try await client.products.list()
                Issue.record("expected the login to fail")
            } catch let error as MagentoClientError {
                #expect(error.status == 401)
                #expect(error.message.contains("The account sign-in was incorrect"))
            }
        }
    }

    @Test func anUnknownBearerTokenIsRefusedWithTheResourceNamed() async throws {
        try await LiveMagpie.run { magpie in
            let client = MagentoClient(MagentoClientConfiguration(baseURL: magpie.baseURL, credentials: .bearer("not-a-token")))
            do {
                _ = try await client.products.get("X")
                Issue.record("expected a 401")
            } catch let error as MagentoClientError {
                #expect(error.code == .unauthorized)
                #expect(error.magentoError?.renderedMessage == "The consumer isn't authorized to access Magento_Catalog::products.")
                #expect(error.message == "The consumer isn't authorized to access Magento_Catalog::products."
                    + " (the token was refused: the token may have expired or been revoked, or it lacks access)")
            }
        }
    }

    @Test func magentoErrorsArriveWithParametersFilledIn() async throws {
        try await LiveMagpie.run { magpie in
            var product = CatalogFixtures.product("BAD-1")
            product.status = 7
            do {
                _ = try await magpie.adminClient().products.save(product)
                Issue.record("expected a 400")
            } catch let error as MagentoClientError {
                #expect(error.status == 400)
                #expect(error.message == #"Invalid value of "7" provided for the status field."#)
                #expect(error.magentoError?.message == #"Invalid value of "%1" provided for the %2 field."#)
            }
        }
    }
}
