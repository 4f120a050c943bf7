/// Magento's user types (UserContextInterface): the numbers travel in JWT `utypid` claims.
public enum UserType: Int, Sendable, Codable, CaseIterable {
    case integration = 1
    case admin = 2
    case customer = 3
    case guest = 4
}

/// Who is calling, after authentication. A missing or bad token is `.guest`, as in Magento.
public enum CallerIdentity: Sendable, Equatable {
    case guest
    case admin(userId: Int)
    case customer(customerId: Int)
    case integration(integrationId: Int)

    public var userType: UserType {
        switch self {
        case .guest: .guest
        case .admin: .admin
        case .customer: .customer
        case .integration: .integration
        }
    }

    public var userId: Int? {
        switch self {
        case .guest: nil
        case .admin(let id), .customer(let id), .integration(let id): id
        }
    }
}
