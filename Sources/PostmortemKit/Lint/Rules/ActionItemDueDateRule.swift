/// `action-item-due-date`: an open action item with no due date, an unreadable one, one before the
/// incident itself, or one later than the profile allows for the incident's severity.
struct ActionItemDueDateRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "action-item-due-date", name: "Action item due date",
    summary: "An action item has no due date, or one that is not a real date or falls before the incident",
    description: """
      A due date makes a follow-up trackable. Write it as `due: YYYY-MM-DD` (or in a Due column). \
      A due date before the incident is reported too (usually last year's number). Profiles may \
      also bound it: the default profile wants SEV0/SEV1 items done within 15 days of the \
      incident and SEV2 items within 30. Done items are not checked.
      """,
    defaultLevel: .warning,
    triggeringExamples: [
      RuleExamples.clean(replacing: "(owner: @bo, due: 2024-03-15, OPS-12)", with: "(owner: @bo, OPS-12)"),
      RuleExamples.clean(replacing: "due: 2024-03-15", with: "due: 2024-02-31"),
      RuleExamples.clean(replacing: "due: 2024-03-15", with: "due: 2024-06-15"),
      RuleExamples.clean(replacing: "due: 2024-03-15", with: "due: 2023-03-15"),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "(owner: @ana, due: 2024-03-02)", with: "(owner: @ana)"),
    ])

  /// Whether `raw` is a month and day without a year ("10/15", "Jan 31").
  private static func isYearless(_ raw: String) -> Bool {
    let tokens = TextToken.tokenize(Substring(raw))
    var index = 0
    return DateParser.scanYearless(tokens, at: &index) != nil && index == tokens.count
  }

  func check(_ context: LintContext) -> [RuleFinding] {
    let policy = context.profile.actionItems
    let document = context.document
    // A document without a date still names its day in its start, end or title, else in the
    // first dated entry of its timeline.
    let firstDay = document.timeline?.entries.lazy.compactMap(\.date).first
    let incidentDate = PostmortemParser.referenceDate(of: document) ?? firstDay
    // A document dated the day it was written, after the incident, has a timeline that starts
    // on the incident's day: a due date is before the incident only when it is before both.
    let startDay = [incidentDate, firstDay].compactMap { $0 }.min()
    let limit = document.severity?.level.flatMap { policy.dueWithinDays[$0] }
    var findings: [RuleFinding] = []
    for item in document.actionItems where !item.done {
      guard let raw = item.dueRaw else {
        if policy.dueDateRequired {
          let suggestion =
            incidentDate.map { " such as 'due: \($0.adding(days: limit ?? 30))'" } ?? ", e.g. 'due: YYYY-MM-DD'"
          findings.append(
            RuleFinding(
              "action item '\(item.title)' has no due date; add one\(suggestion)", at: item.location,
              length: item.source == .table ? item.title.scalarCount : 1))
        }
        continue
      }
      guard let due = item.due else {
        // "ASAP", "next sprint": a due written without a date, not a date written wrongly.
        let problem =
          if !raw.utf8.contains(where: ASCIIText.isDigit) {
            "action item '\(item.title)' is due '\(raw)', which names no date; write one as YYYY-MM-DD"
          } else if incidentDate == nil, ActionItemDueDateRule.isYearless(raw) {
            // "10/15" is the first such day after the incident, which this document does not date.
            "due date '\(raw)' of action item '\(item.title)' has no year and the postmortem no date to "
              + "place it after; write it as YYYY-MM-DD or add the incident's **Date:**"
          } else {
            "due date '\(raw)' of action item '\(item.title)' is not a real date; write it as YYYY-MM-DD"
          }
        findings.append(RuleFinding(problem, at: item.location, length: 1))
        continue
      }
      if let startDay, due < startDay {
        findings.append(
          RuleFinding(
            "action item '\(item.title)' is due \(due), before the incident on \(startDay); "
              + "is the year or month wrong?",
            at: item.location, length: 1))
        continue
      }
      if let limit, let incidentDate, let level = document.severity?.level,
        due.daysSinceEpoch - incidentDate.daysSinceEpoch > limit
      {
        let days = due.daysSinceEpoch - incidentDate.daysSinceEpoch
        findings.append(
          RuleFinding(
            "action item '\(item.title)' is due \(due), \(days) days after the incident; profile "
              + "'\(context.profile.name)' wants \(level.sevLabel) items done within \(limit) days "
              + "(by \(incidentDate.adding(days: limit)))",
            at: item.location, length: 1))
      }
    }
    return findings
  }
}
