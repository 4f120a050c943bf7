import CommerceDomain
import HTTPTypes
import MagentoWire

/// `GET /V1/events?after=<cursor>&limit=<n>&types=<patterns>`: every committed change, once, in
/// commit order (Magpie's own; Magento has no change feed).
public struct ChangeFeedRoutes: Sendable {
    let events: any EventRepository

    public init(events: any EventRepository) {
        self.events = events
    }

    static let maximumLimit = 1000
    /// How many outbox rows one request may scan while skipping types the caller did not ask for.
    static let scanBudget = 5000

    public var endpoints: [Endpoint] {
        [
            Endpoint(
                .get, "/V1/events", access: .resources(["Magpie_Events::events"]),
                service: "magpieChangeFeedV1", operation: "getPage",
                summary: "Committed change events after a cursor, in commit order.",
                query: [QueryArgument("after", .string), QueryArgument("limit", .string), QueryArgument("types", .string)]
            ) { [events] call in
                let after = try call.optionalArgument("after", as: Int64.self) ?? 0
                let limit = min(max(try call.optionalArgument("limit", as: Int.self) ?? 100, 1), Self.maximumLimit)
                let patterns = EventTypePattern.list(try call.optionalArgument("types", as: String.self))
                return try await Self.page(events, after: after, limit: limit, patterns: patterns)
            },
        ]
    }

    /// Reads forward from the cursor, keeping events whose type matches, until the page is full
    /// or the scan budget is spent (the cursor then still advances past what was skipped).
    static func page(
        _ events: any EventRepository, after: Int64, limit: Int, patterns: [EventTypePattern]
    ) async throws -> ChangeFeedPage {
        var cursor = after
        var items: [EventRecord] = []
        var scanned = 0
        while items.count < limit, scanned < scanBudget {
            let wanted = min(limit * 4, scanBudget - scanned)
            let batch = try await events.events(after: cursor, limit: wanted)
            scanned += batch.count
            for stored in batch {
                cursor = stored.id
                guard patterns.isEmpty || patterns.contains(where: { $0.matches(stored.event.type) }) else { continue }
                items.append(EventRecord(stored))
                if items.count == limit { break }
            }
            if batch.count < wanted { break }   // the end of the outbox
        }
        let hasMore = try await !events.events(after: cursor, limit: 1).isEmpty
        return ChangeFeedPage(items: items, nextCursor: String(cursor), hasMore: hasMore)
    }
}
