import HTTPTypes
import Hummingbird
import NIOCore

extension Request {
    /// The whole body, at most `limit` bytes, in one buffer sized from `Content-Length` up front.
    ///
    /// Accumulating into the first fragment's buffer grows it by doubling, and each growth copies
    /// it: a 15 MB body briefly held a 16 MB and a 32 MB buffer (issue 16, 7). A declared length
    /// past the limit is refused before a byte of the body is read.
    func readWholeBody(upTo limit: Int) async throws -> ByteBuffer {
        let declared = headers[.contentLength].flatMap(Int.init)
        if let declared, declared > limit { throw NIOTooManyBytesError(maxBytes: limit) }
        var buffer = ByteBufferAllocator().buffer(capacity: max(0, declared ?? 0))
        try await body.collect(upTo: limit, into: &buffer)
        return buffer
    }
}
