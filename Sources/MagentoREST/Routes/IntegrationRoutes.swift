import CommerceDomain
import HTTPTypes
import MagentoWire
import OAuth1

/// `/V1/integrations…`: create integrations with exactly the ACL resources a system needs,
/// activate them (issuing an access token and secret), rotate and remove them.
public struct IntegrationRoutes: Sendable {
    let integrations: any IntegrationRepository
    /// Posts the activation credentials to an integration's callback URL (the handshake's start).
    let callback: (any WebhookTransport)?

    public init(integrations: any IntegrationRepository, callback: (any WebhookTransport)? = nil) {
        self.integrations = integrations
        self.callback = callback
    }

    static let access = EndpointAccess.resources(["Magento_Integration::integrations"])
    static let service = "magpieIntegrationRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/integrations", access: Self.access, service: Self.service, operation: "getList",
                     summary: "All integrations.") { [integrations] _ in
                try await integrations.integrations().map(Self.wire)
            },
            Endpoint(.post, "/V1/integrations", access: Self.access, service: Self.service, operation: "create",
                     summary: "Create an inactive integration with consumer credentials.", body: [.required("integration", IntegrationRecord.self)]) { [integrations] call in
                Self.wire(try await integrations.create(try Self.draft(try call.argument("integration", as: IntegrationRecord.self), current: nil)))
            },
            Endpoint(.get, "/V1/integrations/:integrationId", access: Self.access, service: Self.service, operation: "get",
                     summary: "One integration.") { [integrations] call in
                Self.wire(try await integrations.integration(id: try call.argument("integrationId", as: Int.self)))
            },
            Endpoint(.put, "/V1/integrations/:integrationId", access: Self.access, service: Self.service, operation: "update",
                     summary: "Change an integration; omitted fields keep their value.", body: [.required("integration", IntegrationRecord.self)]) { [integrations] call in
                let id = try call.argument("integrationId", as: Int.self)
                let current = try await integrations.integration(id: id)
                let draft = try Self.draft(try call.argument("integration", as: IntegrationRecord.self), current: current)
                return Self.wire(try await integrations.update(id: id, draft))
            },
            Endpoint(.delete, "/V1/integrations/:integrationId", access: Self.access, service: Self.service,
                     operation: "delete", summary: "Remove an integration; its tokens stop working.") { [integrations] call in
                try await integrations.delete(id: try call.argument("integrationId", as: Int.self))
                return true
            },
            Endpoint(.post, "/V1/integrations/:integrationId/activate", access: Self.access, service: Self.service,
                     operation: "activate", summary: "Activate: an integration with a callback URL gets Magento's OAuth handshake; one without gets its access token and secret at once.") { [integrations, callback] call in
                let id = try call.argument("integrationId", as: Int.self)
                let current = try await integrations.integration(id: id)
                guard let endpoint = current.endpoint, !endpoint.isEmpty, let callback else {
                    return Self.wire(try await integrations.activate(id: id))
                }
                return Self.wire(try await Self.startHandshake(id: id, endpoint: endpoint, call: call, integrations: integrations, callback: callback))
            },
        ]
    }

    /// Posts `oauth_consumer_key`, `oauth_consumer_secret`, `store_base_url` and `oauth_verifier` to
    /// the callback URL, as Magento's activation does; the integration becomes active when it trades
    /// its request token at `/oauth/token/access`.
    static func startHandshake(
        id: Int, endpoint: String, call: EndpointCall, integrations: any IntegrationRepository, callback: any WebhookTransport
    ) async throws -> Integration {
        let started = try await integrations.beginHandshake(id: id)
        let fields = [
            ("oauth_consumer_key", started.integration.consumerKey), ("oauth_consumer_secret", started.integration.consumerSecret),
            ("store_base_url", call.baseURL), ("oauth_verifier", started.verifier),
        ]
        let body = fields.map { "\($0.0)=\(OAuthPercentEncoding.encode($0.1))" }.joined(separator: "&")
        let status: Int
        do {
            status = try await callback.post(
                url: endpoint, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Array(body.utf8), timeout: 10
            )
        } catch {
            throw CommerceError.invalidState(message: "The integration's callback URL could not be reached: %1", parameters: [endpoint])
        }
        guard (200..<300).contains(status) else {
            throw CommerceError.invalidState(message: "The integration's callback URL answered %1.", parameters: [String(status)])
        }
        return started.integration
    }

    static func draft(_ input: IntegrationRecord, current: Integration?) throws -> IntegrationDraft {
        let name = input.name ?? current?.name ?? ""
        let resources = input.resources ?? current?.resources ?? []
        var errors: [CommerceError] = []
        if name.isEmpty { errors.append(.required("name")) }
        if resources.isEmpty { errors.append(.required("resources")) }
        if !errors.isEmpty { throw CommerceError.multipleInputErrors(errors) }
        return IntegrationDraft(
            name: name, email: input.email ?? current?.email, endpoint: input.endpoint ?? current?.endpoint,
            identityLinkURL: input.identityLinkUrl ?? current?.identityLinkURL, resources: resources
        )
    }

    static func wire(_ integration: Integration) -> IntegrationRecord {
        IntegrationRecord(
            id: integration.id, name: integration.name, email: integration.email, endpoint: integration.endpoint,
            identityLinkUrl: integration.identityLinkURL, resources: integration.resources,
            status: integration.isActive ? "active" : "inactive", consumerKey: integration.consumerKey,
            consumerSecret: integration.consumerSecret, accessToken: integration.accessToken,
            accessTokenSecret: integration.accessTokenSecret, createdAt: integration.createdAt, updatedAt: integration.updatedAt
        )
    }
}
