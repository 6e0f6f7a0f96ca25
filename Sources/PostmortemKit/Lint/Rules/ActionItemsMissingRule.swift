/// `action-items-missing`: the postmortem commits to nothing.
struct ActionItemsMissingRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "action-items-missing", name: "Action items missing",
    summary: "The postmortem has no action items",
    description: """
      A postmortem without follow-ups changes nothing. List what will be done, one item per \
      line, under an '## Action Items' (or Follow-ups, Remediation…) heading.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      "# T\n\n## Summary\n\nText.\n",
      RuleExamples.clean(
        replacing:
          "- [ ] Flush only the changed keys on deploy (owner: @bo, due: 2024-03-15, OPS-12)\n- [x] Warm the cache from a replica (owner: @ana, due: 2024-03-02)\n",
        with: "None yet.\n"),
    ],
    nonTriggeringExamples: [RuleExamples.clean])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard context.document.actionItems.isEmpty else { return [] }
    if let section = context.document.section(.actionItems) {
      return [
        RuleFinding(
          "the '\(section.title)' section lists no action items; add one per line, "
            + "e.g. '- [ ] Add an alert (owner: @name, due: YYYY-MM-DD)'",
          at: SourceLocation(line: section.line, column: section.column), length: section.title.scalarCount + 3)
      ]
    }
    return [
      RuleFinding(
        "no action items; add an '## Action Items' section with one item per line",
        at: context.documentLocation, length: context.document.title?.text.scalarCount ?? 1)
    ]
  }
}
