import CommerceDomain
import CommerceJobs
import CommerceStorage
import Foundation
import HTTPTypes
import Logging
import MagentoREST
import MagentoWire
import MagpieServer
import Testing

@Suite("Two-factor authentication (Google Authenticator)")
struct TwoFactorAuthTests {
    static let credentials = #""username":"admin","password":"\#(TestApp.adminPassword)""#
    static let signInRefused = #"{"message":"The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."}"#
    static let google = #"{"enabled":true,"engine":{"enabled":true},"code":"google","name":"Google Authenticator","icon":"Magento_TwoFactorAuth::images/providers/google.png","reset_allowed":true,"configure_action":"tfa/google/configure","auth_action":"tfa/google/auth","extra_actions":["tfa/google/qr","tfa/google/configurepost","tfa/google/authpost"]}"#

    /// A database file with two-factor on (and `forced` as the forced providers), the app on
    /// it, and a tfat for the bootstrap admin issued at the test clock's time.
    static func withTwoFactor(
        forced: String? = "google", configure: @escaping (inout ServerConfiguration) -> Void = { _ in }, _ body: @escaping @Sendable (TestSession, TestApp, String) async throws -> Void
    ) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("magpie-tfa-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = ServerConfiguration(database: path, adminPassword: TestApp.adminPassword)
        let logger = Logger(label: "test")
        _ = try await ConfigAdmin.set(configuration, scope: .default, scopeCode: nil, path: "twofactorauth/magpie/enabled", value: "1", logger: logger)
        if let forced {
            _ = try await ConfigAdmin.set(configuration, scope: .default, scopeCode: nil, path: "twofactorauth/general/force_providers", value: forced, logger: logger)
        }
        let clock = TestClock()
        let app = try await TestApp.make(clock: clock) { configuration in
            configuration.database = path
            configure(&configuration)
        }
        let tfat = try await TwoFactorAdmin.tfat(configuration, username: "admin", clock: clock, logger: logger)
        try await app.run { session in try await body(session, app, tfat) }
    }

    static func code(_ secret: String, _ clock: TestClock) -> String {
        Totp(secret: Base32.decode(secret) ?? []).code(at: clock.now())
    }

