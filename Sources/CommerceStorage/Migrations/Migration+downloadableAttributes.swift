import CommerceDomain

extension Migration {
    /// The Downloadable module's product attributes (`links_purchased_separately`, the links' and
    /// samples' titles, `links_exist`) in set 4.
    static let downloadableAttributes = Migration(id: "0028_downloadable_attributes") { _ in
        let start = StandardAttributes.entries.count + StandardAttributes.bundleEntries.count
        return StandardAttributes.downloadableEntries.enumerated().flatMap { index, entry in
            attributeStatements(entry, sortOrder: start + index)
        }
    }
}
