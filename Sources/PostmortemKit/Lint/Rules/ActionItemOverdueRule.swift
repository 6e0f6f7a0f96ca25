/// `action-item-overdue`: an open action item whose due date has passed.
struct ActionItemOverdueRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "action-item-overdue", name: "Action item overdue",
    summary: "An open action item is past its due date",
    description: """
      Open items past their due date are the follow-ups being forgotten. Finish the item and tick \
      it, or agree a new date. "Today" is the machine's date, or --today YYYY-MM-DD for \
      reproducible runs.
      """,
    defaultLevel: .warning,
    triggeringExamples: [RuleExamples.clean(replacing: "due: 2024-03-15", with: "due: 2024-03-04")],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "due: 2024-03-15", with: "due: 2024-03-05"),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    context.document.actionItems.compactMap { item in
      guard !item.done, let due = item.due, due < context.today else { return nil }
      let days = context.today.daysSinceEpoch - due.daysSinceEpoch
      return RuleFinding(
        "action item '\(item.title)' was due \(due), \(days) day\(days == 1 ? "" : "s") ago; "
          + "finish it and tick it, or agree a new date",
        at: item.location, length: 1)
    }
  }
}
