import CommerceDomain
import MagentoWire
import SQLKit

/// Wire documents to and from the `document` column.
enum SalesDocumentCoding {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        try MagentoEncoder().encode(value).jsonString
    }

    static func decode<T: Decodable>(_ type: T.Type, from row: any SQLRow) throws -> T {
        try MagentoDecoder().decode(type, from: try JSONValue.parse(try row.decode(column: "document", as: String.self)))
    }

    static let noSuchEntity = CommerceError.notFound(
        message: "The entity that was requested doesn't exist. Verify the entity and try again."
    )
}
