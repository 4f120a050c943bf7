/// The schema's root declarations; each area adds its root fields with `extend type Query` /
/// `extend type Mutation`, so no area edits another's file.
enum SchemaRoots {
    static func sdl(for areas: [any GraphQLArea]) -> String {
        let parts = areas.map(\.schema)
        let hasMutations = parts.contains { $0.contains("extend type Mutation") }
        var roots = hasMutations ? "schema { query: Query mutation: Mutation }\ntype Query\ntype Mutation\n" : "schema { query: Query }\ntype Query\n"
        roots += ScalarsSchema.sdl
        return ([roots] + parts).joined(separator: "\n")
    }
}
