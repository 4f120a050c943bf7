import Hummingbird
import NIOCore

/// Per-request state Hummingbird hands the responder: its core storage, the client's address
/// (guests are rate-limited by it) and the connection (fault injection closes it).
public struct MagpieRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    public let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.channel = source.channel
    }
}
