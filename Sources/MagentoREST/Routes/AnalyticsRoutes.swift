import CommerceDomain
import HTTPTypes
import MagentoWire

/// `GET /V1/analytics/link` (Magento_Analytics): where Adobe's Advanced Reporting service
/// downloads the store's encrypted report file. The file is prepared only for a store subscribed
/// to Advanced Reporting, which needs Adobe's service; Magpie is never subscribed, so it answers
/// as an unsubscribed Magento store does: the file is not ready.
public struct AnalyticsRoutes: Sendable {
    public init() {}

    public var endpoints: [Endpoint] {
        [
            Endpoint(.get, "/V1/analytics/link", access: .resources(["Magento_Analytics::analytics_api"]),
                     service: "analyticsLinkProviderV1", operation: "get", summary: "Get the link to the collected report data file",
                     returns: AnalyticsLink.self) { _ -> AnalyticsLink in
                throw CommerceError.notFound(message: "File is not ready yet.")
            },
        ]
    }
}
