import Foundation
import HTTPTypes
import MagentoREST
import MagpieServer
import Testing

/// Our endpoint table against Magento's own list of operations (docs/reference/
/// magento-rest-operations.tsv): every route Magento also serves has Magento's service name
/// (Swagger tag, SOAP service) and ACL resource, and Magento's placeholder names (core, MSI and
/// Magento_TwoFactorAuth rows).
@Suite("Parity with Magento's operations table")
struct MagentoParityTests {
    struct Row {
        var method: String
        var path: String
        var serviceClass: String
        var acl: String
    }

    static func table() throws -> [String: Row] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/reference/magento-rest-operations.tsv"), encoding: .utf8)
        var rows: [String: Row] = [:]
        for line in text.split(separator: "\n").dropFirst(3) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // Of the bundled extensions, the two-factor routes Magpie serves are compared too.
            guard columns.count >= 6, ["core", "msi"].contains(columns[5]) || columns[4] == "Magento_TwoFactorAuth" else { continue }
            let row = Row(method: columns[0], path: columns[1], serviceClass: columns[2], acl: columns[3])
            rows[row.method + " " + shape(row.path)] = row
        }
        return rows
    }

    /// Placeholders blanked and the trailing slash dropped, as Magento's router compares paths.
    static func shape(_ path: String) -> String {
        path.split(separator: "/").map { $0.hasPrefix(":") ? "{}" : String($0) }.joined(separator: "/")
    }

    /// Magento's service name from the interface: `Magento\Catalog\Api\ProductRepositoryInterface`
    /// is `catalogProductRepositoryV1`.
    static func serviceName(_ serviceClass: String) -> String {
        let interface = serviceClass.components(separatedBy: "::")[0]
        let names = interface.split(separator: "\\").dropFirst().filter { !["Api", "Service", "V1"].contains($0) }.map(String.init)
        guard let module = names.first else { return "" }
        var name = names.count > 1 ? names[names.count - 1] : module
        if name.hasSuffix("Interface") { name.removeLast("Interface".count) }
        let middle = names.count > 2 ? names[1..<(names.count - 1)].joined() : ""
        return module.prefix(1).lowercased() + module.dropFirst() + middle + name + "V1"
    }

    @Test("routes Magento serves have its service names, ACL resources and placeholder names")
    func parity() async throws {
        let table = try Self.table()
        let app = try await TestApp.make()
        var compared = 0
        for endpoint in app.magpie.endpoints {
            let key = endpoint.method.rawValue + " " + Self.shape(endpoint.path.description)
            guard let row = table[key] else { continue }
            compared += 1
            #expect(endpoint.service == Self.serviceName(row.serviceClass), "\(key)")
            #expect(Self.shape(row.path) == Self.shape(endpoint.path.description))
            #expect(endpoint.path.description.trimmingCharacters(in: CharacterSet(charactersIn: "/")) == row.path.trimmingCharacters(in: CharacterSet(charactersIn: "/")), "\(key): placeholder names")
            switch (row.acl, endpoint.access) {
            case ("anonymous", .anonymous), ("self", .selfCustomer): break
            case (let resource, .resources(let names)):
                #expect(names.contains(resource), "\(key): \(names), Magento \(resource)")
            default:
                Issue.record("\(key): \(endpoint.access.resourceNames), Magento \(row.acl)")
            }
        }
        #expect(compared > 300)
        try await app.run { _ in }
    }
}
