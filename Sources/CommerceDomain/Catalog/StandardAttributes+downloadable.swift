extension StandardAttributes {
    /// The Downloadable module's product attributes, added to set 4 by migration
    /// `0028_downloadable_attributes`. `links_purchased_separately` decides whether the shopper
    /// picks links (each adding its price) or the product's price buys them all.
    public static let downloadableEntries: [Entry] = [
        entry(126, "links_purchased_separately", "Links can be purchased separately", "boolean", "int", .global, "Product Details"),
        entry(127, "samples_title", "Samples title", "text", "varchar", .store, "Product Details"),
        entry(128, "links_title", "Links title", "text", "varchar", .store, "Product Details"),
        entry(129, "links_exist", "Links exist", "text", "int", .global, "Product Details"),
    ]
}
