import Foundation
import MagentoWire

/// What a change to source items writes, and what it answers.
public struct SourceItemChange<Value: Sendable>: Sendable {
    public var save: [SourceItem]
    public var delete: [SourceItem]
    public var value: Value

    public init(save: [SourceItem] = [], delete: [SourceItem] = [], value: Value) {
        self.save = save
        self.delete = delete
        self.value = value
    }
}

/// MSI's bulk source operations (InventoryCatalogApi) as pure functions of the source items the
/// SKUs have now: the repository reads them, applies one of these and writes the result in one
/// transaction, so a transfer is never half done.
public enum SourceItemTransfers {
    /// Assigns every SKU to every source that it is not on yet (quantity 0, out of stock, as MSI
    /// does); existing assignments are left alone. Answers how many were made.
    public static func assign(skus: [String], sourceCodes: [String], current: [SourceItem]) throws -> SourceItemChange<Int> {
        try requireLists(skus, sourceCodes)
        let existing = Set(current.map { key($0.sku ?? "", $0.sourceCode ?? "") })
        var created: [SourceItem] = []
        var seen = existing
        for sku in skus {
            for code in sourceCodes where seen.insert(key(sku, code)).inserted {
                created.append(SourceItem(sku: sku, sourceCode: code, quantity: 0, status: 0))
            }
        }
        return SourceItemChange(save: created, value: created.count)
    }

    /// Removes every SKU from every listed source; answers how many assignments went.
    public static func unassign(skus: [String], sourceCodes: [String], current: [SourceItem]) throws -> SourceItemChange<Int> {
        try requireLists(skus, sourceCodes)
        let codes = Set(sourceCodes)
        let wanted = Set(skus.map { $0.lowercased() })
        let removed = current.filter { codes.contains($0.sourceCode ?? "") && wanted.contains(($0.sku ?? "").lowercased()) }
        return SourceItemChange(delete: removed, value: removed.count)
    }

    /// Moves each SKU's whole quantity from `origin` to `destination` (added to what is there);
    /// the origin keeps the SKU at 0, out of stock, or loses it with `unassignFromOrigin`.
    public static func transfer(
        skus: [String], origin: String, destination: String, unassignFromOrigin: Bool, current: [SourceItem]
    ) throws -> SourceItemChange<Bool> {
        try requireLists(skus, [origin])
        try requireDifferent(origin, destination)
        var change = SourceItemChange(value: true)
        for sku in skus {
            guard let from = item(sku, origin, in: current) else { continue }
            let moved = from.quantity ?? 0
            change.save.append(received(moved, sku: sku, at: destination, current: current))
            if unassignFromOrigin {
                change.delete.append(from)
            } else {
                change.save.append(SourceItem(sku: from.sku, sourceCode: origin, quantity: 0, status: 0))
            }
        }
        return change
    }

    /// Moves part of each listed SKU's quantity; every amount must be positive and on hand at the
    /// origin, or nothing moves.
    public static func partialTransfer(
        items: [(sku: String, qty: Decimal)], origin: String, destination: String, current: [SourceItem]
    ) throws -> SourceItemChange<Void> {
        if items.isEmpty { throw CommerceError.invalidInput(message: "Input data is empty") }
        try requireDifferent(origin, destination)
        var change = SourceItemChange(value: ())
        var working = current
        for (sku, qty) in items {
            guard qty > 0 else {
                throw CommerceError.invalidInput(message: "Transfer quantity for SKU \"%1\" must be greater than zero.", parameters: [sku])
            }
            guard let from = item(sku, origin, in: working), (from.quantity ?? 0) >= qty else {
                throw CommerceError.invalidInput(
                    message: "Requested transfer amount for SKU \"%1\" is not available in source \"%2\".", parameters: [sku, origin]
                )
            }
            let left = (from.quantity ?? 0) - qty
            let origin = SourceItem(sku: from.sku, sourceCode: origin, quantity: left, status: left > 0 ? from.status : 0)
            let arrived = received(qty, sku: from.sku ?? sku, at: destination, current: working)
            for updated in [origin, arrived] {
                working.removeAll { same($0, updated) }
                working.append(updated)
                change.save.removeAll { same($0, updated) }
                change.save.append(updated)
            }
        }
        return change
    }

    /// The destination's item after `qty` arrives: in stock once it holds anything.
    static func received(_ qty: Decimal, sku: String, at destination: String, current: [SourceItem]) -> SourceItem {
        let existing = item(sku, destination, in: current)
        let total = (existing?.quantity ?? 0) + qty
        return SourceItem(sku: existing?.sku ?? sku, sourceCode: destination, quantity: total, status: total > 0 ? 1 : (existing?.status ?? 0))
    }

    static func item(_ sku: String, _ source: String, in items: [SourceItem]) -> SourceItem? {
        items.first { $0.sourceCode == source && ($0.sku ?? "").lowercased() == sku.lowercased() }
    }

    static func same(_ a: SourceItem, _ b: SourceItem) -> Bool {
        a.sourceCode == b.sourceCode && (a.sku ?? "").lowercased() == (b.sku ?? "").lowercased()
    }

    static func key(_ sku: String, _ source: String) -> String {
        source + "\u{0}" + sku.lowercased()
    }

    static func requireLists(_ skus: [String], _ sources: [String]) throws {
        if skus.isEmpty || sources.isEmpty || skus.contains(where: \.isBlank) || sources.contains(where: \.isBlank) {
            throw CommerceError.invalidInput(message: "Input data is empty")
        }
    }

    static func requireDifferent(_ origin: String, _ destination: String) throws {
        if destination.isBlank { throw CommerceError.invalidInput(message: "Input data is empty") }
        if origin == destination {
            throw CommerceError.invalidInput(message: "Origin and destination sources must be different.")
        }
    }
}
