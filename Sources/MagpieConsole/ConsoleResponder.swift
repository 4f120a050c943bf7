import CommerceDomain
import Foundation
import HTTPTypes
import Hummingbird
import MagentoREST
import NIOCore

/// The web console for the people who run Magpie, served beside the REST API.
///
/// Sign-in, the session cookie, CSRF and the ACL check happen here, once, before any page runs;
/// pages are declarations in `ConsolePages`.
public struct ConsoleResponder: Sendable {
    let settings: ConsoleSettings
    let services: ConsoleServices
    let renderer: ConsoleRenderer
    let signer: SessionSigner
    let pages: [ConsolePage]
    let publicPages: [GuestPage]

    public init(settings: ConsoleSettings, services: ConsoleServices) throws {
        self.settings = settings
        self.services = services
        self.renderer = try ConsoleRenderer()
        self.signer = SessionSigner(secret: services.sessionKey)
        self.pages = ConsolePages.all
        self.publicPages = SignInPages.all + AssetPages.all
    }

    /// The console's paths, and Magento's `/swagger`.
    public func claims(path: String) -> Bool {
        path == settings.prefix || path.hasPrefix(settings.prefix + "/") || path == "/swagger"
    }

    public func respond(to request: Request, context: MagpieRequestContext) async throws -> Response {
        let path = request.uri.path == "/swagger" ? "/swagger" : String(request.uri.path.dropFirst(settings.prefix.count))
        let relative = path.isEmpty ? "/" : path
        let body = try await request.body.collect(upTo: 1 << 20)
        let form = FormFields(String(buffer: body))
        let query = FormFields(request.uri.query ?? "")
        let guest = GuestCall(request: request, context: context, form: form, query: query, responder: self)
        for page in publicPages {
            if request.method == page.method, ConsolePage.match(pattern: page.path, relative) != nil {
                return try await guest.run(page)
            }
        }
        guard let (page, parameters) = pages.lazy.compactMap({ page in page.match(request.method, relative).map { (page, $0) } }).first else {
            return response(.html(renderer.render("message", ["title": "Not found", "prefix": settings.prefix, "text": "There is no such page."]), status: .notFound), cookies: [])
        }
        let now = services.clock.now().timeIntervalSince1970
        guard var session = Cookies.value(named: Cookies.session, in: request).flatMap(signer.open),
              now - session.lastSeen <= settings.idleTimeout, now >= session.lastSeen - Self.clockSkew,
              now < session.expires ?? .infinity,
              try await !services.signOuts.isSignedOut(sessionHash: session.signOutKey)
        else {
            let expired = Cookies.value(named: Cookies.session, in: request) != nil
            return response(.redirect(settings.prefix + "/login" + (expired ? "?expired=1" : "")), cookies: [clearedSession()])
        }
        if request.method != .get {
            guard let sent = form["_csrf"], SessionSigner.sameToken(sent, session.csrf) else {
                return response(refusal("The form has expired or did not come from this console. Reload the page and try again."), cookies: [])
            }
        }
        guard session.allows(page.resources(in: services.endpoints)) else {
            return response(refusal("Your role does not include this page."), cookies: [])
        }
        session.lastSeen = now
        let call = ConsoleCall(
            request: request, context: context, parameters: parameters, query: query, form: form, session: session,
            services: services, renderer: renderer, prefix: settings.prefix, idleTimeout: settings.idleTimeout
        )
        let reply: ConsoleReply
        do {
            reply = try await page.handler(call)
        } catch {
            reply = .html(renderer.render("message", ["title": "Something went wrong", "prefix": settings.prefix, "text": "\(error)"]), status: .internalServerError)
        }
        // A page that sets the session cookie itself (sign-out) is not given a fresh one over it.
        let signsOut = reply.headers.contains { $0.0 == .setCookie }
        return response(reply, cookies: signsOut ? [] : [sessionCookie(session, request: request)])
    }

    /// How far ahead of the server's clock a session's last use may be (another node's clock).
    static let clockSkew: TimeInterval = 60

    func refusal(_ text: String) -> ConsoleReply {
        .html(renderer.render("message", ["title": "Forbidden", "prefix": settings.prefix, "text": text]), status: .forbidden)
    }

    func sessionCookie(_ session: ConsoleSession, request: Request) -> String {
        Cookies.line(name: Cookies.session, value: signer.seal(session), path: settings.prefix, secure: isSecure(request))
    }

    func clearedSession() -> String {
        Cookies.line(name: Cookies.session, value: "", path: settings.prefix, secure: settings.servedOverHTTPS, maxAge: 0)
    }

    func isSecure(_ request: Request) -> Bool {
        settings.servedOverHTTPS || request.uri.scheme == .https
            || (settings.trustForwardedProto && request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https")
    }

    func response(_ reply: ConsoleReply, cookies: [String]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = reply.contentType
        // Pages hold tokens and keys: never cached, never framed by another site.
        if reply.headers.first(where: { $0.0 == .cacheControl }) == nil { headers[.cacheControl] = "no-store" }
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Content-Security-Policy")!] = "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        for (name, value) in reply.headers { headers.append(HTTPField(name: name, value: value)) }
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: reply.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: reply.body)))
    }
}
