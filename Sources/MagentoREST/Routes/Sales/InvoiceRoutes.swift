import CommerceDomain
import HTTPTypes
import MagentoWire

/// `POST /V1/order/:orderId/invoice` and `/V1/invoices…`.
public struct InvoiceRoutes: Sendable {
    let sales: any SalesRepository

    public init(sales: any SalesRepository) {
        self.sales = sales
    }

    static let repository = "salesInvoiceRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            Endpoint(.post, "/V1/order/:orderId/invoice", access: SalesAccess.invoice, service: "salesInvoiceOrderV1", operation: "execute",
                     summary: "Creates an invoice for an order.", body: [.optional("capture", Bool.self)] + DocumentCreationBody.arguments()) {
                [sales] call in String(try await sales.invoice(orderId: try call.argument("orderId", as: Int.self), try call.documentRequest()))
            },
            .search("/V1/invoices", access: SalesAccess.invoices, service: Self.repository, summary: "Lists invoices that match specified search criteria.") {
                [sales] criteria, _ in try await sales.searchInvoices(criteria)
            },
            Endpoint(.get, "/V1/invoices/:id", access: SalesAccess.invoices, service: Self.repository, operation: "get", summary: "Loads a specified invoice.") {
                [sales] call in try await sales.invoice(id: try call.argument("id", as: Int.self))
            },
            Endpoint(.get, "/V1/invoices/:id/comments", access: SalesAccess.invoices, service: "salesInvoiceManagementV1", operation: "getCommentsList",
                     summary: "Lists comments for a specified invoice.", returns: SearchResults<SalesComment>.self) {
                [sales] call in
                let comments = try await sales.invoice(id: try call.argument("id", as: Int.self)).comments ?? []
                return SearchResults(items: comments, searchCriteria: SearchCriteria().echoed, totalCount: comments.count)
            },
            Endpoint(.post, "/V1/invoices/comments", access: SalesAccess.invoices, service: "salesInvoiceCommentRepositoryV1", operation: "save",
                     summary: "Performs persist operations for a specified invoice comment.", body: [.required("entity", SalesComment.self)]) {
                [sales] call in try await sales.addComment(try call.argument("entity", as: SalesComment.self), to: .invoice)
            },
            Endpoint(.post, "/V1/invoices", access: SalesAccess.invoices, service: Self.repository, operation: "save",
                     summary: "Performs persist operations for a specified invoice.", body: [.required("entity", Invoice.self)]) {
                [sales] call in
                let invoice = try call.argument("entity", as: Invoice.self)
                let orderId = try DocumentSave.orderId(entityId: invoice.entityId, orderId: invoice.orderId, .invoice)
                return try await sales.invoice(id: try await sales.invoice(orderId: orderId, DocumentSave.request(invoice)))
            },
            // Magpie takes offline payments only, and Magento refuses both actions for those after
            // loading the invoice (so an unknown id is still a 404).
            Endpoint(.post, "/V1/invoices/:id/capture", access: SalesAccess.invoices, service: "salesInvoiceManagementV1", operation: "setCapture",
                     summary: "Sets invoice capture.", returns: String.self) {
                [sales] call in
                _ = try await sales.invoice(id: try call.argument("id", as: Int.self))
                throw CommerceError.invalidState(message: SalesMessages.captureNotAvailable)
            },
            Endpoint(.post, "/V1/invoices/:id/void", access: SalesAccess.invoices, service: "salesInvoiceManagementV1", operation: "setVoid",
                     summary: "Voids a specified invoice.", returns: Bool.self) {
                [sales] call in
                _ = try await sales.invoice(id: try call.argument("id", as: Int.self))
                throw CommerceError.invalidState(message: SalesMessages.voidNotAvailable)
            },
            Endpoint(.post, "/V1/invoices/:id/emails", access: SalesAccess.invoices, service: "salesInvoiceManagementV1", operation: "notify", summary: "Emails a user a specified invoice.") {
                // No mail is sent (Magpie has no mailer); the document must exist, as in Magento.
                [sales] call in
                _ = try await sales.invoice(id: try call.argument("id", as: Int.self))
                return true
            },
        ]
    }
}
