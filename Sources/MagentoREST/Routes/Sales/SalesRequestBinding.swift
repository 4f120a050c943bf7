import CommerceDomain
import Foundation
import MagentoWire

/// Reading the shared arguments of the invoice, ship and refund calls.
extension EndpointCall {
    func documentRequest(tracks: Bool = false, refund: Bool = false) throws -> DocumentRequest {
        let items = try optionalArgument("items", as: [DocumentItemCreation].self) ?? []
        var request = DocumentRequest(
            items: items.map { DocumentItemRequest(orderItemId: $0.orderItemId ?? 0, qty: $0.qty ?? 0) },
            comment: try optionalArgument("comment", as: DocumentCommentCreation.self),
            notify: try optionalArgument("notify", as: Bool.self) ?? false
        )
        request.online = try optionalArgument("capture", as: Bool.self) ?? optionalArgument("isOnline", as: Bool.self) ?? false
        if tracks {
            request.tracks = (try optionalArgument("tracks", as: [TrackCreation].self) ?? []).map {
                TrackRequest(trackNumber: $0.trackNumber, title: $0.title, carrierCode: $0.carrierCode)
            }
        }
        if refund, let arguments = try optionalArgument("arguments", as: CreditmemoCreationArguments.self) {
            request.refund = RefundArguments(
                shippingAmount: arguments.shippingAmount, adjustmentPositive: arguments.adjustmentPositive ?? 0,
                adjustmentNegative: arguments.adjustmentNegative ?? 0,
                returnToStockItems: arguments.extensionAttributes?.returnToStockItems ?? []
            )
        }
        return request
    }
}

/// The body arguments ``EndpointCall/documentRequest(tracks:refund:)`` reads, for the Swagger
/// document; `appendComment`, `packages` and invoice/shipment `arguments` are accepted and unused.
enum DocumentCreationBody {
    static func arguments(tracks: Bool = false, refund: Bool = false) -> [BodyArgument] {
        var arguments: [BodyArgument] = [
            .optional("items", [DocumentItemCreation].self), .optional("notify", Bool.self),
            .optional("appendComment", Bool.self), .optional("comment", DocumentCommentCreation.self),
        ]
        if tracks { arguments += [.optional("tracks", [TrackCreation].self), .optional("packages", [JSONObject].self)] }
        arguments.append(refund ? .optional("arguments", CreditmemoCreationArguments.self) : .optional("arguments", JSONObject.self))
        return arguments
    }
}

/// Magento's sales ACL resources.
enum SalesAccess {
    static let view = EndpointAccess.resources(["Magento_Sales::actions_view"])
    static let create = EndpointAccess.resources(["Magento_Sales::create"])
    static let cancel = EndpointAccess.resources(["Magento_Sales::cancel"])
    static let emails = EndpointAccess.resources(["Magento_Sales::emails"])
    static let hold = EndpointAccess.resources(["Magento_Sales::hold"])
    static let unhold = EndpointAccess.resources(["Magento_Sales::unhold"])
    static let comment = EndpointAccess.resources(["Magento_Sales::comment"])
    static let invoice = EndpointAccess.resources(["Magento_Sales::invoice"])
    static let invoices = EndpointAccess.resources(["Magento_Sales::sales_invoice"])
    static let ship = EndpointAccess.resources(["Magento_Sales::ship"])
    static let shipments = EndpointAccess.resources(["Magento_Sales::shipment"])
    static let creditmemo = EndpointAccess.resources(["Magento_Sales::creditmemo"])
    static let creditmemos = EndpointAccess.resources(["Magento_Sales::sales_creditmemo"])
}
