import PSLintCore

/// How the run chooses the language of its messages.
public enum LanguageChoice: Sendable, Hashable {
    case fixed(MessageLanguage)
    /// The standard's own language (kk or ru); `fallback` for anything else.
    case auto(fallback: MessageLanguage)

    func language(for standard: Standard) -> MessageLanguage {
        switch self {
        case .fixed(let language): return language
        case .auto(let fallback):
            switch standard.language {
            case .kk: return .kk
            case .ru: return .ru
            case .en: return fallback
            }
        }
    }
}

/// The language of the user's locale: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`
/// decides (`ru_RU.UTF-8` → ru, `kk_KZ` → kk); any other language, `C` and `POSIX` → en.
public func resolveLanguage(environment: [String: String]) -> MessageLanguage {
    for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        guard let value = environment[variable]?.trimmingWhitespace, !value.isEmpty else { continue }
        let code = value.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }.lowercased()
        switch code {
        case "ru": return .ru
        case "kk", "kaz": return .kk
        default: return .en
        }
    }
    return .en
}
