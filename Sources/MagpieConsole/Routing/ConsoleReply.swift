import HTTPTypes

/// What a page handler answers: a page, a redirect after a form, or a download.
struct ConsoleReply: Sendable {
    var status: HTTPResponse.Status
    var contentType: String
    var body: String
    var headers: [(HTTPField.Name, String)] = []

    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> ConsoleReply {
        ConsoleReply(status: status, contentType: "text/html; charset=utf-8", body: body)
    }

    /// 303 See Other: the browser follows with a GET, so reloading does not post the form again.
    static func redirect(_ location: String) -> ConsoleReply {
        ConsoleReply(status: .seeOther, contentType: "text/plain; charset=utf-8", body: "", headers: [(.location, location)])
    }

    static func asset(_ body: String, contentType: String) -> ConsoleReply {
        ConsoleReply(
            status: .ok, contentType: contentType, body: body, headers: [(.cacheControl, "public, max-age=3600")]
        )
    }

    static func download(_ body: String, contentType: String, filename: String) -> ConsoleReply {
        ConsoleReply(
            status: .ok, contentType: contentType, body: body,
            headers: [(.contentDisposition, "attachment; filename=\"\(filename)\"")]
        )
    }
}
