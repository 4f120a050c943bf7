import GraphQL
import MagentoWire

/// CollectFields from the spec: a selection set's fields for one runtime object type, grouped
/// by response key (alias or name) in document order, fragments expanded, `@skip`/`@include`
/// honoured. Fields selected twice merge into one entry.
struct FieldCollector {
    let index: SchemaIndex
    let fragments: [String: FragmentDefinition]
    let variables: JSONObject

    struct Group {
        var key: String
        var nodes: [Field]
    }

    func collect(_ sets: [SelectionSet], objectType: String) -> [Group] {
        var groups: [Group] = []
        var positions: [String: Int] = [:]
        var visited: Set<String> = []
        for set in sets {
            collect(set, objectType: objectType, groups: &groups, positions: &positions, visited: &visited)
        }
        return groups
    }

    private func collect(
        _ set: SelectionSet, objectType: String?, groups: inout [Group], positions: inout [String: Int], visited: inout Set<String>
    ) {
        for selection in set.selections {
            switch selection {
            case let field as Field:
                guard included(field.directives) else { continue }
                let key = field.alias?.value ?? field.name.value
                if let position = positions[key] {
                    groups[position].nodes.append(field)
                } else {
                    positions[key] = groups.count
                    groups.append(Group(key: key, nodes: [field]))
                }
            case let inline as InlineFragment:
                guard included(inline.directives) else { continue }
                if let condition = inline.typeCondition?.name.value, let objectType,
                   !index.matches(objectType: objectType, condition: condition) {
                    continue
                }
                collect(inline.selectionSet, objectType: objectType, groups: &groups, positions: &positions, visited: &visited)
            case let spread as FragmentSpread:
                let name = spread.name.value
                guard included(spread.directives), !visited.contains(name), let fragment = fragments[name] else { continue }
                visited.insert(name)
                if let objectType, !index.matches(objectType: objectType, condition: fragment.typeCondition.name.value) { continue }
                collect(fragment.selectionSet, objectType: objectType, groups: &groups, positions: &positions, visited: &visited)
            default:
                continue
            }
        }
    }

    /// The selection below some field nodes, every fragment included whatever its type: what a
    /// resolver may look ahead at.
    func lookahead(_ nodes: [Field]) -> Lookahead {
        var children: [String: Lookahead] = [:]
        var groups: [Group] = []
        var positions: [String: Int] = [:]
        var visited: Set<String> = []
        for node in nodes {
            if let set = node.selectionSet {
                collect(set, objectType: nil, groups: &groups, positions: &positions, visited: &visited)
            }
        }
        for group in groups {
            let name = group.nodes[0].name.value
            let below = lookahead(group.nodes)
            children[name] = children[name].map { Lookahead(children: $0.children.merging(below.children) { first, _ in first }) } ?? below
        }
        return Lookahead(children: children)
    }

    private func included(_ directives: [Directive]) -> Bool {
        for directive in directives {
            let name = directive.name.value
            guard name == "skip" || name == "include" else { continue }
            let argument = directive.arguments.first { $0.name.value == "if" }
            var condition = false
            if let bool = argument?.value as? BooleanValue {
                condition = bool.value
            } else if let variable = argument?.value as? Variable {
                condition = variables[variable.name.value]?.boolValue ?? false
            }
            if name == "skip", condition { return false }
            if name == "include", !condition { return false }
        }
        return true
    }
}
