/// `timeline-time`: a timeline entry whose time cannot be read.
struct TimelineTimeRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "timeline-time", name: "Timeline time",
    summary: "A timeline entry's time cannot be read (14.43, 25:10, 13:06 PM)",
    description: """
      Every timeline entry needs a time that can be placed on the clock: 24-hour `14:43` or \
      12-hour `2:43 PM`, optionally with a date and zone, or a time relative to a T+0 the \
      timeline names (`T+0:09` under "T+0 = 14:05 UTC" or "Incident start 14:05 UTC"). \
      Entries with `14.43`, `25:10`, `13:06 PM`, `??:??`, a relative time with no T+0 (reported \
      once, at the first), or no time at all (a timeline of three steps or more with no time \
      anywhere is reported once) cannot be ordered or measured. A time under a date \
      that is no date (`2024-02-30 14:05`, `20202-01-16 12:00`) is placed by the dates around it, \
      which may not be the day meant.
      """,
    defaultLevel: .error,
    triggeringExamples: [
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- 14.09 latency alert fires"),
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- 13:09 PM latency alert fires"),
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- latency alert fires"),
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- T+4m latency alert fires"),
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- 2024-02-30 14:09 latency alert fires"),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- 2:09 PM latency alert fires"),
      RuleExamples.clean(replacing: "All times UTC.", with: "All times UTC; T+0 = 14:05.").replacingEvery(
        "- 14:09 latency", with: "- T+4m latency"),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard let timeline = context.document.timeline else { return [] }
    let unread = timeline.entries.filter { $0.status == .unrecognized }
    // Relative times with no T+0 share one cause: reported once, at the first.
    let isRelative = unread.map { TimeParser.scan(TimelineTimeRule.clockPart(of: $0.time))?.relativeSeconds != nil }
    let relativeCount = isRelative.count { $0 }
    var findings: [RuleFinding] = []
    // A timeline of steps with no time anywhere ("- Reboot — the system hangs at the splash
    // screen"): one cause, reported once, at the first.
    let timeless = unread.filter { $0.time.isEmpty && ($0.date == nil || $0.dateIsFromContext) }
    if timeless.count >= 3, timeless.count == timeline.entries.count, let first = timeless.first {
      return [
        RuleFinding(
          "none of the timeline's \(timeless.count) entries has a time; start each with the time it happened, "
            + "e.g. '14:05' or '2:05 PM'", at: first.location, length: 1)
      ]
    }
    var reportedRelative = false
    for (index, entry) in unread.enumerated() {
      if isRelative[index] {
        if reportedRelative { continue }
        reportedRelative = true
      }
      let text = message(for: entry, unanchoredCount: relativeCount, date: context.document.date?.date)
      findings.append(RuleFinding(text, at: entry.location, length: max(entry.time.scalarCount, 1)))
    }
    // A time read under a date that is none ("2024-02-30 14:05", "20202-01-16 12:00"): the
    // entry is placed by the dates around it, which may not be the day meant.
    for entry in timeline.entries where entry.writtenDateIsInvalid && entry.status != .unrecognized {
      guard let reason = TimelineTimeRule.brokenDate(in: entry.time) else { continue }
      findings.append(
        RuleFinding(
          "'\(reason.date)' is not a date: \(reason.why); correct the entry's date", at: entry.location,
          length: reason.date.scalarCount))
    }
    return findings
  }

  /// The numeric year-month-day that opens `time`, when it is no calendar date, and why.
  static func brokenDate(in time: String) -> (date: String, why: String)? {
    guard let word = time.split(separator: " ").first.map(String.init) else { return nil }
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(ASCIIText.isDigit) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    if parts[0].count != 4 { return (word, "its year has \(parts[0].count) digits") }
    guard (1...12).contains(month) else { return (word, "there is no month \(month)") }
    let days = CalendarDate.daysIn(month: month, year: year)
    guard (1...days).contains(day) else { return (word, "that month has \(days) days") }
    return nil
  }

  private func message(for entry: TimelineEntry, unanchoredCount: Int, date: CalendarDate?) -> String {
    // A date before the broken time ("2024-09-03 ??:??") is fine: the time is judged alone.
    let time = TimelineTimeRule.clockPart(of: entry.time)
    if let date = entry.date, time.isEmpty || time == entry.time && DateParser.whole(Substring(time)) != nil {
      // Under a date heading the day is written already: the time goes first on the entry.
      if entry.dateIsFromContext {
        return "timeline entry on \(date) has no time; start it with one, e.g. '14:05' or '2:05 PM'"
      }
      return "timeline entry on \(date) has no time of day; add it after the date, e.g. '\(date) 14:05'"
    }
    if time.isEmpty {
      // "2015-02-30 Chef 12.2.1 released": a date that is none, so the line was read as text.
      if entry.date == nil, let reason = TimelineTimeRule.brokenDate(in: entry.text) {
        return "'\(reason.date)' is not a date: \(reason.why); correct the entry's date and add its time after it"
      }
      return "timeline entry has no time; start it with one, e.g. '14:05' or '2:05 PM'"
    }
    if TimeParser.scan(time)?.relativeSeconds != nil {
      let others = unanchoredCount - 1
      let subject =
        others == 0
        ? "'\(time)' counts" : "'\(time)' and the \(others) other relative \(others == 1 ? "time" : "times") count"
      let note = "'T+0 = \(date.map { "\($0) " } ?? "")14:05 UTC' or 'Incident start 14:05 UTC'"
      // "+5m" without its T may count from the entry before as well: the time itself is the fix.
      if time.hasPrefix("+") {
        return subject + " from a moment the timeline does not give; write the time it happened, e.g. '14:05', "
          + "or add a note such as " + note
      }
      return subject + " from T+0, but the timeline does not say when T+0 was; add a note such as " + note
    }
    let upper = time.uppercased()
    // "14.43", "2.45pm": a dot where the colon goes.
    if time.contains("."), !time.contains(":"), time.contains(where: \.isNumber) {
      return "'\(time)' is not a time; write it with a colon, e.g. '\(time.replacingEvery(".", with: ":"))'"
    }
    if TimelineTimeRule.writesMeridiem(upper) {
      return
        "'\(time)' mixes a 24-hour time with AM/PM; write '\(time.prefix { $0 != " " && $0 != "A" && $0 != "P" && $0 != "a" && $0 != "p" })' or a 12-hour time"
    }
    if time.contains(where: \.isNumber) && time.contains(":") {
      return "'\(time)' is out of range; hours run 00–23 and minutes 00–59"
    }
    return "'\(time)' is not a time; write the time the event happened, e.g. '14:05'"
  }

  /// Whether upper-cased `time` writes AM or PM after a number ("13:45 PM", "13.45pm"), not
  /// inside a word ("Same session", "Example").
  private static func writesMeridiem(_ time: String) -> Bool {
    let bytes = Array(time.utf8)
    for index in bytes.indices.dropLast() where bytes[index + 1] == UInt8(ascii: "M") {
      guard bytes[index] == UInt8(ascii: "A") || bytes[index] == UInt8(ascii: "P") else { continue }
      let after = index + 2
      guard after == bytes.count || !ASCIIText.isLetter(bytes[after]) else { continue }
      var before = index - 1
      if before >= 0, bytes[before] == UInt8(ascii: " ") { before -= 1 }
      if before >= 0, ASCIIText.isDigit(bytes[before]) { return true }
    }
    return false
  }

  /// The time in an entry's written time: "2024-09-03 ??:??" is judged by "??:??", "Mar 2 13:06
  /// PM" by "13:06 PM", "xx:xx PM January 21, 2026" by "xx:xx PM".
  private static func clockPart(of time: String) -> String {
    let words = time.split(separator: " ")
    for count in [2, 1] where words.count > count {
      let suffix = words.suffix(count).joined(separator: " ")
      if let scanned = TimeParser.scan(suffix), scanned.isUnrecognized, scanned.date == nil, scanned.monthDay == nil {
        return suffix
      }
    }
    // The date after it: "xx:xx PM January 21, 2026".
    for count in [2, 1] where words.count > count {
      let prefix = words.prefix(count).joined(separator: " ")
      if let scanned = TimeParser.scan(prefix), scanned.isUnrecognized, scanned.date == nil, scanned.monthDay == nil,
        scanned.rest.isEmpty
      {
        return prefix
      }
    }
    return time
  }
}
