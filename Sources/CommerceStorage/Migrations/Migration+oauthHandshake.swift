extension Migration {
    /// The OAuth 1.0a activation handshake's state on each integration: the verifier sent to its
    /// callback URL, and the request token it trades for an access token.
    static let oauthHandshake = Migration(id: "0010_oauth_handshake") { _ in
        [
            "ALTER TABLE magpie_integration ADD COLUMN oauth_verifier TEXT",
            "ALTER TABLE magpie_integration ADD COLUMN request_token TEXT",
            "ALTER TABLE magpie_integration ADD COLUMN request_token_secret TEXT",
        ]
    }
}
