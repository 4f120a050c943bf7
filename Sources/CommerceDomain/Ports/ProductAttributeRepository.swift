import MagentoWire

/// Product attributes and their options (`/V1/products/attributes…`).
public protocol ProductAttributeRepository: Sendable {
    /// Every attribute's definition by code: what product saves and searches consult.
    func definitions() async throws -> [String: AttributeDefinition]
    func searchAttributes(_ criteria: SearchCriteria) async throws -> SearchPage<ProductAttribute>
    /// Throws `noSuchEntity(attribute_code)` when unknown.
    func attribute(code: String) async throws -> ProductAttribute
    /// Several attributes with their options, in `codes` order; unknown codes are skipped.
    func attributes(codes: [String]) async throws -> [ProductAttribute]
    /// Creates the attribute (code unknown) or updates it (code known); returns it as stored.
    func saveAttribute(_ attribute: ProductAttribute) async throws -> ProductAttribute
    /// System attributes cannot be deleted.
    func deleteAttribute(code: String) async throws
    /// The options in Magento's form: a blank `{" ", ""}` first for selects, then by sort order.
    func options(code: String) async throws -> [AttributeOption]
    /// Adds an option; returns its new id.
    func addOption(code: String, option: AttributeOption) async throws -> Int
    func updateOption(code: String, optionId: Int, option: AttributeOption) async throws
    func deleteOption(code: String, optionId: Int) async throws
}

extension ProductAttributeRepository {
    /// One read per code; storage that can do better reads them together.
    public func attributes(codes: [String]) async throws -> [ProductAttribute] {
        var found: [ProductAttribute] = []
        for code in codes {
            if let attribute = try? await attribute(code: code) { found.append(attribute) }
        }
        return found
    }
}

/// Attribute sets and groups (`/V1/products/attribute-sets…`, `/V1/eav/attribute-sets…`).
public protocol AttributeSetRepository: Sendable {
    func searchSets(_ criteria: SearchCriteria) async throws -> SearchPage<AttributeSet>
    func attributeSet(id: Int) async throws -> AttributeSet
    /// A new set copying the skeleton set's groups and attribute assignments.
    func createSet(_ set: AttributeSet, skeletonId: Int) async throws -> AttributeSet
    func updateSet(_ set: AttributeSet) async throws -> AttributeSet
    /// The default set 4 cannot be deleted.
    func deleteSet(id: Int) async throws
    func attributes(inSet id: Int) async throws -> [ProductAttribute]
    /// Returns the assignment's id.
    func assign(setId: Int, groupId: Int, code: String, sortOrder: Int) async throws -> Int
    func unassign(setId: Int, code: String) async throws
    func searchGroups(_ criteria: SearchCriteria) async throws -> SearchPage<AttributeGroup>
    func saveGroup(_ group: AttributeGroup) async throws -> AttributeGroup
    func deleteGroup(id: Int) async throws
}
