import CommerceDomain
import HTTPTypes
import MagentoWire

/// `GET /V1/events/search`: the event outbox through searchCriteria (Magpie's own resource;
/// the cursor-paged change feed builds on the same rows).
public struct EventRoutes: Sendable {
    let events: any EventRepository

    public init(events: any EventRepository) {
        self.events = events
    }

    public var endpoints: [Endpoint] {
        [
            .search(
                "/V1/events/search", access: .resources(["Magpie_Events::events"]),
                service: "magpieEventRepositoryV1", summary: "Search committed change events."
            ) { [events] criteria, _ in
                let page = try await events.search(criteria)
                return SearchPage(items: page.items.map(EventRecord.init), totalCount: page.totalCount)
            },
        ]
    }
}
