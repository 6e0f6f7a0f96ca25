/// `date-mismatch`: the document's date is far from every date its timeline writes.
struct DateMismatchRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "date-mismatch", name: "Date mismatch",
    summary: "The document date is far from every date the timeline writes",
    description: """
      The document date places every undated time of the timeline, so a wrong one moves the whole \
      incident. When the timeline writes dates of its own (`2024-03-02 14:05`) and none of them is \
      within a month of the document date (or the first is the document date with day and month \
      swapped, `03/02` for `02/03`), one of them is wrong: a template's date left in place, the \
      year of the last incident, a swap. A date the postmortem was written on, days after the \
      incident, is not reported. A title that names the incident's day ("Outage on June 1, 2024") \
      is held to the day its stated start or first dated entry writes, a day either way, unless \
      it is a day the timeline writes (the day an exposure was found).
      """,
    defaultLevel: .warning,
    triggeringExamples: [
      RuleExamples.clean(replacing: "- 14:05 deploy", with: "- 2023-03-02 14:05 deploy"),
      RuleExamples.clean(replacing: "- 14:05 deploy", with: "- 2024-02-03 14:05 deploy"),
      "# Web stack outage on June 1, 2024\n\n**Start:** June 8, 2024, 14:30 UTC\n\n## Timeline\n\n- 14:30 alert\n",
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "- 14:05 deploy", with: "- 2024-03-02 14:05 deploy"),
      // The postmortem's own date, a week after the incident.
      RuleExamples.clean(replacing: "**Date:** 2024-03-02", with: "**Date:** 2024-03-09").replacingEvery(
        "- 14:05 deploy", with: "- 2024-03-02 14:05 deploy"),
    ])

  /// How far, in days, the nearest written date may be from the document date.
  static let reach = 31

  func check(_ context: LintContext) -> [RuleFinding] {
    let stated = documentDateFindings(context)
    // A document dated by its title ("# Outage — 17 February 2019") is told once, as its date.
    return stated + titleDateFindings(context).filter { title in !stated.contains { $0.range == title.range } }
  }

  /// The title's day ("Web Stack Outage on June 1, 2024") against the first day the document
  /// writes for the incident's start: its stated start, else its first dated timeline entry.
  private func titleDateFindings(_ context: LintContext) -> [RuleFinding] {
    let document = context.document
    guard let title = document.title, title.text.utf8.contains(where: ASCIIText.isDigit) else { return [] }
    let started: (date: CalendarDate, line: Int)?
    if let start = document.metadata.start, let day = DateParser.firstDate(in: start.raw) {
      started = (day, start.line)
    } else {
      started =
        document.timeline?.entries.lazy.compactMap { entry in
          DateMismatchRule.writtenDate(of: entry).map { ($0, entry.line) }
        }.first
    }
    guard let started, let field = PostmortemParser.titleDate(title), let named = field.date,
      abs(started.date.daysSinceEpoch - named.daysSinceEpoch) > 1
    else { return [] }
    // A title may name the day the incident was found rather than the day it began (an exposure
    // that went on for a week): a day the timeline writes is one of the incident's.
    let writesTheDay = document.timeline?.entries.contains { entry in
      DateMismatchRule.writtenDate(of: entry).map { abs($0.daysSinceEpoch - named.daysSinceEpoch) <= 1 } == true
    }
    guard writesTheDay != true else { return [] }
    return [
      RuleFinding(
        "the title names \(named), \(DateMismatchRule.distance(from: named, to: started.date)) "
          + "\(named.daysSinceEpoch < started.date.daysSinceEpoch ? "before" : "after") the incident's start on "
          + "\(started.date) (line \(started.line)); correct whichever is wrong",
        at: SourceLocation(line: field.line, column: field.column), length: field.raw.scalarCount)
    ]
  }

  /// The day an entry writes for itself (`2024-03-02 14:05`), as the timeline read it (day first
  /// where the document writes days first); nil for an entry whose day came from the document or a
  /// heading. (A written date takes six characters at least: "3/2/24".)
  private static func writtenDate(of entry: TimelineEntry) -> CalendarDate? {
    guard entry.time.utf8.count >= 6, let date = entry.date, DateParser.firstDate(in: entry.time) != nil else {
      return nil
    }
    return date
  }

  /// The document's date against the dates its timeline writes.
  private func documentDateFindings(_ context: LintContext) -> [RuleFinding] {
    let document = context.document
    guard let field = document.date, let date = field.date, let entries = document.timeline?.entries else { return [] }
    // Most timelines stay on the document's day (or the next): then nothing can be far from it,
    // and no entry's text needs reading.
    let day = date.daysSinceEpoch
    guard entries.contains(where: { $0.date.map { abs($0.daysSinceEpoch - day) > 1 } ?? false }) else { return [] }
    // Only the dates the entries write: an undated entry's day comes from the document date.
    var written: [(date: CalendarDate, line: Int)] = []
    for entry in entries {
      if let read = DateMismatchRule.writtenDate(of: entry) { written.append((read, entry.line)) }
    }
    guard let first = written.first else { return [] }
    let nearest = written.map { abs($0.date.daysSinceEpoch - day) }.min()!
    let swapped = first.date.month == date.day && first.date.day == date.month && first.date.year == date.year
    // A swap of day and month is reported however near it lands (03/02 for 02/03).
    guard nearest > DateMismatchRule.reach || (swapped && nearest > 1) else { return [] }
    var hint = ""
    if swapped {
      hint = " (day and month swapped?)"
    } else if first.date.month == date.month && first.date.day == date.day {
      hint = " (the wrong year?)"
    }
    return [
      RuleFinding(
        "date \(date) is \(DateMismatchRule.distance(from: date, to: first.date)) from the timeline, whose first "
          + "dated entry (line \(first.line)) is \(first.date)\(hint); correct whichever is wrong",
        at: SourceLocation(line: field.line, column: field.column), length: field.raw.scalarCount)
    ]
  }

  /// "7 months", "1 year", "45 days": how far apart two days are, in the largest fitting unit.
  static func distance(from start: CalendarDate, to end: CalendarDate) -> String {
    let days = abs(end.daysSinceEpoch - start.daysSinceEpoch)
    func plural(_ count: Int, _ unit: String) -> String { "\(count) \(unit)\(count == 1 ? "" : "s")" }
    if days >= 365 { return plural(days / 365, "year") }
    if days >= 60 { return plural(days / 30, "month") }
    return plural(days, "day")
  }
}
