import CommerceDomain
import Foundation
import Testing

@Suite("Priority source selection")
struct PrioritySourceSelectionTests {
    static let items = [
        PrioritySourceSelection.Available(sourceCode: "default", quantity: 5, inStock: true),
        PrioritySourceSelection.Available(sourceCode: "eu", quantity: 2, inStock: true),
        PrioritySourceSelection.Available(sourceCode: "closed", quantity: 9, inStock: false),
    ]

    @Test("sources give in priority order until the line is covered, every in-stock source listed")
    func priorityOrder() {
        let (picks, uncovered) = PrioritySourceSelection.select(qty: 3, sources: ["eu", "closed", "default"], items: Self.items)
        #expect(picks == [
            .init(sourceCode: "eu", qtyToDeduct: 2, qtyAvailable: 2),
            .init(sourceCode: "default", qtyToDeduct: 1, qtyAvailable: 5),
        ])
        #expect(uncovered == 0)
    }

    @Test("what no in-stock source holds is left uncovered")
    func uncovered() {
        let (picks, uncovered) = PrioritySourceSelection.select(qty: 8, sources: ["default", "eu", "closed"], items: Self.items)
        #expect(picks.map(\.qtyToDeduct) == [5, 2])
        #expect(uncovered == 1)
    }
}
