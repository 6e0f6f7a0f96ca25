/// `timeline-timezone`: times with no declared zone, or a zone that is ambiguous or wrong.
struct TimelineTimezoneRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "timeline-timezone", name: "Timeline time zone",
    summary: "Timeline times have no declared zone, or an ambiguous one",
    description: """
      A time without a zone cannot be compared with alerts, logs or another team's timeline. \
      Declare the zone once ("All times UTC", "All times in Pacific Time (PT)") or on each entry. \
      IST, CST, BST and AST each name several zones; "local time" names none; and a standard-time \
      abbreviation on a daylight-saving date (PST in July) gives the wrong offset. A timeline note \
      that names another zone than the metadata's time zone field is reported too, and so is a \
      time the zone's clocks skipped (02:30 on the night they go forward), and a time written in \
      two zones that do not agree (14:05 UTC / 07:05 PST in March).
      """,
    defaultLevel: .warning,
    triggeringExamples: [
      // The stated window's "UTC" would name the zone too.
      RuleExamples.clean(replacing: "All times UTC.\n", with: "").replacingEvery("14:50 UTC", with: "14:50"),
      RuleExamples.clean(replacing: "All times UTC.", with: "All times IST."),
      RuleExamples.clean(replacing: "All times UTC.", with: "All times are local time."),
      RuleExamples.clean(replacing: "All times UTC.", with: "All times PST.").replacingEvery(
        "2024-03-02", with: "2024-07-02"),
      RuleExamples.clean(replacing: "**Severity:** SEV2", with: "**Severity:** SEV2\n**Timezone:** PST"),
      RuleExamples.clean(replacing: "All times UTC.", with: "All times in Pacific Time (PT).").replacingEvery(
        "2024-03-02", with: "2024-03-10"
      ).replacingEvery("14:", with: "02:"),
      RuleExamples.clean(replacing: "- 14:09 ", with: "- 14:09 UTC / 07:09 PST "),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(replacing: "All times UTC.", with: "All times in Pacific Time (PT)."),
      RuleExamples.clean(replacing: "All times UTC.", with: "All times PST."),
      RuleExamples.clean(replacing: "**Severity:** SEV2", with: "**Severity:** SEV2\n**Timezone:** UTC"),
      RuleExamples.clean(replacing: "- 14:09 ", with: "- 14:09 UTC (6:09 AM PST) "),
    ])

  func check(_ context: LintContext) -> [RuleFinding] {
    guard let timeline = context.document.timeline else { return [] }
    let entries = timeline.entries
    guard entries.indices.contains(where: { entries[$0].timeOfDay != nil }) else { return [] }
    var findings: [RuleFinding] = []
    let heading = SourceLocation(line: timeline.line, column: timeline.column)
    if let declaration = timeline.timezone {
      let location = SourceLocation(line: declaration.line, column: declaration.column)
      if declaration.isLocalTime {
        findings.append(
          RuleFinding(
            "'local time' does not say which zone; name it, e.g. 'All times in Pacific Time (PT)' or 'All times UTC'",
            at: location, length: declaration.raw.scalarCount))
      } else if declaration.isAmbiguous, let abbreviation = declaration.abbreviation {
        findings.append(
          RuleFinding(
            "'\(abbreviation)' names more than one zone (read as \(declaration.identifier ?? "?")); "
              + "write the zone in full or as a UTC offset, e.g. 'UTC+05:30'",
            at: location, length: declaration.raw.scalarCount))
      }
    } else if entries.indices.contains(where: { entries[$0].timeOfDay != nil && entries[$0].zone == nil }) {
      findings.append(
        RuleFinding(
          "timeline times have no time zone; add a note under the heading such as 'All times UTC'",
          at: heading, length: timeline.title.scalarCount + 3))
    }
    if let mismatch = daylightMismatch(timeline) { findings.append(mismatch) }
    for entry in entries where entry.status == .nonexistent {
      findings.append(
        RuleFinding(
          "\(entry.time) did not exist on \(entry.date?.description ?? "that date") in \(entry.timezone ?? "its zone"): "
            + "the clocks went forward past it; write the time the clocks showed",
          at: entry.location, length: entry.time.scalarCount))
    }
    if let conflict = metadataConflict(timeline, context.document.metadata.timezone) { findings.append(conflict) }
    for entry in entries {
      guard let own = entry.epochSeconds, let alternate = entry.alternate, let other = alternate.epochSeconds,
        own != other
      else { continue }
      findings.append(
        RuleFinding(
          "\(entry.time) names two moments \(formatMinutes(abs(other - own) / 60)) apart "
            + "(\(entry.timestamp ?? "?") and \(alternate.timestamp ?? "?")); correct the time or the zone that is wrong",
          at: entry.location, length: entry.time.scalarCount))
    }
    return findings
  }

  /// The timeline's own note names one zone and the metadata's time zone field another ("All times
  /// UTC" under `**Timezone:** PST`): one of them is wrong.
  private func metadataConflict(_ timeline: Timeline, _ field: TextField?) -> RuleFinding? {
    guard let field, let stated = TimeZoneTable.find(in: field.text), let declaration = timeline.timezone,
      declaration.source == .heading || declaration.source == .note,
      let declared = TimeZoneTable.find(in: declaration.raw),
      declared.identifier != stated.identifier || declared.fixedOffset != stated.fixedOffset
    else { return nil }
    return RuleFinding(
      "the timeline says its times are \(declared.text) (line \(declaration.line)) but the time zone field says "
        + "\(stated.text); keep the one the times were written in",
      at: SourceLocation(line: declaration.line, column: declaration.column), length: declaration.raw.scalarCount)
  }

  /// The first entry whose zone abbreviation gives a different offset from the one the zone had
  /// on that date (PST written in July).
  private func daylightMismatch(_ timeline: Timeline) -> RuleFinding? {
    for index in timeline.entries.indices {
      guard let timestamp = timeline.entries[index].timestamp, let offset = offset(of: timestamp) else { continue }
      let abbreviation = (timeline.entries[index].zone ?? timeline.timezone?.abbreviation)?.uppercased() ?? ""
      guard let expected = TimeZoneTable.seasonalOffsets[abbreviation], expected.offset != offset else {
        continue
      }
      let entry = timeline.entries[index]
      let location =
        entry.zone != nil
        ? entry.location
        : SourceLocation(line: timeline.timezone?.line ?? entry.line, column: timeline.timezone?.column ?? 1)
      return RuleFinding(
        "'\(abbreviation)' is not in effect on \(entry.date?.description ?? "that date"); "
          + "the clocks there read \(expected.other) (UTC\(formatOffset(offset))), so write \(expected.other) "
          + "or the generic zone",
        at: location, length: abbreviation.scalarCount)
    }
    return nil
  }

  /// The offset a resolved timestamp ends with: `Z`, or `±HH:MM` (read on bytes, once per entry).
  private func offset(of timestamp: String) -> Int? {
    // The whole view copied at once, then cut: a suffix of the view is copied a byte at a time.
    let whole = Array(timestamp.utf8)
    let bytes = Array(whole[max(0, whole.count - 6)...])
    if bytes.last == UInt8(ascii: "Z") { return 0 }
    guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
      bytes[3] == UInt8(ascii: ":"), [1, 2, 4, 5].allSatisfy({ ASCIIText.isDigit(bytes[$0]) })
    else { return nil }
    let digit = { (index: Int) in Int(bytes[index] - UInt8(ascii: "0")) }
    let magnitude = (digit(1) * 10 + digit(2)) * 3600 + (digit(4) * 10 + digit(5)) * 60
    return bytes[0] == UInt8(ascii: "-") ? -magnitude : magnitude
  }

  private func formatOffset(_ offset: Int) -> String {
    let sign = offset < 0 ? "-" : "+"
    return "\(sign)\(pad(abs(offset) / 3600, 2)):\(pad(abs(offset) % 3600 / 60, 2))"
  }
}
