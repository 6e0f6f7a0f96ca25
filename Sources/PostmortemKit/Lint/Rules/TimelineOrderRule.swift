/// `timeline-order`: an entry earlier than the one before it.
struct TimelineOrderRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "timeline-order", name: "Timeline order",
    summary: "A timeline entry is earlier than the one before it",
    description: """
      Timelines are read top to bottom. An entry earlier than its predecessor is either a typo in \
      the time or an entry in the wrong place. A clock that goes back by half a day or more is \
      read as crossing midnight and is not reported. A timeline written newest first throughout \
      (a status page's update history) is reported once, at its heading.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      RuleExamples.clean(replacing: "- 14:30 cache warming starts", with: "- 14:03 cache warming starts"),
      "# Game day\n\n## Timeline\n\n- T+0:40 replica promoted\n- T+0:30 alert fires\n",
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      "**Date:** 2024-03-02\n\n## Timeline\n\nAll times UTC.\n\n- 23:50 job starts\n- 00:10 job stalls\n",
      "# Batch stall\n\n## Timeline\n\nAll times UTC.\n\n- 23:50 job starts\n- 00:10 job stalls\n",
      "# Game day\n\n## Timeline\n\nAll times UTC.\n\n- T+0:05 alert\n- 14:10 UTC page\n- T+0:20 failover\n",
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard let timeline = context.document.timeline else { return [] }
    if timeline.newestFirst, let newest = timeline.entries.last, let oldest = timeline.entries.first {
      // Reported once: each entry is in its place in a list written the other way round.
      return [
        RuleFinding(
          "the timeline runs newest first, from \(newest.time) (line \(newest.line)) back to \(oldest.time) "
            + "(line \(oldest.line)); postmortem timelines read oldest first: reverse the entries",
          at: SourceLocation(line: timeline.line, column: timeline.column), length: timeline.title.scalarCount + 3)
      ]
    }
    let entries = timeline.entries
    var findings: [RuleFinding] = []
    // Indices, not copies of every entry.
    var previous: Int?
    for index in entries.indices where entries[index].hasMoment {
      defer { previous = index }
      guard let previous, let earlier = isEarlier(entries[index], than: entries[previous]), earlier else { continue }
      let entry = entries[index]
      let before = entries[previous]
      findings.append(
        RuleFinding(
          "entry at \(entry.time) is earlier than the one before it (\(before.time) on line \(before.line)); "
            + (TimelineOrderRule.afternoonWithoutMeridiem(entry, after: before).map {
              "an afternoon time written without PM? write '\($0)' or '\(TimelineOrderRule.clock(of: entry)) PM'"
            } ?? "fix the time or move the entry"),
          at: entry.location, length: entry.time.scalarCount))
    }
    return findings
  }

  /// The 24-hour time an entry means when it reads as a 12-hour clock without AM/PM after midday
  /// ("12:39" then "1:50"): a one-digit hour that, twelve hours on, follows the entry before on
  /// the same day. Nil otherwise.
  static func afternoonWithoutMeridiem(_ entry: TimelineEntry, after before: TimelineEntry) -> String? {
    guard let time = entry.timeOfDay, let previous = before.timeOfDay, entry.date == before.date,
      (1...11).contains(time.hour), previous.hour >= 12,
      let later = TimeOfDay(hour: time.hour + 12, minute: time.minute, second: time.second), later >= previous,
      case let clock = TimelineOrderRule.clock(of: entry), clock.utf8.count == 4 || clock.utf8.count == 7,
      clock.utf8.dropFirst().first == UInt8(ascii: ":"),
      !entry.time.uppercased().contains("AM"), !entry.time.uppercased().contains("PM")
    else { return nil }
    return "\(later.hour):" + clock.dropFirst(2)
  }

  /// Whether a written time gives its seconds ("06:17:55", not "06:17" or "2024-03-05 06:17").
  private static func writesSeconds(_ time: String) -> Bool {
    time.utf8.lazy.filter { $0 == UInt8(ascii: ":") }.count >= 2
  }

  /// The clock an entry's time closes with ("1:50" of "2015-02-27 1:50").
  private static func clock(of entry: TimelineEntry) -> Substring {
    entry.time.split(separator: " ").last ?? ""
  }

  /// nil when the two cannot be compared (different or unknown dates without timestamps).
  private static let halfADay = 12 * 3600

  private func isEarlier(_ entry: TimelineEntry, than before: TimelineEntry) -> Bool? {
    if let a = entry.epochSeconds, let b = before.epochSeconds {
      // "06:17" after "06:17:55" names that minute, which the moment before falls in.
      if a < b, a / 60 == b / 60, !TimelineOrderRule.writesSeconds(entry.time) { return false }
      return a < b
    }
    // "T+0:40" then "T+0:30", their T+0 never placed: the offsets say the order.
    if let a = entry.offsetSeconds, let b = before.offsetSeconds { return a < b }
    guard entry.date == before.date, let a = entry.timeOfDay, let b = before.timeOfDay else { return nil }
    // With no day to place them on (a document that states none), a clock that goes back by half
    // a day or more crossed midnight, as the parser reads it where the day is known.
    if entry.date == nil, b.secondsSinceMidnight - a.secondsSinceMidnight >= TimelineOrderRule.halfADay {
      return false
    }
    if a.hour == b.hour, a.minute == b.minute, !TimelineOrderRule.writesSeconds(entry.time) { return false }
    return a < b
  }
}
