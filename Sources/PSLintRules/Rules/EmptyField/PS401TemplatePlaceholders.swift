import PSLintCore

/// PS401 template-placeholders: no placeholder of the template (`___`, `«…»`) is left in the text.
struct PS401TemplatePlaceholders: Rule {
    static let id = "PS401"

    func check(_ context: RuleContext) -> [Diagnostic] {
        context.standard.placeholders.map { placeholder in
            context.report("placeholder", ["text": .string(Snippet.short(placeholder.value))], at: placeholder.location)
        }
    }
}
