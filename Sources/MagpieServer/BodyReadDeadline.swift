import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client has not delivered a request body within `timeout` (issue
/// 16: slow clients). The idle timeout covers an unfinished head and the gaps between requests,
/// but a body trickled a byte a second keeps a connection busy, so it never fires.
///
/// Only the time the server spends waiting for the client counts: from each read the server asks
/// for until bytes arrive. While the server does not read (a large body waiting for its turn in
/// `LargeBodyGate`, or a handler not yet consuming it), the clock stops, so a queued upload is
/// never cut off for the server's own delay.
final class BodyReadDeadline: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let timeout: TimeAmount
    private var inBody = false
    /// Time spent waiting for this body's bytes so far.
    private var waited = TimeAmount.zero
    /// When the server asked for bytes it has not received yet; nil while it is not reading.
    private var waitingSince: NIODeadline?
    private var check: Scheduled<Void>?

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            inBody = true
            waited = .zero
            waitingSince = nil
            schedule(in: timeout, context: context)
        case .body:
            settle()
        case .end:
            inBody = false
            waitingSince = nil
            check?.cancel()
            check = nil
        }
        context.fireChannelRead(data)
    }

    func read(context: ChannelHandlerContext) {
        if inBody, waitingSince == nil { waitingSince = .now() }
        context.read()
    }

    func channelInactive(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        check?.cancel()
        check = nil
    }

    private func settle() {
        guard let since = waitingSince else { return }
        waited = waited + (.now() - since)
        waitingSince = nil
    }

    private func schedule(in delay: TimeAmount, context: ChannelHandlerContext) {
        check?.cancel()
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        check = context.eventLoop.scheduleTask(in: delay) {
            let (handler, context) = bound.value
            handler.expire(context: context)
        }
    }

    /// Closes the connection when the client has used up the deadline; otherwise looks again
    /// when it could next run out.
    private func expire(context: ChannelHandlerContext) {
        guard inBody else { return }
        let total = waited + (waitingSince.map { .now() - $0 } ?? .zero)
        if total >= timeout {
            context.close(promise: nil)
        } else {
            schedule(in: max(timeout - total, .milliseconds(10)), context: context)
        }
    }
}
