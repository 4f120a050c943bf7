extension Migration {
    /// CMS pages and blocks with the store views each shows in. Searchable fields are columns;
    /// the whole record is kept as its JSON document.
    static let cms = Migration(id: "0017_cms") { dialect in
        ["page", "block"].flatMap { kind in
            [
                """
                CREATE TABLE cms_\(kind) (
                    \(dialect.identityPrimaryKey("\(kind)_id")),
                    identifier TEXT NOT NULL,
                    title TEXT,
                    is_active SMALLINT NOT NULL,
                    creation_time TEXT NOT NULL,
                    update_time TEXT NOT NULL,
                    document TEXT NOT NULL
                )
                """,
                """
                CREATE TABLE cms_\(kind)_store (
                    \(kind)_id BIGINT NOT NULL REFERENCES cms_\(kind) (\(kind)_id) ON DELETE CASCADE,
                    store_id INTEGER NOT NULL,
                    PRIMARY KEY (\(kind)_id, store_id)
                )
                """,
                "CREATE INDEX cms_\(kind)_identifier ON cms_\(kind) (identifier)",
            ]
        }
    }
}
