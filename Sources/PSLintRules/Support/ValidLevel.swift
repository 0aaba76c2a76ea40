import PSLintCore

extension LevelField {
    /// The level when it is one of the valid ORK levels, else nil. Rules that compare levels use
    /// this, so that a level out of range (`9`) or a range (`5-6`) is reported once, by the
    /// ork-level rules, and not again as a list mismatch or a broken link: one defect, one finding.
    var validLevel: Int? {
        guard let parsed, ReferenceData.orkLevels.levels.contains(parsed) else { return nil }
        return parsed
    }
}
