import CommerceDomain
import Synchronization
import Testing

/// What ran, in order.
final class EventLog: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

@Suite("State gate: a restore runs alone, between requests")
struct StateGateTests {
    /// Yields until `condition` holds (the other tasks get to run; no clock is involved), or
    /// gives up after many yields and says so.
    static func settle(_ condition: () -> Bool) async -> Bool {
        for _ in 0..<100_000 {
            if condition() { return true }
            await Task.yield()
        }
        return condition()
    }

    @Test("exclusive work waits for the shared work running, and shared work arriving meanwhile waits for it")
    func exclusiveBetweenShared() async throws {
        let gate = StateGate()
        let log = EventLog()
        let (entered, signalEntered) = AsyncStream.makeStream(of: Void.self)
        let (release, signalRelease) = AsyncStream.makeStream(of: Void.self)
        let first = Task {
            await gate.shared {
                log.append("first starts")
                signalEntered.yield()
                for await _ in release { break }
                log.append("first ends")
            }
        }
        for await _ in entered { break }
        let restore = Task { await gate.exclusive { log.append("restore") } }
        #expect(await Self.settle { gate.waiting.exclusive == 1 })
        let second = Task { await gate.shared { log.append("second") } }
        #expect(await Self.settle { gate.waiting.shared == 1 }, "shared work arriving behind a restore must wait")
        #expect(log.all == ["first starts"])
        signalRelease.yield()
        await first.value
        await restore.value
        await second.value
        #expect(log.all == ["first starts", "first ends", "restore", "second"])
        #expect(gate.waiting == (shared: 0, exclusive: 0))
    }

    @Test("shared work runs side by side when no exclusive work waits")
    func sharedSideBySide() async throws {
        let gate = StateGate()
        let (inside, signalInside) = AsyncStream.makeStream(of: Int.self)
        let (release, signalRelease) = AsyncStream.makeStream(of: Void.self)
        let holders = (0..<3).map { index in
            Task {
                await gate.shared {
                    signalInside.yield(index)
                    for await _ in release { break }
                }
            }
        }
        var seen = Set<Int>()
        for await index in inside {
            seen.insert(index)
            if seen.count == 3 { break }
        }
        #expect(seen == [0, 1, 2])
        signalRelease.finish()
        for holder in holders { await holder.value }
        await gate.exclusive {}
    }
}
