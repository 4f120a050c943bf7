import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// Sign-in through the REST admin token route itself, so the console gets its password check,
/// lockout, login rate limit and audit record, and the session holds the token REST issued.
enum SignInPages {
    static let all: [GuestPage] = [
        GuestPage(.get, "/login") { call in
            let token = SessionSigner.randomToken()
            let expired = call.query["expired"] != nil
            return (
                call.render("login", ["title": "Sign in", "csrf": token, "problem": expired ? "Your session expired. Sign in again." : nil as String? as Any]),
                [Cookies.line(name: Cookies.signIn, value: token, path: call.prefix, secure: call.responder.isSecure(call.request))]
            )
        },
        GuestPage(.post, "/login") { call in
            guard let sent = call.form["_csrf"], let held = Cookies.value(named: Cookies.signIn, in: call.request),
                  SessionSigner.sameToken(sent, held)
            else {
                return (call.responder.refusal("The sign-in form has expired. Reload the page and try again."), [])
            }
            let username = call.form["username"] ?? ""
            let credentials = JSONValue.object(JSONObject([("username", .string(username)), ("password", .string(call.form["password"] ?? ""))]))
            let api = InProcessAPI(responder: call.responder.services.api, context: call.context, token: nil)
            let answer = try await api.send(.post, "/rest/V1/integration/admin/token", json: String(decoding: credentials.serialized(), as: UTF8.self))
            guard answer.succeeded, let token = answer.json?.stringValue else {
                return (call.render("login", ["title": "Sign in", "csrf": sent, "username": username, "problem": answer.message], status: .unauthorized), [])
            }
            let services = call.responder.services
            let session = ConsoleSession(
                username: username, token: token, resources: try await services.adminResources(username),
                csrf: SessionSigner.randomToken(), lastSeen: services.clock.now().timeIntervalSince1970,
                expires: TokenExpiry.seconds(of: token)
            )
            return (.redirect(call.prefix + "/"), [
                call.responder.sessionCookie(session, request: call.request),
                Cookies.line(name: Cookies.signIn, value: "", path: call.prefix, secure: call.responder.isSecure(call.request), maxAge: 0),
            ])
        },
    ]
}
