import Foundation
import FoundationXML
import HTTPTypes
import Testing

/// A parsed XML answer as a SOAP test reads it: local names, namespaces, text.
struct XMLNode: Sendable {
    var name: String
    var namespace: String?
    var attributes: [String: String] = [:]
    var children: [XMLNode] = []
    var text = ""

    /// Follows a path of local names, taking the first match at each step.
    subscript(_ path: String...) -> XMLNode? {
        var node: XMLNode? = self
        for step in path { node = node?.children.first { $0.name == step } }
        return node
    }

    /// Every descendant (and self) with this local name.
    func all(_ name: String) -> [XMLNode] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    static func parse(_ text: String) -> XMLNode? {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        let builder = XMLNodeBuilder()
        parser.delegate = builder
        return parser.parse() ? builder.root : nil
    }
}

private final class XMLNodeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLNode] = []
    var root: XMLNode?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        stack.append(XMLNode(name: name, namespace: namespaceURI, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let node = stack.popLast() else { return }
        if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
    }
}

/// SOAP calls and schema checks the SOAP tests share.
extension TestSession {
    static let soapBase = "http://magpie.test/soap/default?services="

    /// POSTs `<op>Request` with `arguments` (already XML) inside a SOAP 1.2 envelope.
    func soap(_ service: String, _ operation: String, _ arguments: String, token: String?, store: String = "default") async throws -> TestReply {
        let body = """
        <?xml version="1.0" encoding="UTF-8"?>
        <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:ns1="\(Self.soapBase)\(service)">\
        <env:Body><ns1:\(service)\(operation)Request>\(arguments)</ns1:\(service)\(operation)Request></env:Body></env:Envelope>
        """
        return try await send(.post, "/soap/\(store)?services=\(service)", token: token, body: body, contentType: "application/soap+xml")
    }

    func wsdl(_ services: String, token: String?) async throws -> TestReply {
        try await send(.get, "/soap/default?wsdl&services=\(services)", token: token)
    }
}

extension TestReply {
    var xml: XMLNode? { XMLNode.parse(text) }
    /// The body's first element (the `…Response` or the `Fault`).
    var soapBody: XMLNode? { xml?["Body"]?.children.first }
}

/// Validates documents with `xmllint` (Debian's libxml2-utils, installed by `.ci/run`).
enum SchemaValidator {
    static let xmllint = "/usr/bin/xmllint"

    /// The WSDL's `xsd:schema`, which declares its own namespaces so it stands alone.
    static func schema(ofWSDL wsdl: String) -> String? {
        guard let start = wsdl.range(of: "<xsd:schema"), let end = wsdl.range(of: "</xsd:schema>") else { return nil }
        return String(wsdl[start.lowerBound..<end.upperBound])
    }

    /// The SOAP answer's payload: the body's child element, which declares its own namespace.
    static func payload(ofEnvelope envelope: String) -> String? {
        guard let body = envelope.range(of: "<env:Body>"), let end = envelope.range(of: "</env:Body>") else { return nil }
        return String(envelope[body.upperBound..<end.lowerBound])
    }

    /// `xmllint --schema`: nil when the instance is valid, else xmllint's complaint.
    ///
    /// Runs on a dispatch thread, not the test's task: waiting for the process there would hold
    /// one of the few cooperative threads every test shares (two on a 2-core machine) for the
    /// whole run, and live servers in parallel suites would stall behind it.
    static func problems(schema: String, instance: String) async throws -> String? {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blockingProblems(schema: schema, instance: instance) })
            }
        }
    }

    private static func blockingProblems(schema: String, instance: String) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: xmllint) else { return "xmllint is not installed (apt-get install libxml2-utils)" }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("soap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schemaFile = directory.appendingPathComponent("schema.xsd")
        let instanceFile = directory.appendingPathComponent("instance.xml")
        try Data(schema.utf8).write(to: schemaFile)
        try Data(instance.utf8).write(to: instanceFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--nonet", "--schema", schemaFile.path, instanceFile.path]
        let output = Pipe()
        process.standardError = output
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : text
    }
}
