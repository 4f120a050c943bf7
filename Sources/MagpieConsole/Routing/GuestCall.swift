import HTTPTypes
import Hummingbird
import MagentoREST

/// A page anyone may load: sign-in, the stylesheet and scripts, `/swagger`.
struct GuestPage: Sendable {
    var method: HTTPRequest.Method
    var path: String
    var handler: @Sendable (GuestCall) async throws -> (ConsoleReply, cookies: [String])

    init(_ method: HTTPRequest.Method, _ path: String, handler: @escaping @Sendable (GuestCall) async throws -> (ConsoleReply, cookies: [String])) {
        self.method = method
        self.path = path
        self.handler = handler
    }
}

/// A request to a guest page.
struct GuestCall: Sendable {
    let request: Request
    let context: MagpieRequestContext
    let form: FormFields
    let query: FormFields
    let responder: ConsoleResponder

    var prefix: String { responder.settings.prefix }

    func run(_ page: GuestPage) async throws -> Response {
        let (reply, cookies) = try await page.handler(self)
        return responder.response(reply, cookies: cookies)
    }

    func render(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> ConsoleReply {
        var context = values
        context["prefix"] = prefix
        return .html(responder.renderer.render(template, context), status: status)
    }
}
