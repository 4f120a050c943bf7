import Hummingbird
import NIOCore

/// Per-request state Hummingbird hands the responder: its core storage and the client's address
/// (guests are rate-limited by it).
public struct MagpieRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }
}
