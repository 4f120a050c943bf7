import CommerceDomain
import HTTPTypes
import MagentoWire

/// `POST /V1/order/:orderId/refund`, `POST /V1/invoice/:invoiceId/refund` and `/V1/creditmemo…`.
public struct CreditmemoRoutes: Sendable {
    let sales: any SalesRepository
    let stock: @Sendable () -> StockConfiguration

    public init(sales: any SalesRepository, stock: @escaping @Sendable () -> StockConfiguration) {
        self.sales = sales
        self.stock = stock
    }

    static let repository = "salesCreditmemoRepositoryV1"
    static let management = "salesCreditmemoManagementV1"
    static let refundBody = DocumentCreationBody.arguments(refund: true)

    public var endpoints: [Endpoint] {
        [
            Endpoint(.post, "/V1/order/:orderId/refund", access: SalesAccess.creditmemo, service: "salesRefundOrderV1", operation: "execute",
                     summary: "Create refund for order", body: Self.refundBody) {
                [sales, stock] call in
                String(try await sales.refund(orderId: try call.argument("orderId", as: Int.self), invoiceId: nil, try call.documentRequest(refund: true), stock: stock()))
            },
            Endpoint(.post, "/V1/invoice/:invoiceId/refund", access: SalesAccess.invoices, service: "salesRefundInvoiceV1", operation: "execute",
                     summary: "Create refund for invoice", body: Self.refundBody + [.optional("isOnline", Bool.self)]) {
                [sales, stock] call in
                String(try await sales.refund(orderId: 0, invoiceId: try call.argument("invoiceId", as: Int.self), try call.documentRequest(refund: true), stock: stock()))
            },
            .search("/V1/creditmemos", access: SalesAccess.creditmemos, service: Self.repository, summary: "Lists credit memos that match specified search criteria.") {
                [sales] criteria, _ in try await sales.searchCreditmemos(criteria)
            },
            Endpoint(.get, "/V1/creditmemo/:id", access: SalesAccess.creditmemos, service: Self.repository, operation: "get", summary: "Loads a specified credit memo.") {
                [sales] call in try await sales.creditmemo(id: try call.argument("id", as: Int.self))
            },
            Endpoint(.get, "/V1/creditmemo/:id/comments", access: SalesAccess.creditmemos, service: "salesCreditmemoManagementV1", operation: "getCommentsList",
                     summary: "Lists comments for a specified credit memo.", returns: SearchResults<SalesComment>.self) {
                [sales] call in
                let comments = try await sales.creditmemo(id: try call.argument("id", as: Int.self)).comments ?? []
                return SearchResults(items: comments, searchCriteria: SearchCriteria().echoed, totalCount: comments.count)
            },
            Endpoint(.post, "/V1/creditmemo/:id/comments", access: SalesAccess.creditmemos, service: "salesCreditmemoCommentRepositoryV1", operation: "save",
                     summary: "Performs persist operations for a specified entity.", body: [.required("entity", SalesComment.self)]) {
                [sales] call in
                var comment = try call.argument("entity", as: SalesComment.self)
                comment.parentId = try call.argument("id", as: Int.self)
                return try await sales.addComment(comment, to: .creditmemo)
            },
            Endpoint(.post, "/V1/creditmemo", access: SalesAccess.creditmemos, service: Self.repository, operation: "save",
                     summary: "Performs persist operations for a specified credit memo.", body: [.required("entity", Creditmemo.self)]) {
                [sales, stock] call in try await DocumentSave.refund(try call.argument("entity", as: Creditmemo.self), sales: sales, stock: stock())
            },
            Endpoint(.post, "/V1/creditmemo/refund", access: SalesAccess.creditmemos, service: Self.management, operation: "refund",
                     summary: "Prepares creditmemo to refund and save it.", body: [.required("creditmemo", Creditmemo.self), .optional("offlineRequested", Bool.self)]) {
                // Every payment is offline, so `offlineRequested` changes nothing; it is still read
                // so that a wrongly typed value is refused.
                [sales, stock] call in
                _ = try call.optionalArgument("offlineRequested", as: Bool.self)
                return try await DocumentSave.refund(try call.argument("creditmemo", as: Creditmemo.self), sales: sales, stock: stock())
            },
            Endpoint(.put, "/V1/creditmemo/:id", access: SalesAccess.creditmemos, service: Self.management, operation: "cancel",
                     summary: "Cancels a specified credit memo.", returns: Bool.self) {
                // Magento refuses before loading anything, so an unknown id gets the same answer.
                _ in throw CommerceError.invalidState(message: SalesMessages.creditmemoCancelNotAllowed)
            },
            Endpoint(.post, "/V1/creditmemo/:id/emails", access: SalesAccess.creditmemos, service: "salesCreditmemoManagementV1", operation: "notify", summary: "Emails a user a specified credit memo.") {
                // No mail is sent (Magpie has no mailer); the document must exist, as in Magento.
                [sales] call in
                _ = try await sales.creditmemo(id: try call.argument("id", as: Int.self))
                return true
            },
        ]
    }
}
