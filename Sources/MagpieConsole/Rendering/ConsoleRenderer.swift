import Mustache

/// The console's Mustache templates, parsed once at start; `{{ }}` escapes HTML, so values from
/// the database cannot inject markup.
struct ConsoleRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in ConsoleTemplates.all {
            try library.register(text, named: name)
        }
        self.library = library
    }

    func render(_ template: String, _ values: [String: Any]) -> String {
        library.render(TemplateValues.clean(values) ?? [:], withTemplate: template) ?? "Template \(template) is missing."
    }
}
