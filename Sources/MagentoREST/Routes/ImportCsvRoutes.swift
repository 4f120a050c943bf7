import CommerceDomain
import Foundation
import HTTPTypes
import MagentoWire

/// `POST /V1/import/csv` (ImportCsvApi): Magento's base64 CSV import, as PIMs push catalogs.
/// The answer is always a list of messages, as Magento's: the row errors, or how many
/// entities were processed.
public struct ImportCsvRoutes: Sendable {
    let importer: CsvImport

    public init(importer: CsvImport) {
        self.importer = importer
    }

    public var endpoints: [Endpoint] {
        [
            Endpoint(.post, "/V1/import/csv", access: .resources(["Magento_ImportCsvApi::import_api"]),
                     service: "importCsvApiStartImportV1", operation: "execute",
                     summary: "Start import operation", body: [.required("source", ImportSourceData.self)]) { [importer] call in
                try await importer.run(try call.argument("source", as: ImportSourceData.self), stores: call.stores) { error in
                    (error as? CommerceError).map { ErrorRenderer.body(of: $0).renderedMessage } ?? "\(error)"
                }
            },
        ]
    }
}
