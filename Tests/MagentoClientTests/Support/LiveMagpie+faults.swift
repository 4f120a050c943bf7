import Foundation
import MagentoClient
import MagentoREST
import MagentoWire
import Testing

/// Fault rules and server-side counters of a ``LiveMagpie``, read and set through its own admin
/// routes, so a test checks what the server did rather than what the client believes.
extension LiveMagpie {
    /// How often one fault rule matched and fired.
    struct FaultCount: Equatable {
        var name: String
        var matched: Int
        var fired: Int
    }

    /// Replaces the fault rules (`PUT /V1/magpie/faults`; every counter restarts at 0).
    func setFaults(_ json: String) async throws {
        let rules = try JSONValue.parse(json)
        _ = try await adminClient().send(try MagentoRequest<JSONValue>(.put, ["magpie", "faults"], object: [("faults", rules)]))
    }

    /// Each rule's counters (`GET /V1/magpie/faults`).
    func faultCounts() async throws -> [FaultCount] {
        let rules = try await adminClient().send(MagentoRequest<JSONValue>(.get, ["magpie", "faults"]))
        return (rules["rules"]?.arrayValue ?? []).map { rule in
            FaultCount(
                name: rule["name"]?.stringValue ?? "",
                matched: rule["matched"]?.numberText.flatMap { Int($0) } ?? -1,
                fired: rule["fired"]?.numberText.flatMap { Int($0) } ?? -1
            )
        }
    }

    /// One sample of `GET /metrics`, e.g. `magpie_http_requests_total{route="POST /V1/products",status="200"}`; 0 when absent.
    func metric(_ series: String) async throws -> Int {
        let response = try await AsyncHTTPTransport().send(TransportRequest(method: .get, url: baseURL + "/metrics"), timeout: .seconds(10))
        let text = String(decoding: response.body, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Int(Double(line.dropFirst(series.count + 1).trimmingCharacters(in: .whitespaces)) ?? -1)
        }
        return 0
    }

    /// Every SKU in the store matching a `like` pattern.
    func skus(like pattern: String) async throws -> [String] {
        let criteria = SearchCriteriaBuilder().where("sku", .like, pattern).build()
        return try await adminClient().products.keysetPages(criteria, pageSize: 300).allItems().compactMap(\.sku)
    }
}

extension LiveMagpie {
    /// A new, activated integration allowed everything; answers its access token (sent as Bearer).
    func integrationToken(_ name: String) async throws -> String {
        let admin = adminClient()
        let integration: [(String, any Encodable)] = [("integration", IntegrationRecord(name: name, resources: ["Magento_Backend::all"]))]
        let created = try await admin.send(try MagentoRequest<IntegrationRecord>(.post, ["integrations"], object: integration))
        let active = try await admin.send(MagentoRequest<IntegrationRecord>(.post, ["integrations", String(created.id ?? 0), "activate"]))
        return try #require(active.accessToken)
    }

    /// A seed whose first firing of a rule at `rate` (rule index 0) is the `n`-th matching request, n in `range`:
    /// so a test can place a one-off fault mid-run rather than on the first request.
    static func seed(firstFiringIn range: ClosedRange<Int>, rate: Double) -> UInt64 {
        (1...UInt64(100_000)).first { seed in
            let first = (1...range.upperBound).first { FaultDice.fires(rate: rate, seed: seed, rule: 0, request: $0) }
            return first.map { range.contains($0) } ?? false
        } ?? 1
    }
}
