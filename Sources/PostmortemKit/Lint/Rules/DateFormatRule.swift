/// `date-format`: the document date is not a real calendar date.
struct DateFormatRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "date-format", name: "Date format",
    summary: "A metadata date is not a real calendar date",
    description: """
      The incident date anchors every timestamp in the timeline. Write it as YYYY-MM-DD (other \
      common forms such as 2 March 2024 are read too); placeholders such as 2023-MM-DD and \
      impossible days such as 2024-02-30 are reported.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      RuleExamples.clean(replacing: "**Date:** 2024-03-02", with: "**Date:** 2024-02-30"),
      RuleExamples.clean(replacing: "**Date:** 2024-03-02", with: "**Date:** 2023-MM-DD"),
      RuleExamples.clean(replacing: "**Date:** 2024-03-02", with: "**Date:** last Saturday"),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "**Date:** 2024-03-02", with: "**Date:** 2 March 2024"),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard let date = context.document.date, date.date == nil else { return [] }
    let location = SourceLocation(line: date.line, column: date.column)
    let message =
      date.isInvalid
      ? "date '\(date.raw)' is not a real calendar date; write it as YYYY-MM-DD"
      : "'\(date.raw)' is not a date; write it as YYYY-MM-DD, e.g. 2024-03-02"
    return [RuleFinding(message, at: location, length: date.raw.scalarCount)]
  }
}
