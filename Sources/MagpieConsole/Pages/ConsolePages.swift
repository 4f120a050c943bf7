import CommerceDomain
import Foundation
import HTTPTypes
import MagentoREST
import MagentoWire

/// Every signed-in page and action, one family per file.
enum ConsolePages {
    static let all: [ConsolePage] = DashboardPage.all + IntegrationPages.all + BulkPages.all + WebhookPages.all
        + AuditPages.all + FaultPages.all + ConfigPages.all + ExplorerPages.all + [signOut]

    static let signOut = ConsolePage(.post, "/logout", access: .signedIn) { call in
        try await call.signOut()
        var reply = ConsoleReply.redirect(call.prefix + "/login")
        reply.headers.append((.setCookie, Cookies.line(name: Cookies.session, value: "", path: call.prefix, secure: false, maxAge: 0)))
        return reply
    }
}
