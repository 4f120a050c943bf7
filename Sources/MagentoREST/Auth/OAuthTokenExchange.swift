import CommerceDomain
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OAuth1

/// Magento's OAuth 1.0a activation handshake, the two steps an integration takes after its
/// callback URL received `oauth_consumer_key`, `oauth_consumer_secret` and `oauth_verifier`:
///
/// 1. `POST /oauth/token/request`, signed with the consumer secret → a request token;
/// 2. `POST /oauth/token/access`, signed with the consumer and request token secrets and carrying
///    the verifier → the access token and secret; the integration is then active.
///
/// Answers are form-encoded (`oauth_token=…&oauth_token_secret=…`); problems are Magento's
/// `oauth_problem=…` bodies (400 for a missing parameter, 401 for anything that fails to prove who
/// is asking).
struct OAuthTokenExchange: Sendable {
    let integrations: any IntegrationRepository
    let clock: any CommerceClock

    enum Step {
        case request, access
    }

    static func step(forPath path: String) -> Step? {
        let trimmed = path.hasPrefix("/index.php") ? String(path.dropFirst("/index.php".count)) : path
        switch trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed {
        case "/oauth/token/request": return .request
        case "/oauth/token/access": return .access
        default: return nil
        }
    }

    struct Problem: Error {
        var status: HTTPResponse.Status
        var body: String
    }

    func reply(_ step: Step, request: Request, url: String, body: ByteBuffer) async -> JSONReply {
        do {
            let answer = try await exchange(step, request: request, url: url, body: body)
            return Self.form(.ok, answer)
        } catch let problem as Problem {
            return Self.form(problem.status, problem.body)
        } catch {
            return Self.form(.badRequest, "oauth_problem=internal_error")
        }
    }

    private func exchange(_ step: Step, request: Request, url: String, body: ByteBuffer) async throws -> String {
        guard request.method == .post else { throw Problem(status: .badRequest, body: "oauth_problem=method_not_allowed") }
        let header = request.headers[.authorization] ?? ""
        let form = OAuthSignatureBase.formPairs(Substring(String(buffer: body)))
        // Parameters may come in the Authorization header or, as Magento also reads them, the form body.
        let headerParameters = header.lowercased().hasPrefix("oauth ") ? (OAuthAuthorizationHeader.parse(header) ?? []) : []
        let parameters = headerParameters + form.filter { $0.0.hasPrefix("oauth_") }
        func value(_ name: String) -> String? { parameters.first { $0.0 == name }?.1 }

        var required = ["oauth_consumer_key", "oauth_signature", "oauth_signature_method", "oauth_nonce", "oauth_timestamp"]
        if step == .access { required += ["oauth_token", "oauth_verifier"] }
        let absent = required.filter { value($0) == nil }
        guard absent.isEmpty else {
            throw Problem(status: .badRequest, body: "oauth_problem=parameter_absent&oauth_parameters_absent=\(absent.joined(separator: ","))")
        }
        let consumerKey = value("oauth_consumer_key")!
        guard let state = try await integrations.handshake(consumerKey: consumerKey) else {
            throw Problem(status: .unauthorized, body: "oauth_problem=consumer_key_rejected")
        }
        guard let method = value("oauth_signature_method"), OAuthSignatureMethod(rawValue: method) != nil else {
            throw Problem(status: .badRequest, body: "oauth_problem=signature_method_rejected")
        }
        guard let timestamp = value("oauth_timestamp").flatMap(Int.init),
              Double(timestamp) <= clock.now().timeIntervalSince1970 + IntegrationAuthenticator.futureSkew else {
            throw Problem(status: .unauthorized, body: "oauth_problem=timestamp_refused")
        }
        if step == .access {
            guard let token = state.requestToken, value("oauth_token") == token else {
                throw Problem(status: .unauthorized, body: "oauth_problem=token_rejected")
            }
            guard let verifier = state.verifier, value("oauth_verifier") == verifier else {
                throw Problem(status: .unauthorized, body: "oauth_problem=verifier_invalid")
            }
        } else if state.verifier == nil {
            // No activation was started for this integration: there is nothing to authorize.
            throw Problem(status: .unauthorized, body: "oauth_problem=consumer_key_rejected")
        }
        let signed = headerParameters.isEmpty ? parameters : headerParameters
        guard OAuthRequestSigner.verify(
            httpMethod: "POST", url: url, parameters: signed, formParameters: form,
            consumerSecret: state.integration.consumerSecret, tokenSecret: step == .access ? state.requestTokenSecret : nil
        ) else {
            throw Problem(status: .unauthorized, body: "oauth_problem=signature_invalid")
        }
        guard try await integrations.useNonce(value("oauth_nonce")!, consumerKey: consumerKey, timestamp: timestamp, now: clock.now()) else {
            throw Problem(status: .unauthorized, body: "oauth_problem=nonce_used")
        }
        switch step {
        case .request:
            let issued = try await integrations.issueRequestToken(consumerKey: consumerKey)
            return "oauth_token=\(issued.token)&oauth_token_secret=\(issued.secret)"
        case .access:
            let active = try await integrations.completeHandshake(consumerKey: consumerKey)
            return "oauth_token=\(active.accessToken ?? "")&oauth_token_secret=\(active.accessTokenSecret ?? "")"
        }
    }

    static func form(_ status: HTTPResponse.Status, _ text: String) -> JSONReply {
        var reply = JSONReply(status: status, bytes: Array(text.utf8), route: "POST /oauth/token")
        reply.contentType = "application/x-www-form-urlencoded; charset=utf-8"
        return reply
    }
}
