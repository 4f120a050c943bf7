import CommerceDomain
import HTTPTypes
import MagentoWire

/// `/V1/integrations…`: create integrations with exactly the ACL resources a system needs,
/// activate them (issuing an access token and secret), rotate and remove them.
public struct IntegrationRoutes: Sendable {
    let integrations: any IntegrationRepository

    public init(integrations: any IntegrationRepository) {
        self.integrations = integrations
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
                     summary: "Create an inactive integration with consumer credentials.", body: ["integration"]) { [integrations] call in
                Self.wire(try await integrations.create(try Self.draft(try call.argument("integration", as: IntegrationRecord.self), current: nil)))
            },
            Endpoint(.get, "/V1/integrations/:integrationId", access: Self.access, service: Self.service, operation: "get",
                     summary: "One integration.") { [integrations] call in
                Self.wire(try await integrations.integration(id: try call.argument("integrationId", as: Int.self)))
            },
            Endpoint(.put, "/V1/integrations/:integrationId", access: Self.access, service: Self.service, operation: "update",
                     summary: "Change an integration; omitted fields keep their value.", body: ["integration"]) { [integrations] call in
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
                     operation: "activate", summary: "Issue a new access token and secret (activates or rotates).") { [integrations] call in
                Self.wire(try await integrations.activate(id: try call.argument("integrationId", as: Int.self)))
            },
        ]
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
