/// `timeline-missing`: no timeline, or a timeline with no entries.
struct TimelineMissingRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "timeline-missing", name: "Timeline missing",
    summary: "There is no timeline, or the timeline has no entries",
    description: """
      The timeline is what every metric (time to detect, mitigate, resolve) is computed from. Add \
      a '## Timeline' section with one line per event, each starting with its time.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      "# T\n\n## Summary\n\nText.\n",
      "# T\n\n## Timeline\n\nWe will fill this in later.\n",
    ],
    nonTriggeringExamples: [RuleExamples.clean])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard let timeline = context.document.timeline else {
      return [
        RuleFinding(
          "no timeline; add a '## Timeline' section with one line per event, e.g. '- 14:05 UTC deploy starts'",
          at: context.documentLocation, length: context.document.title?.text.scalarCount ?? 1)
      ]
    }
    guard timeline.entries.isEmpty else { return [] }
    return [
      RuleFinding(
        "the timeline has no entries; list events one per line, e.g. '- 14:05 UTC deploy starts'",
        at: SourceLocation(line: timeline.line, column: timeline.column), length: timeline.title.scalarCount + 3)
    ]
  }
}
