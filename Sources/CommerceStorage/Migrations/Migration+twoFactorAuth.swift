extension Migration {
    /// Magento's `tfa_user_config`, one row an admin user, with the Google settings in columns
    /// of their own instead of Magento's encoded JSON.
    static let twoFactorAuth = Migration(id: "0030_tfa_user_config") { _ in
        [
            """
            CREATE TABLE tfa_user_config (
                user_id BIGINT NOT NULL PRIMARY KEY REFERENCES admin_user (user_id) ON DELETE CASCADE,
                encoded_providers TEXT NOT NULL DEFAULT '',
                default_provider TEXT NOT NULL DEFAULT '',
                google_secret TEXT,
                google_active SMALLINT NOT NULL DEFAULT 0
            )
            """,
        ]
    }
}
