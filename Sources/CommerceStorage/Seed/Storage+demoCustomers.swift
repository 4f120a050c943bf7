import CommerceDomain
import MagentoWire
import SQLKit

extension Storage {
    /// Adds the fifty `DemoCustomers` to a database that has no customers yet, all with one
    /// password hash (hashed once by the caller: bcrypt fifty times would slow every start).
    /// Returns how many accounts were written (0 when customers already exist).
    @discardableResult
    public func seedDemoCustomers(passwordHash: String) async throws -> Int {
        let existing = try await provider.read { db in
            try await db.raw("SELECT COUNT(*) AS total FROM customer_entity").first()?.decode(column: "total", as: Int.self) ?? 0
        }
        guard existing == 0 else { return 0 }
        for entry in DemoCustomers.all {
            var customer = DemoCustomers.customer(entry)
            customer.createdIn = "Default Store View"
            _ = try await customers.createCustomer(customer, passwordHash: passwordHash)
        }
        return DemoCustomers.all.count
    }
}