    @Test("an admin configures Google with the tfat, activates it with a code, then signs in with password and code only")
    func configureActivateAuthenticate() async throws {
        try await Self.withTwoFactor { session, app, tfat in
            let refused = try await session.send(.post, "/rest/V1/integration/admin/token", body: "{\(Self.credentials)}")
            #expect(refused.status == .badRequest)
            #expect(refused.text == #"{"message":"You are required to configure personal Two-Factor Authorization in order to login. Please check your email.","parameters":{"providers":["google"],"active_providers":[]}}"#)
            let wrongPassword = try await session.send(.post, "/rest/V1/integration/admin/token", body: #"{"username":"admin","password":"nope"}"#)
            #expect(wrongPassword.status == .unauthorized)
            #expect(wrongPassword.text == Self.signInRefused)

            let toActivate = try await session.get("/rest/V1/tfa/tfat-providers-to-activate?tfaToken=\(tfat)")
            #expect(toActivate.text == "[\(Self.google)]")
            #expect(try await session.get("/rest/V1/tfa/tfat-user-providers?tfaToken=\(tfat)").text == "[\(Self.google)]")
            let badTfat = try await session.get("/rest/V1/tfa/tfat-user-providers?tfaToken=abc")
            #expect(badTfat.status == .unauthorized)
            #expect(badTfat.text == #"{"message":"Invalid token."}"#)

            let garbage = try await session.send(.post, "/rest/V1/tfa/provider/google/configure", body: #"{"tfaToken":"abc"}"#)
            #expect(garbage.status == .unauthorized)
            #expect(garbage.text == #"{"message":"Invalid two-factor authorization token"}"#)
            let configured = try await session.send(.post, "/rest/V1/tfa/provider/google/configure", body: #"{"tfaToken":"\#(tfat)"}"#)
            #expect(configured.status == .ok)
            let secret = configured.json?["secret_code"]?.stringValue ?? ""
            #expect(secret.count == 32 && Base32.decode(secret)?.count == 20)
            // The picture is the QR code of otphp's provisioning URI for the admin at the store's host.
            let uri = "otpauth://totp/magpie.test%3Aadmin%40example.com?issuer=magpie.test&secret=\(secret)"
            let png = try #require(QRCode(uri)).png()
            #expect(configured.text == #"{"qr_code_base64":"\#(Data(png).base64EncodedString())","secret_code":"\#(secret)"}"#)
            let again = try await session.send(.post, "/rest/V1/tfa/provider/google/configure", body: #"{"tfaToken":"\#(tfat)"}"#)
            #expect(again.json?["secret_code"]?.stringValue == secret)

            let wrongCode = try await session.send(.post, "/rest/V1/tfa/provider/google/activate", body: #"{"tfaToken":"\#(tfat)","otp":"000000x"}"#)
            #expect(wrongCode.status == .unauthorized)
            #expect(wrongCode.text == #"{"message":"Invalid code."}"#)
            let activated = try await session.send(
                .post, "/rest/V1/tfa/provider/google/activate", body: #"{"tfaToken":"\#(tfat)","otp":"\#(Self.code(secret, app.clock))"}"#
            )
            #expect(activated.status == .ok)
            #expect(activated.text == "[]")
            let twice = try await session.send(.post, "/rest/V1/tfa/provider/google/configure", body: #"{"tfaToken":"\#(tfat)"}"#)
            #expect(twice.status == .badRequest)
            #expect(twice.text == #"{"message":"Provider is already configured."}"#)
            #expect(try await session.get("/rest/V1/tfa/tfat-providers-to-activate?tfaToken=\(tfat)").text == "[]")

            let useProviders = try await session.send(.post, "/rest/V1/integration/admin/token", body: "{\(Self.credentials)}")
            #expect(useProviders.status == .badRequest)
            #expect(useProviders.text == #"{"message":"Please use the 2fa provider-specific endpoints to obtain a token.","parameters":{"active_providers":["google"]}}"#)
            let badOtp = try await session.send(.post, "/rest/V1/tfa/provider/google/authenticate", body: #"{\#(Self.credentials),"otp":"123"}"#)
            #expect(badOtp.status == .unauthorized)
            #expect(badOtp.text == #"{"message":"Invalid code."}"#)
            let badPassword = try await session.send(
                .post, "/rest/V1/tfa/provider/google/authenticate",
                body: #"{"username":"admin","password":"nope","otp":"\#(Self.code(secret, app.clock))"}"#
            )
            #expect(badPassword.status == .unauthorized)
            #expect(badPassword.text == Self.signInRefused)

            // A code stays good for the leeway (29 s) past its step, and no longer.
            let earlier = Self.code(secret, app.clock)
            app.clock.advance(by: 30)
            let late = try await session.send(.post, "/rest/V1/tfa/provider/google/authenticate", body: #"{\#(Self.credentials),"otp":"\#(earlier)"}"#)
            #expect(late.status == .ok)
            app.clock.advance(by: 30)
            let stale = try await session.send(.post, "/rest/V1/tfa/provider/google/authenticate", body: #"{\#(Self.credentials),"otp":"\#(earlier)"}"#)
            #expect(stale.status == .unauthorized)

            let signedIn = try await session.send(
                .post, "/rest/V1/tfa/provider/google/authenticate", body: #"{\#(Self.credentials),"otp":"\#(Self.code(secret, app.clock))"}"#
            )
            #expect(signedIn.status == .ok)
            guard case .string(let token) = signedIn.json else {
                Issue.record("not a token: \(signedIn.text)")
                return
            }
            #expect(try await session.get("/rest/V1/store/websites", token: token).status == .ok)
        }
    }

    @Test("the management routes list providers and keep each user's codes and default; unknown providers are refused")
    func management() async throws {
        try await Self.withTwoFactor { session, app, tfat in
            let secret = try await session.send(.post, "/rest/V1/tfa/provider/google/configure", body: #"{"tfaToken":"\#(tfat)"}"#)
                .json?["secret_code"]?.stringValue ?? ""
            _ = try await session.send(.post, "/rest/V1/tfa/provider/google/activate", body: #"{"tfaToken":"\#(tfat)","otp":"\#(Self.code(secret, app.clock))"}"#)
            let signedIn = try await session.send(.post, "/rest/V1/tfa/provider/google/authenticate", body: #"{\#(Self.credentials),"otp":"\#(Self.code(secret, app.clock))"}"#)
            let token = signedIn.json?.stringValue ?? ""

            let installed = try await session.get("/rest/V1/tfa/installed-providers?fields=code,enabled", token: token)
            #expect(installed.text == #"[{"enabled":true,"code":"google"},{"enabled":false,"code":"duo_security"},{"enabled":false,"code":"authy"},{"enabled":false,"code":"u2fkey"}]"#)
            #expect(try await session.get("/rest/V1/tfa/forced-providers", token: token).text == "[\(Self.google)]")
            #expect(try await session.get("/rest/V1/tfa/user-providers/1", token: token).text == "[\(Self.google)]")
            #expect(try await session.get("/rest/V1/tfa/providers-to-activate/1", token: token).text == "[]")
            #expect(try await session.get("/rest/V1/tfa/default-provider-code/1", token: token).text == #""""#)
            #expect(try await session.send(.put, "/rest/V1/tfa/default-provider-code/1", token: token, body: #"{"providerCode":"google"}"#).text == "true")
            #expect(try await session.get("/rest/V1/tfa/default-provider-code/1", token: token).text == #""google""#)
            let authy = try await session.send(.put, "/rest/V1/tfa/default-provider-code/1", token: token, body: #"{"providerCode":"authy"}"#)
            #expect(authy.status == .notFound)
            #expect(authy.text == #"{"message":"Unknown or not enabled provider %1 for this user","parameters":["authy"]}"#)
            #expect(try await session.send(.put, "/rest/V1/tfa/user-providers/1", token: token, body: #"{"providersCodes":"google"}"#).text == "true")
            let mixed = try await session.send(.put, "/rest/V1/tfa/user-providers/1", token: token, body: #"{"providersCodes":"google, u2fkey"}"#)
            #expect(mixed.status == .notFound)
            #expect(mixed.text == #"{"message":"Unknown or not enabled provider %1 for this user","parameters":["u2fkey"]}"#)

            let guest = try await session.get("/rest/V1/tfa/forced-providers")
            #expect(guest.status == .unauthorized)
            #expect(guest.text == #"{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_TwoFactorAuth::tfa"}}"#)
        }
    }

    @Test("Authy, Duo and U2F are refused as Magento refuses a provider that is not forced, after the token or password check")
    func otherProvidersRefused() async throws {
        // Two dozen refusals in a row: more than the per-address login bucket lets through.
        try await Self.withTwoFactor(configure: { $0.rateLimits.enabled = false }) { session, _, tfat in
            for path in ["authy/configure", "authy/activate", "duo_security/configure", "duo_security/activate", "u2fkey/configure", "u2fkey/activate"] {
                let reply = try await session.send(.post, "/rest/V1/tfa/provider/\(path)", body: #"{"tfaToken":"\#(tfat)"}"#)
                #expect(reply.status == .badRequest, "\(path)")
                #expect(reply.text == #"{"message":"Provider is not allowed."}"#, "\(path)")
                let garbage = try await session.send(.post, "/rest/V1/tfa/provider/\(path)", body: #"{"tfaToken":"abc"}"#)
                #expect(garbage.status == .unauthorized, "\(path)")
            }
            for path in [
                "authy/authenticate", "authy/send-token/sms", "authy/authenticate-onetouch", "duo_security/get-authentication-data",
                "duo_security/authenticate", "u2fkey/authentication-challenge", "u2fkey/verify",
            ] {
                let reply = try await session.send(.post, "/rest/V1/tfa/provider/\(path)", body: "{\(Self.credentials)}")
                #expect(reply.status == .badRequest, "\(path)")
                #expect(reply.text == #"{"message":"Provider is not allowed."}"#, "\(path)")
                let wrong = try await session.send(.post, "/rest/V1/tfa/provider/\(path)", body: #"{"username":"admin","password":"nope"}"#)
                #expect(wrong.text == Self.signInRefused, "\(path)")
            }
            let google = try await session.send(.post, "/rest/V1/tfa/provider/google/authenticate", body: #"{\#(Self.credentials),"otp":"123456"}"#)
            #expect(google.status == .badRequest)
            #expect(google.text == #"{"message":"Provider is not configured."}"#)
        }
    }

    @Test("wrong passwords on the Google route lock the account as on admin/token; the audit log keeps paths, never secrets or codes")
    func lockoutAndAudit() async throws {
        try await Self.withTwoFactor { session, app, tfat in
            let configured = try await session.send(.post, "/rest/V1/tfa/provider/google/configure", body: #"{"tfaToken":"\#(tfat)"}"#)
            let secret = configured.json?["secret_code"]?.stringValue ?? ""
            let otp = Self.code(secret, app.clock)
            _ = try await session.send(.post, "/rest/V1/tfa/provider/google/activate", body: #"{"tfaToken":"\#(tfat)","otp":"\#(otp)"}"#)
            for _ in 0..<6 {
                _ = try await session.send(.post, "/rest/V1/tfa/provider/google/authenticate", body: #"{"username":"admin","password":"nope","otp":"\#(otp)"}"#)
            }
            let locked = try await session.send(.post, "/rest/V1/tfa/provider/google/authenticate", body: #"{\#(Self.credentials),"otp":"\#(otp)"}"#)
            #expect(locked.status == .unauthorized)
            #expect(locked.text == Self.signInRefused)
            let lockedToo = try await session.send(.post, "/rest/V1/integration/admin/token", body: "{\(Self.credentials)}")
            #expect(lockedToo.text == Self.signInRefused)

            try await app.magpie.auditWriter.flush()
            let records = try await app.magpie.storage.audit.search(SearchCriteria())
            #expect(records.items.contains { $0.path == "/rest/V1/tfa/provider/google/configure" && $0.status == 200 })
            let written = records.items.map { "\($0.path) \($0.entityIds ?? "")" }.joined(separator: "\n")
            #expect(!written.contains(secret))
            #expect(!written.contains(otp))
            #expect(!written.contains(tfat))
        }
    }

    @Test("failed calls to the provider routes drain the per-address login bucket, so codes cannot be guessed at speed")
    func guessesAreRateLimited() async throws {
        try await Self.withTwoFactor { session, _, _ in
            var statuses: [Int] = []
            for _ in 0..<21 {
                let reply = try await session.send(.post, "/rest/V1/tfa/provider/google/authenticate", body: #"{\#(Self.credentials),"otp":"000000"}"#)
                statuses.append(reply.status.code)
            }
            #expect(statuses.prefix(20).allSatisfy { $0 == 400 })
            #expect(statuses.last == 429)
        }
    }

    @Test("on with no forced provider, the admin token is refused until an administrator picks one")
    func noForcedProvider() async throws {
        try await Self.withTwoFactor(forced: nil) { session, _, tfat in
            let refused = try await session.send(.post, "/rest/V1/integration/admin/token", body: "{\(Self.credentials)}")
            #expect(refused.status == .badRequest)
            #expect(refused.text == #"{"message":"Please ask an administrator with sufficient access to configure 2FA first"}"#)
            let configure = try await session.send(.post, "/rest/V1/tfa/provider/google/configure", body: #"{"tfaToken":"\#(tfat)"}"#)
            #expect(configure.text == #"{"message":"Provider is not allowed."}"#)
        }
    }

    @Test("off (the default), admin tokens come from admin/token and the /V1/tfa routes do not exist")
    func offByDefault() async throws {
        try await TestApp.make().run { session in
            let token = try await session.adminToken()
            for (method, path) in [(HTTPRequest.Method.get, "/rest/V1/tfa/forced-providers"), (.post, "/rest/V1/tfa/provider/google/authenticate")] {
                let reply = try await session.send(method, path, token: token, body: "{\(Self.credentials),\"otp\":\"1\"}")
                #expect(reply.status == .notFound)
                #expect(reply.text == #"{"message":"Request does not match any route."}"#)
            }
        }
    }
}
