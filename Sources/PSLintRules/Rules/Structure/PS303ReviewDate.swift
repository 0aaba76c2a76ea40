import PSLintCore

/// PS303 review-date: the approximate review date is not earlier than the version's year.
struct PS303ReviewDate: Rule {
    static let id = "PS303"

    func check(_ context: RuleContext) -> [Diagnostic] {
        let data = context.standard.technicalData
        guard let version = data.version, let review = data.reviewDate,
              let versionYear = Years.last(in: version.value), let reviewYear = Years.last(in: review.value),
              reviewYear < versionYear else { return [] }
        return [context.report("beforeVersion", ["date": .string(review.value.trimmingWhitespace), "reviewYear": .int(reviewYear),
                                                 "versionYear": .int(versionYear)], at: review.location, field: "reviewDate")]
    }
}
