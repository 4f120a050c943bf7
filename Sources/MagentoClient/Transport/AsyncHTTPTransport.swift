import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// The default transport: AsyncHTTPClient's shared client (no redirects followed, as Magento clients expect).
public struct AsyncHTTPTransport: MagentoTransport {
    /// Bodies larger than this are refused rather than buffered.
    public var maximumResponseBytes: Int
    private let client: HTTPClient

    public init(client: HTTPClient = .shared, maximumResponseBytes: Int = 256 * 1024 * 1024) {
        self.client = client
        self.maximumResponseBytes = maximumResponseBytes
    }

    public func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let timeAmount = TimeAmount.nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000
            + timeout.components.attoseconds / 1_000_000_000)
        do {
            let response = try await client.execute(outgoing, timeout: timeAmount)
            let body = try await response.body.collect(upTo: maximumResponseBytes)
            return TransportResponse(
                status: Int(response.status.code),
                headers: response.headers.map { (name: $0.name, value: $0.value) },
                body: Array(body.readableBytesView)
            )
        } catch let error as HTTPClientError {
            throw MagentoClientError.transport(String(describing: error), timedOut: Self.isTimeout(error))
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw MagentoClientError.transport(String(describing: error), timedOut: false)
        }
    }

    static func isTimeout(_ error: HTTPClientError) -> Bool {
        [HTTPClientError.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(error)
    }
}
