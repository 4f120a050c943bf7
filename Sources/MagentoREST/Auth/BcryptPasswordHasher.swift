import CommerceDomain
import HummingbirdBcrypt
import NIOPosix

/// bcrypt from hummingbird-auth, run on NIO's blocking thread pool: one hash takes
/// hundreds of milliseconds at the default cost and must never run on an event loop.
public struct BcryptPasswordHasher: PasswordHasher {
    let cost: UInt8

    public init(cost: UInt8 = 10) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
