import PSLintCore
