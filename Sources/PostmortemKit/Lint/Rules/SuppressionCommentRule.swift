/// `suppression-comment`: a `<!-- postmortem-… -->` comment that is not a valid directive.
struct SuppressionCommentRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "suppression-comment", name: "Suppression comment",
    summary: "A postmortem-disable/enable comment is malformed or names an unknown rule",
    description: """
      Suppressions are `<!-- postmortem-disable RULE… -->`, `<!-- postmortem-enable RULE… -->` \
      and `<!-- postmortem-disable-next-line RULE… -->`. A misspelt directive or rule ID would \
      silently suppress nothing, so it is reported instead; this finding cannot be suppressed.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      RuleExamples.clean(
        replacing: "## Resolution\n", with: "## Resolution\n\n<!-- postmortem-disable action-item-ownr -->\n"),
      RuleExamples.clean(
        replacing: "## Resolution\n", with: "## Resolution\n\n<!-- postmortem-disable-nextline empty-section -->\n"),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(
        replacing: "## Resolution\n", with: "## Resolution\n\n<!-- postmortem-disable-next-line empty-section -->\n"),
      RuleExamples.clean(replacing: "## Resolution\n", with: "## Resolution\n\n<!-- a note for reviewers -->\n"),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    context.malformedSuppressions.map { malformed in
      RuleFinding(
        "suppression comment: \(malformed.reason); it suppresses nothing", at: malformed.location,
        length: malformed.length)
    }
  }
}
