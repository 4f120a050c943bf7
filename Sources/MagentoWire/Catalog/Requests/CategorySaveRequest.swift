/// Body of `POST /V1/categories` and `PUT /V1/categories/:id`: `{"category": {…}}`.
public struct CategorySaveRequest: Codable, Sendable, Equatable {
    public var category: Category

    public init(category: Category) {
        self.category = category
    }

    enum CodingKeys: String, CodingKey {
        case category
    }
}
