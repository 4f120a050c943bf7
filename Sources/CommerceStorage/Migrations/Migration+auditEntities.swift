extension Migration {
    /// The entities each audited call changed (`product:MB-01,…`).
    static let auditEntities = Migration(id: "0011_audit_entities") { _ in
        ["ALTER TABLE magpie_audit ADD COLUMN entity_ids TEXT"]
    }
}
