/// A timeline a docs-as-code site keeps in the front matter rather than in a section:
///
/// ```yaml
/// timeline:
///   - time: "2024-02-29T08:07:00Z"
///     event: Alerts fire
///   - 08:31 UTC new certificate deployed
/// ```
///
/// Each element is written out as the line a section would hold ("2024-02-29T08:07:00Z Alerts
/// fire"), so that its time is read as any entry's is.
enum FrontMatterTimeline {
  /// The front-matter list named as the timeline (the first one), with each element's line and
  /// place; nil when the front matter has none.
  static func read(_ fields: [LabeledValue], source: SourceText) -> (
    key: LabeledValue, lines: [(text: String, location: SourceLocation)]
  )? {
    for field in fields where field.items != nil && SectionKind.recognize(key: field.key) == .timeline {
      var lines: [(text: String, location: SourceLocation)] = []
      for (item, mapping, location) in field.listElements {
        if let (time, text) = mapping.isEmpty ? nil : line(from: mapping) {
          // Placed at its time, so that a zone in it is located too; the element's start if the
          // time is not found as written on its first lines.
          lines.append((text, place(time, from: location, in: source) ?? location))
        } else if mapping.count <= 1, !item.trimmingWhitespace().isEmpty {
          // A line with a colon in it and no quotes ("- 13:40 UTC: rebalances") is a mapping of
          // one pair to YAML: without a time among its keys, its text is the line.
          lines.append((item, location))
        }
      }
      return lines.isEmpty ? nil : (field, lines)
    }
    return nil
  }

  /// Where `value` is first written on the lines of a mapping starting at `start`.
  private static func place(_ value: String, from start: SourceLocation, in source: SourceText) -> SourceLocation? {
    for number in start.line..<min(start.line + 8, source.lineCount + 1) {
      let line = source.line(number)
      if let range = line.range(of: value) {
        return SourceLocation(line: number, column: line[..<range.lowerBound].scalarCount + 1)
      }
    }
    return nil
  }

  /// The keys whose value is the entry's time, in order of preference.
  private static let timeKeys = ["timestamp", "datetime", "date_time", "time", "at", "when"]
  /// The keys whose value is the event, in order of preference.
  private static let textKeys = [
    "event", "description", "text", "what", "summary", "title", "message", "note", "action",
  ]

  /// An element written as a mapping, as a line: its time (after its date, when the date is a key
  /// of its own), then its event; with the time as written, nil without one.
  private static func line(from mapping: [String: String]) -> (time: String, line: String)? {
    var lowered: [String: String] = [:]
    for (key, value) in mapping { lowered[key.lowercased()] = value.trimmingWhitespace() }
    guard let timeKey = timeKeys.first(where: { !(lowered[$0] ?? "").isEmpty }), let time = lowered[timeKey] else {
      return nil
    }
    var moment = time
    if let date = lowered["date"], !date.isEmpty { moment = "\(date) \(time)" }
    let text = textKeys.lazy.compactMap { lowered[$0] }.first { !$0.isEmpty } ?? ""
    return (time, text.isEmpty ? moment : "\(moment) \(text)")
  }
}
