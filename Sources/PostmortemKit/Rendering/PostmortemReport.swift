/// Everything a report about one postmortem shows: the parsed document and its source, the
/// metrics computed from its timeline, and (optionally) its lint findings.
public struct PostmortemReport: Sendable {
  public var parsed: ParsedPostmortem
  public var metrics: IncidentMetrics
  /// nil when findings were not asked for.
  public var findings: [Finding]?
  /// The date action items are judged overdue against.
  public var today: CalendarDate

  public init(parsed: ParsedPostmortem, findings: [Finding]?, today: CalendarDate, toleranceMinutes: Int = 5) {
    self.parsed = parsed
    self.metrics = IncidentMetrics.compute(parsed.document, toleranceMinutes: toleranceMinutes)
    self.findings = findings
    self.today = today
  }

  public var document: PostmortemDocument { parsed.document }

  /// The day of the incident: the stated date, else the day the summary or lede opens with, or a
  /// monthly report's (`ParsedPostmortem.incidentDay`). Sites are ordered and dated by it.
  public var incidentDay: CalendarDate? { document.date?.date ?? parsed.incidentDay }

  /// The date as a report shows it: the stated date (as written when it is no real day), else the
  /// incident's day, else a dash.
  public var dateText: String {
    document.date?.date?.description ?? document.date?.raw ?? parsed.incidentDay?.description ?? "—"
  }

  /// The title, else the file name.
  public var title: String {
    document.title?.text ?? String(document.file.split(separator: "/").last ?? "Untitled postmortem")
  }

  /// "SEV1 (Critical)", the raw text when unrecognised, or "Unknown".
  public var severityLabel: String {
    guard let severity = document.severity else { return "Unknown" }
    guard let level = severity.level else { return severity.raw }
    let raw = severity.raw.trimmingCharacters(in: "[]() ")
    // "SEV-1" and "sev 1" say no more than "SEV1".
    let bare = String(raw.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    return bare == level.sevLabel ? level.sevLabel : "\(level.sevLabel) (\(raw))"
  }

  /// `sev0`…`sev5`, or `unknown`: the CSS class and filter key of the severity.
  public var severityClass: String {
    document.severity?.level.map { "sev\($0.rank)" } ?? "unknown"
  }

  /// Open items whose due date is before `today`.
  public func isOverdue(_ item: ActionItem) -> Bool {
    !item.done && (item.due.map { $0 < today } ?? false)
  }

  /// The top-level narrative sections (not the timeline or action items, which reports show in
  /// their own way) with their Markdown bodies as written; the prose before the first of them,
  /// a lede under the title, first, as "Overview".
  public var narrativeSections: [(section: Section, markdown: String)] {
    let titleLine = document.title?.line
    let candidates = document.sections.filter { !($0.level == 1 && $0.line == titleLine) }
    let firstLine = candidates.first { $0.style != .label }?.line ?? parsed.source.lineCount + 1
    let topLevel = candidates.map(\.level).min()
    let lede =
      ledeMarkdown(before: firstLine).map { markdown in
        [
          (
            section: Section(
              title: "Overview", level: topLevel ?? 2, kind: nil, style: .label,
              location: SourceLocation(line: 1, column: 1), endLine: firstLine - 1, hasContent: true),
            markdown: markdown
          )
        ]
      } ?? []
    guard let topLevel else { return lede }
    // Each section that no section before it holds (a "### Summary" before the "##" sections
    // is one); the timeline and the action items hold theirs, which reports show in tables.
    var heldUntil = 0
    let outermost = candidates.filter { section in
      if section.style == .label { return section.level == topLevel }
      guard section.line > heldUntil else { return false }
      heldUntil = section.endLine
      // "### Duration: 10:00 to 11:30 (GMT)" with nothing under it is a detail, shown as one.
      return section.hasContent || MetadataParser.headingLabel(section.title) == nil
    }
    return lede
      + outermost.filter { $0.kind != .timeline && $0.kind != .actionItems }.map {
        section in
        // A label standing in for a section is one line: its value is the section.
        if section.style == .label {
          return (section, section.label(in: document.metadata.fields)?.value ?? "")
        }
        var first = section.line + 1
        // A setext heading's underline is part of the heading.
        let next = parsed.source.line(first).trimmingWhitespace()
        if !next.isEmpty, next.allSatisfy({ $0 == "=" || $0 == "-" }) { first += 1 }
        var lines = first <= section.endLine ? (first...section.endLine).map(parsed.source.line) : []
        while let last = lines.last, last.trimmingWhitespace().isEmpty { lines.removeLast() }
        while let head = lines.first, head.trimmingWhitespace().isEmpty { lines.removeFirst() }
        return (section, lines.joined(separator: "\n"))
      }
  }

  /// The paragraphs before line `end` that are neither the front matter, the title nor the
  /// details (a lede: "On January 7th, 2023 at 22:26 UTC the site slowed down…"), as written;
  /// nil when there are none.
  private func ledeMarkdown(before end: Int) -> String? {
    let source = parsed.source
    var line = (document.metadata.frontMatter?.endLine ?? 0) + 1
    let excluded = Set(document.metadata.fields.map(\.line) + [document.title?.line].compactMap { $0 })
    var kept: [String] = []
    var block: [Int] = []
    func flush() {
      defer { block = [] }
      guard let first = block.first, !block.contains(where: excluded.contains) else { return }
      let text = block.map(source.line)
      let opening = text[0].trimmingWhitespace()
      // A rule, a comment, a setext underline alone: no prose.
      guard !opening.hasPrefix("<!--"), !opening.allSatisfy({ "-*_= ".contains($0) }) || first != block.last
      else { return }
      kept.append(text.joined(separator: "\n"))
    }
    while line < end {
      if source.line(line).trimmingWhitespace().isEmpty { flush() } else { block.append(line) }
      line += 1
    }
    flush()
    return kept.isEmpty ? nil : kept.joined(separator: "\n\n")
  }
}
