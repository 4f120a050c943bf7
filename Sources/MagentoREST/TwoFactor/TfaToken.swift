import CommerceDomain
import Crypto
import Foundation
import MagentoWire

/// The "tfat": Magento's signed, hour-long token that lets an admin user configure their own
/// providers before they can sign in. Its shape is Magento's (base64 of the JSON claims, a dot,
/// and the base64 of the hex HMAC-SHA256 of the claims), so clients that read `user_id` from it
/// keep working; the key is a deployment secret in `magpie_secret`.
public struct TfaTokenSigner: Sendable {
    let key: SymmetricKey
    /// Magento's `SignedTokenManager` accepts a token for less than an hour after it was issued.
    static let lifetime: TimeInterval = 3600

    public init(secret: String) {
        self.key = SymmetricKey(data: Array(secret.utf8))
    }

    public func issue(userId: Int, at date: Date) -> String {
        let claims = #"{"user_id":\#(userId),"tfa_configuration":true,"iss":\#(Int64(date.timeIntervalSince1970))}"#
        return Data((claims + "." + signature(of: claims)).utf8).base64EncodedString()
    }

    /// The user id the token names, before its signature is checked (Magento checks the
    /// provider against it first); nil when the token cannot be read at all.
    public static func claimedUserId(_ token: String) -> Int? {
        claims(token)?["user_id"]?.numberText.flatMap { Int($0) }
    }

    /// True when the token is this deployment's, names `userId`, and is under an hour old.
    public func isValid(_ token: String, for userId: Int, at date: Date) -> Bool {
        guard let (text, signed) = Self.parts(token),
              let claims = try? JSONValue.parse(Array(text.utf8)),
              claims["user_id"]?.numberText.flatMap({ Int($0) }) == userId,
              claims["tfa_configuration"] == .bool(true),
              let issued = claims["iss"]?.numberText.flatMap({ Double($0) })
        else { return false }
        return date.timeIntervalSince1970 - issued < Self.lifetime
            && ConstantTime.equal(signature(of: text), signed)
    }

    func signature(of claims: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(claims.utf8), using: key)
        let hex = mac.lowercaseHex
        return Data(hex.utf8).base64EncodedString()
    }

    static func parts(_ token: String) -> (String, String)? {
        guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8),
              let dot = text.firstIndex(of: ".")
        else { return nil }
        return (String(text[..<dot]), String(text[text.index(after: dot)...]))
    }

    static func claims(_ token: String) -> JSONValue? {
        parts(token).flatMap { try? JSONValue.parse(Array($0.0.utf8)) }
    }
}
