import CommerceDomain
import Foundation
import MagentoREST
import Testing

@Suite("Verified token cache")
struct VerifiedTokenCacheTests {
    let start = Date(timeIntervalSince1970: 1_000)

    @Test("a remembered token is returned until it expires")
    func expiry() {
        let cache = VerifiedTokenCache()
        cache.remember("t", as: .admin(userId: 1), until: start.addingTimeInterval(60))
        #expect(cache.identity(for: "t", now: start) == .admin(userId: 1))
        #expect(cache.identity(for: "t", now: start.addingTimeInterval(60)) == nil)
        #expect(cache.identity(for: "t", now: start) == nil)
    }

    @Test("an unknown token is not an identity")
    func unknown() {
        #expect(VerifiedTokenCache().identity(for: "nope", now: start) == nil)
    }

    @Test("a full cache starts again rather than growing")
    func bounded() {
        let cache = VerifiedTokenCache(capacity: 2)
        cache.remember("a", as: .admin(userId: 1), until: start.addingTimeInterval(60))
        cache.remember("b", as: .admin(userId: 2), until: start.addingTimeInterval(60))
        cache.remember("c", as: .admin(userId: 3), until: start.addingTimeInterval(60))
        #expect(cache.identity(for: "a", now: start) == nil)
        #expect(cache.identity(for: "c", now: start) == .admin(userId: 3))
    }
}
