/// `action-item-vague`: an action item that is not a concrete action.
struct ActionItemVagueRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "action-item-vague", name: "Vague action item",
    summary: "An action item is not a concrete action (Investigate…, Look into…, Be more careful)",
    description: """
      "Investigate X" or "Be more careful" cannot be finished or verified. Say what will change: \
      "Add a retry budget to the export job" rather than "Look into retries".
      """,
    defaultLevel: .info,
    options: ["words": "comma-separated openings to report (default: investigate, look into, consider, …)"],
    triggeringExamples: [
      RuleExamples.clean(
        replacing: "Flush only the changed keys on deploy", with: "Investigate the cache behaviour"),
      RuleExamples.clean(replacing: "Flush only the changed keys on deploy", with: "Be more careful"),
    ],
    nonTriggeringExamples: [RuleExamples.clean])

  static let defaultOpenings = [
    "investigate", "look into", "consider", "think about", "explore", "discuss", "research", "evaluate",
    "be more careful", "be careful", "try to", "improve", "follow up", "check",
  ]

  func check(_ context: LintContext) -> [RuleFinding] {
    let openings = (context.options.list("words") ?? ActionItemVagueRule.defaultOpenings).map { ($0, $0 + " ") }
    // A title whose first letter is ASCII can only start with an opening of the same first
    // letter (when every opening starts with an ASCII letter): the others need no comparison.
    var firstBytes = ByteSet("")
    var asciiOpenings = true
    for (opening, _) in openings {
      guard let first = opening.utf8.first, first < 0x80 else {
        asciiOpenings = false
        break
      }
      firstBytes.insert(first)
    }
    return context.document.actionItems.compactMap { item in
      if asciiOpenings, let first = item.title.utf8.first, first < 0x80, !firstBytes.contains(ASCIIText.lower(first)) {
        return nil
      }
      let title = item.title.lowercased()
      guard let (opening, _) = openings.first(where: { title == $0.0 || title.hasPrefix($0.1) }) else { return nil }
      return RuleFinding(
        "action item '\(item.title)' starts with '\(opening)' and is not a concrete action; "
          + "say what will change, e.g. 'Add a retry budget to the export job'",
        at: item.location, length: 1)
    }
  }
}
