/// `action-item-owner`: an open action item that nobody owns.
struct ActionItemOwnerRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "action-item-owner", name: "Action item owner",
    summary: "An action item has no owner",
    description: """
      Items without an owner are the ones that are forgotten. Name one person (`@name` or \
      `owner: name`, or an Owner column in a table); an owner still to be found (TBD, TBA, \
      unassigned) is none yet. Done items are not checked.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      RuleExamples.clean(replacing: "(owner: @bo, due: 2024-03-15, OPS-12)", with: "(due: 2024-03-15, OPS-12)"),
      "## Action Items\n\n| Action | Owner |\n|---|---|\n| Add an alert | |\n",
      "## Action Items\n\n| Action | Owner |\n|---|---|\n| Add an alert | TBD |\n",
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "(owner: @ana, due: 2024-03-02)", with: "(due: 2024-03-02)"),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard context.profile.actionItems.ownerRequired else { return [] }
    return context.document.actionItems.filter { !$0.done && ($0.owner.map(ActionItemOwnerRule.isUnnamed) ?? true) }
      .map { item in
        let yet = item.owner.map { " yet ('\($0)')" } ?? ""
        return RuleFinding(
          "action item '\(item.title)' has no owner\(yet); add one, e.g. '(owner: @name)'", at: item.location,
          length: item.source == .table ? item.title.scalarCount : 1)
      }
  }

  /// Whether an owner as written names nobody yet: "TBD", "TBA", "unassigned".
  static func isUnnamed(_ owner: String) -> Bool {
    unnamed.contains(owner.lowercased())
  }

  private static let unnamed: Set<String> = ["tbd", "tba", "unassigned", "unknown", "nobody", "?", "??"]
}
