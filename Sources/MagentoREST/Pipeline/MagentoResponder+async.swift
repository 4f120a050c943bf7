import CommerceDomain
import Foundation
import HTTPTypes
import Hummingbird
import MagentoWire

extension MagentoResponder {
    /// `/async/V1/…` and `/async/bulk/V1/…`: check access as the synchronous route would, store
    /// the bulk and its operations durably, and only then answer 202.
    func scheduleResponse(_ request: Request, path: RequestPath, caller: Caller) async throws -> JSONReply {
        let identity = caller.identity
        guard request.method != .get else { throw MagentoHTTPError.cannotProcess }
        let table = path.mode == .bulk ? asyncRoutes.bulk : asyncRoutes.async
        guard let match = table.match(method: request.method, path: path.segments) else {
            throw MagentoHTTPError.noRoute
        }
        try AccessControl.check(match.endpoint.access, caller: caller)
        try AcceptNegotiation.requireJSON(request.headers[.accept])
        let body = try await readBody(request, includingDelete: path.mode == .bulk, check: match.endpoint.rawBodyCheck)
        try ScriptTagCheck.validate(body)
        let response: AsyncResponse
        if path.mode == .bulk {
            guard case .array(let elements) = body ?? .array([]) else { throw BindingError.notAllParametersValid }
            response = try await scheduler.schedule(
                endpoint: asyncRoutes.original(of: match.endpoint), elements: elements, urlParameters: nil,
                store: path.storeCode, identity: identity,
                policy: try BulkErrorPolicy(header: request.headers[BulkErrorPolicy.header])
            )
        } else {
            response = try await scheduler.schedule(
                endpoint: match.endpoint, elements: [body], urlParameters: match.pathParameters,
                store: path.storeCode, identity: identity
            )
        }
        return JSONReply(
            status: .accepted, bytes: try MagentoEncoder().encodeToBytes(response),
            route: "\(request.method.rawValue) \(path.mode == .bulk ? "async/bulk" : "async") \(match.endpoint.path)"
        )
    }

    /// Runs a queued operation through the same handler the synchronous route uses.
    public func perform(_ operation: ClaimedOperation) async -> OperationOutcome {
        let stored = operation.request
        guard let endpoint = asyncRoutes.endpoint(method: stored.method, path: stored.path) else {
            return .failed(message: "The operation's route \(stored.method) \(stored.path) no longer exists.", errorCode: 0, retriable: false)
        }
        let identity = CallerIdentity(userType: stored.userType, userId: stored.userId)
        let (store, isAll) = resolve(RequestPath.Store(code: stored.store))
        do {
            let value = try await run(
                endpoint, identity: identity, store: store, isAll: isAll, pathParameters: stored.pathParameters,
                query: JSONObject(), body: stored.body, requestId: "bulk-\(operation.bulkUuid)-\(operation.id)",
                namesView: Self.namesView(RequestPath.Store(code: stored.store))
            )
            return .success(result: value.jsonString, message: "Service execution success \(endpoint.serviceClassMethod)")
        } catch is OperationAlreadyApplied {
            // An earlier run committed it and died before recording it: done, and not redone.
            return .success(result: "null", message: "Service execution success \(endpoint.serviceClassMethod) (applied before a restart)")
        } catch let error as CommerceError {
            return .failed(message: ErrorRenderer.body(of: error).renderedMessage, errorCode: 0, retriable: false)
        } catch let error as BindingError {
            return .failed(message: error.errorBody.renderedMessage, errorCode: 0, retriable: false)
        } catch let error as CatalogInputError {
            return .failed(message: error.errorBody.renderedMessage, errorCode: 0, retriable: false)
        } catch let error as MagentoHTTPError {
            return .failed(message: error.body.renderedMessage, errorCode: 0, retriable: false)
        } catch {
            // Anything else (a lost connection, a busy database) may succeed on a later try.
            return .failed(message: String(describing: error), errorCode: 0, retriable: true)
        }
    }
}

/// What running a queued operation came to. A failure's `errorCode` is the exception code
/// Magento records; its service exceptions carry 0, and so do ours.
public enum OperationOutcome: Sendable, Equatable {
    case success(result: String, message: String)
    case failed(message: String, errorCode: Int?, retriable: Bool)
}

extension RequestPath {
    /// The store as a queued operation records it: a view code, `all`, or nil for the default.
    var storeCode: String? {
        switch store {
        case .implicitDefault: nil
        case .all: "all"
        case .view(let code): code
        }
    }
}

extension RequestPath.Store {
    init(code: String?) {
        switch code {
        case nil: self = .implicitDefault
        case "all": self = .all
        case let code?: self = .view(code: code)
        }
    }
}

extension CallerIdentity {
    /// Rebuilds the identity a queued operation was accepted for.
    init(userType: Int, userId: Int?) {
        switch (UserType(rawValue: userType), userId) {
        case (.admin, let id?): self = .admin(userId: id)
        case (.customer, let id?): self = .customer(customerId: id)
        case (.integration, let id?): self = .integration(integrationId: id)
        default: self = .guest
        }
    }
}
