import PSLintCore

/// One SARIF `result` of a diagnostic.
enum SARIFResult {
    static func make(_ d: Diagnostic, artifact: ArtifactPath, catalogue: RuleIndex, context: DiagnosticContext,
                     fingerprint: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(d.ruleID))]
        if let index = catalogue.index(of: d.ruleID) { members.append(("ruleIndex", .int(index))) }
        members.append(("level", .string(SARIFReporter.level(d.severity))))
        members.append(("message", .object([("text", .string(messageText(d, context: context)))])))

        var physical: [(String, JSONValue)] = [("artifactLocation", SARIFReporter.artifactLocation(artifact))]
        if let region = region(d.location) { physical.append(("region", region)) }
        var location: [(String, JSONValue)] = [("physicalLocation", .object(physical))]
        let logical = logicalLocations(d, context: context)
        if !logical.isEmpty { location.append(("logicalLocations", .array(logical))) }
        members.append(("locations", .array([.object(location)])))

        members.append(("partialFingerprints", .object([(SARIFReporter.fingerprintKey, .string(fingerprint))])))
        if let reason = d.suppression {
            members.append(("suppressions", .array([.object([("kind", .string("external")), ("status", .string("accepted")),
                                                             ("justification", .string(reason))])])))
        }
        if let fix = d.fix, let change = artifactChange(fix, artifact: artifact) {
            members.append(("fixes", .array([.object([("description", .object([("text", .string(fix.description))])),
                                                      ("artifactChanges", .array([change]))])])))
        }
        var properties: [(String, JSONValue)] = [("family", .string(d.family.rawValue)), ("messageId", .string(d.messageID))]
        if let field = d.field { properties.append(("field", .string(field))) }
        if let clause = d.location.clause { properties.append(("clause", .string(clause))) }
        if d.location.word != nil, let word = d.location.json["word"] { properties.append(("wordLocation", word)) }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    /// The message, the Word location when there is no line, then the standard/card and the suggestion.
    static func messageText(_ d: Diagnostic, context: DiagnosticContext) -> String {
        var first = d.message
        if d.location.line == nil, let word = d.location.word { first += " (\(word.description))" }
        var lines = [first]
        if let place = context.where_(d) { lines.append(place) }
        if let suggestion = d.suggestion, !suggestion.isEmpty { lines.append("\(context.words.suggestion): \(suggestion)") }
        return lines.joined(separator: "\n")
    }

    static func region(_ location: Location) -> JSONValue? {
        guard let line = location.line, line >= 1 else { return nil }
        var members: [(String, JSONValue)] = [("startLine", .int(line))]
        if let column = location.column, column >= 1 { members.append(("startColumn", .int(column))) }
        return .object(members)
    }

    /// The standard and card; for a Word location, the paragraph too.
    static func logicalLocations(_ d: Diagnostic, context: DiagnosticContext) -> [JSONValue] {
        var out: [JSONValue] = []
        var qualified = ""
        if let standard = d.standard {
            var name = standard.code.flatMap { $0.isEmpty ? nil : $0 } ?? "standard \(standard.index)"
            if let title = standard.title, !title.isEmpty { name += " «\(title)»" }
            qualified = name
            if d.card == nil {
                out.append(.object([("name", .string(name)), ("fullyQualifiedName", .string(name)), ("kind", .string("standard"))]))
            }
        }
        if let card = d.card {
            let name = context.card(card)
            qualified = qualified.isEmpty ? name : "\(qualified)/\(name)"
            out.append(.object([("name", .string(name)), ("fullyQualifiedName", .string(qualified)), ("kind", .string("card"))]))
        }
        if d.location.line == nil, let word = d.location.word {
            let name = word.description
            out.append(.object([("name", .string(name)), ("fullyQualifiedName", .string(qualified.isEmpty ? name : "\(qualified)/\(name)")),
                                ("kind", .string("paragraph"))]))
        }
        return out
    }

    /// A SARIF artifact change for a fix whose edits all have a line and column; nil otherwise
    /// (a Word fix cannot be expressed as a text region).
    static func artifactChange(_ fix: Fix, artifact: ArtifactPath) -> JSONValue? {
        var replacements: [JSONValue] = []
        for edit in fix.edits {
            guard let line = edit.location.line, let column = edit.location.column, edit.location.word == nil else { return nil }
            var endLine = line
            var endColumn = column
            for scalar in edit.oldText.unicodeScalars {
                if scalar == "\n" { endLine += 1; endColumn = 1 } else { endColumn += 1 }
            }
            var region: [(String, JSONValue)] = [("startLine", .int(line)), ("startColumn", .int(column))]
            if endLine != line { region.append(("endLine", .int(endLine))) }
            region.append(("endColumn", .int(endColumn)))
            replacements.append(.object([("deletedRegion", .object(region)),
                                         ("insertedContent", .object([("text", .string(edit.newText))]))]))
        }
        guard !replacements.isEmpty else { return nil }
        return .object([("artifactLocation", SARIFReporter.artifactLocation(artifact)), ("replacements", .array(replacements))])
    }
}
