extension Storage {
    /// Forgets what the repositories keep in memory about the database, for a snapshot restore:
    /// versions and ids go back to numbers the caches may have seen with other contents.
    public func dropCaches() async {
        quotes.pricing.invalidate()
        await productAttributes.cache.invalidate()
    }
}
