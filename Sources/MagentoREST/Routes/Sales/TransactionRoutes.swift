import CommerceDomain
import HTTPTypes
import MagentoWire

/// Payment transactions (`/V1/transactions`): what online payment methods did with orders'
/// payments. Magpie's offline methods record none; its test gateway records them all.
public struct TransactionRoutes: Sendable {
    let sales: any SalesRepository

    public init(sales: any SalesRepository) {
        self.sales = sales
    }

    static let access = EndpointAccess.resources(["Magento_Sales::transactions_fetch"])
    static let service = "salesTransactionRepositoryV1"

    public var endpoints: [Endpoint] {
        [
            .search("/V1/transactions", access: Self.access, service: Self.service,
                    summary: "Lists transactions that match specified search criteria.") { [sales] criteria, _ in
                try await sales.searchTransactions(criteria)
            },
            Endpoint(.get, "/V1/transactions/:id", access: Self.access, service: Self.service, operation: "get",
                     summary: "Loads a specified transaction.") { [sales] call in
                try await sales.transaction(id: try call.argument("id", as: Int.self))
            },
        ]
    }
}
