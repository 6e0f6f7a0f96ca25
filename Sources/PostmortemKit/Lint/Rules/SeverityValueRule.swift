/// `severity-value`: the severity is not a recognised level, or not on the profile's scale.
struct SeverityValueRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "severity-value", name: "Severity value",
    summary: "The severity is not on the profile's scale",
    description: """
      Severities are compared across postmortems on one scale: SEV0–SEV5, P0–P4 and the words \
      Critical, High/Major, Medium, Low/Minor are all recognised. A severity that is none of these, \
      or a level the profile's scale does not include, cannot be compared or filtered.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      RuleExamples.clean(replacing: "**Severity:** SEV2", with: "**Severity:** Spicy"),
      RuleExamples.clean(replacing: "**Severity:** SEV2", with: "**Severity:** SEV9"),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "**Severity:** SEV2", with: "**Severity:** Major"),
      RuleExamples.clean(replacing: "**Severity:** SEV2", with: "**Severity:** P1"),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard let severity = context.document.severity else { return [] }
    let location = SourceLocation(line: severity.line, column: severity.column)
    let scale = context.profile.severities.joined(separator: ", ")
    if severity.raw.trimmingWhitespace().isEmpty {
      return [RuleFinding("the severity is empty; write a level such as SEV2", at: location, length: 1)]
    }
    guard let level = severity.level else {
      return [
        RuleFinding(
          "severity '\(severity.raw)' is not a recognised level; use one of \(scale.isEmpty ? "SEV0–SEV5" : scale)",
          at: location, length: severity.raw.scalarCount)
      ]
    }
    let allowed = context.profile.allowedLevels
    guard allowed.isEmpty || allowed.contains(level) else {
      return [
        RuleFinding(
          "severity '\(severity.raw)' (\(level.sevLabel)) is not on the scale of profile '\(context.profile.name)': \(scale)",
          at: location, length: severity.raw.scalarCount)
      ]
    }
    return []
  }
}
