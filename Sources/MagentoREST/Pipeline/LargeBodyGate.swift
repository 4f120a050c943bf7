import HTTPTypes
import Hummingbird
#if canImport(Glibc)
import Glibc
#endif

/// Bounds how many requests with large bodies are handled at once (issue 16, 7): parsing a
/// body into JSON values and binding it costs several times its size, so 16 parallel 15 MB
/// bodies took 745 MB. Past `limit`, large requests wait their turn (first come, first served);
/// small ones never wait.
actor LargeBodyGate {
    let threshold: Int
    let limit: Int
    private var running = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(threshold: Int, limit: Int) {
        self.threshold = threshold
        self.limit = max(1, limit)
    }

    /// Whether `request` counts as large: a declared length past the threshold, or a body
    /// without a length (chunked), whose size is known only once read.
    nonisolated func isLarge(_ request: Request) -> Bool {
        guard request.method == .post || request.method == .put || request.method == .delete else { return false }
        if let length = request.headers[.contentLength].flatMap(Int.init) { return length > threshold }
        return request.headers[.transferEncoding] != nil
    }

    private func enter() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Answers whether this was the last large request running.
    private func leave() -> Bool {
        if waiters.isEmpty {
            running -= 1
            return running == 0
        } else {
            // The slot passes straight to the oldest waiter.
            waiters.removeFirst().resume()
            return false
        }
    }

    /// Runs `body` in a slot when `request` is large, directly otherwise.
    nonisolated func run<T: Sendable>(_ request: Request, _ body: () async -> T) async -> T {
        guard isLarge(request) else { return await body() }
        await enter()
        let result = await body()
        if await leave() { Self.returnFreedMemory() }
        return result
    }

    /// Hands the heap freed by the last large request back to the system: glibc keeps freed
    /// memory in its arenas, so 16 parallel 15 MB bodies left hundreds of MB resident long after
    /// they were answered (issue 16, 7).
    static func returnFreedMemory() {
        #if canImport(Glibc)
        _ = mallocTrim?(0)
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `malloc_trim`, looked up at run time: its header is not part of the Glibc module.
    static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif
}
