/// A few aligned lines describing what was read from a postmortem, for people at a terminal.
public enum DocumentSummary {
  /// The summary of `document`.
  public static func text(_ document: PostmortemDocument) -> String {
    var rows: [(String, String)] = []
    rows.append(("title", document.title?.text ?? "(none)"))
    rows.append(("date", document.date.map { $0.date?.description ?? "\($0.raw) (not a date)" } ?? "(none)"))
    if let severity = document.severity {
      let level = severity.level.map { "\($0.rawValue), \($0.sevLabel)" } ?? "not recognised"
      rows.append(("severity", "\(severity.raw) (\(level))"))
    } else {
      rows.append(("severity", "(none)"))
    }
    if let status = document.status { rows.append(("status", status.text)) }
    rows.append(("authors", document.authors.isEmpty ? "(none)" : document.authors.map(\.text).joined(separator: ", ")))
    // The outermost level of sections, whatever it is ("###" throughout in an issue form).
    let outermost = document.sections.filter { $0.level > 1 }.map(\.level).min() ?? 2
    let topLevel = document.sections.filter { $0.level == outermost || ($0.level == 1 && $0.kind != nil) }
    rows.append(("sections", "\(topLevel.count): " + topLevel.map(\.title).joined(separator: ", ")))
    rows.append(("timeline", timelineSummary(document.timeline)))
    let open = document.actionItems.filter { !$0.done }.count
    let owned = document.actionItems.filter { $0.owner != nil }.count
    rows.append(
      (
        "actions",
        "\(document.actionItems.count) (\(open) open, \(document.actionItems.count - open) done, \(owned) with an owner)"
      ))
    let width = rows.map(\.0.count).max() ?? 0
    let body = rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
    return ([document.file] + body).joined(separator: "\n")
  }

  private static func timelineSummary(_ timeline: Timeline?) -> String {
    guard let timeline else { return "(no timeline section)" }
    let entries = timeline.entries
    let zone = timeline.timezone.map { $0.identifier ?? ($0.isLocalTime ? "local time" : $0.raw) } ?? "no zone declared"
    var text = "\(entries.count) entries, \(zone)"
    let resolved = entries.compactMap(\.epochSeconds)
    if let first = resolved.first, let last = resolved.last, resolved.count >= 2 {
      let minutes = (last - first) / 60
      let firstTime = entries.first { $0.epochSeconds != nil }?.time ?? ""
      let lastTime = entries.last { $0.epochSeconds != nil }?.time ?? ""
      text += ", \(firstTime) to \(lastTime) (\(minutes / 60)h\(pad(minutes % 60, 2))m)"
    }
    let unreadable = entries.filter { $0.status == .unrecognized }.count
    if unreadable > 0 { text += ", \(unreadable) unreadable" }
    return text
  }
}
