/// Every template by name. Kept as Swift strings, not bundle resources, so the release binary
/// renders them from any working directory with nothing to install beside it.
enum ConsoleTemplates {
    static let all: [String: String] = LayoutTemplates.all.merging(PageTemplates.all) { first, _ in first }
        .merging(OperationsTemplates.all) { first, _ in first }
}
