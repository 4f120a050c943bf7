import CommerceDomain
import Foundation
import Hummingbird
import MagentoREST
import MagentoWire

/// One request to a signed-in page: its inputs, the session, and the means to answer.
struct ConsoleCall: Sendable {
    let request: Request
    let context: MagpieRequestContext
    let parameters: [String: String]
    let query: FormFields
    let form: FormFields
    let session: ConsoleSession
    let services: ConsoleServices
    let renderer: ConsoleRenderer
    let prefix: String
    /// How long an unused session lasts (`ConsoleSettings.idleTimeout`).
    let idleTimeout: TimeInterval

    /// The REST pipeline, called in process with the session's token.
    var api: InProcessAPI { InProcessAPI(responder: services.api, context: context, token: session.token) }

    func parameter(_ name: String) -> String { parameters[name] ?? "" }

    /// Ends the session for every copy of its cookie: after this the cookie opens nothing, even
    /// before its idle timeout. The record is kept until that timeout would have ended it.
    func signOut() async throws {
        let now = services.clock.now()
        let until = now.addingTimeInterval(idleTimeout + ConsoleResponder.clockSkew)
        try await services.signOuts.record(sessionHash: session.signOutKey, until: until, now: now)
    }

    /// A page inside the layout: navigation, the signed-in user, and the CSRF token for forms.
    func page(_ template: String, title: String, _ values: [String: Any] = [:]) -> ConsoleReply {
        var context = values
        context["title"] = title
        context["prefix"] = prefix
        context["csrf"] = session.csrf
        context["username"] = session.username
        context["signedIn"] = true
        context["notice"] = query["notice"] as Any
        context["problem"] = query["problem"] as Any
        return .html(renderer.render(template, context))
    }

    /// Back to a page after a form, with a line to show there.
    func redirect(_ path: String, notice: String? = nil, problem: String? = nil) -> ConsoleReply {
        var location = prefix + path
        if let notice { location += (location.contains("?") ? "&" : "?") + "notice=" + Self.queryEncoded(notice) }
        if let problem { location += (location.contains("?") ? "&" : "?") + "problem=" + Self.queryEncoded(problem) }
        return .redirect(location)
    }

    static func queryEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// searchCriteria-style paging from `?page=&size=`, bounded so a page never loads a table.
    var paging: (pageSize: Int, currentPage: Int) {
        let size = min(max(Int(query["size"] ?? "") ?? 20, 1), 200)
        return (size, max(Int(query["page"] ?? "") ?? 1, 1))
    }
}
