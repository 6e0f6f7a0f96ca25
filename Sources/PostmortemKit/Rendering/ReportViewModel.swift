/// The values the HTML report layout (a Mustache template) renders. Every string here is plain
/// text that Mustache escapes; only `html` of a section is pre-rendered, by cmark-gfm in safe mode.
enum ReportViewModel {
  static func page(_ report: PostmortemReport, generator: String, indexHref: String?) -> [String: Any] {
    let document = report.document
    var values: [String: Any] = [
      "generator": generator,
      "title": report.title,
      "file": document.file,
      "date": report.dateText,
      "status": document.status?.text ?? "—",
      "authors": document.authors.isEmpty ? "—" : document.authors.map(\.text).joined(separator: ", "),
      "severityLabel": report.severityLabel,
      "severityClass": report.severityClass,
      "duration": duration(report),
      "today": report.today.description,
    ]
    if let indexHref { values["indexHref"] = indexHref }
    let metrics = metricRows(report.metrics)
    values["metrics"] = metrics
    values["hasMetrics"] = !metrics.isEmpty
    values["stated"] = statedRows(report.metrics)
    if let timeline = document.timeline { values["timeline"] = timelineValues(timeline) }
    let items = document.actionItems
    values["actionItems"] = items.map { item -> [String: Any] in
      var row: [String: Any] = [
        "title": item.title, "done": item.done, "statusText": item.status.map(capitalized) ?? "Open",
        "owner": item.owner ?? "—", "due": item.due?.description ?? item.dueRaw ?? "—",
        "overdue": report.isOverdue(item), "ticket": item.ticket ?? "",
      ]
      if let description = item.description { row["description"] = description }
      if let group = item.group { row["group"] = group }
      if let ticket = item.ticket, ticket.hasPrefix("https://") || ticket.hasPrefix("http://") {
        row["ticketHref"] = ticket
      }
      return row
    }
    values["hasActionItems"] = !items.isEmpty
    values["openCount"] = items.filter { !$0.done }.count
    values["doneCount"] = items.filter(\.done).count
    let overdue = items.filter(report.isOverdue).count
    if overdue > 0 { values["overdueCount"] = overdue }
    if let findings = report.findings {
      values["withFindings"] = true
      values["hasFindings"] = !findings.isEmpty
      values["findings"] = findings.map {
        ["level": $0.level.rawValue, "rule": $0.rule, "line": $0.line, "column": $0.column, "message": $0.message]
          as [String: Any]
      }
    }
    var anchors = Set<String>()
    values["sections"] = report.narrativeSections.map { entry -> [String: Any] in
      var anchor = Slug.make(entry.section.title)
      if anchor.isEmpty { anchor = "section" }
      var unique = anchor
      var counter = 2
      while anchors.contains(unique) || ["metrics", "timeline", "action-items", "findings"].contains(unique) {
        unique = "\(anchor)-\(counter)"
        counter += 1
      }
      anchors.insert(unique)
      return ["title": entry.section.title, "anchor": unique, "html": MarkdownParser.renderHTML(entry.markdown)]
    }
    return values
  }

  /// The computed time to resolve, with any stated figure beside it.
  static func duration(_ report: PostmortemReport) -> String {
    let computed = report.metrics.timeToResolve?.text
    let stated = report.document.metadata.duration?.raw
    switch (computed, stated) {
    case (let computed?, let stated?): return "\(computed) from the timeline (stated: \(stated))"
    case (let computed?, nil): return "\(computed) from the timeline"
    case (nil, let stated?): return "\(stated) (stated)"
    default: return "—"
    }
  }

  private static func capitalized(_ status: String) -> String {
    status.prefix(1).uppercased() + status.dropFirst().lowercased()
  }

  static func metricRows(_ metrics: IncidentMetrics) -> [[String: Any]] {
    let rows: [(String, IncidentMetrics.Measure?)] = [
      ("Time to detect", metrics.timeToDetect), ("Time to mitigate", metrics.timeToMitigate),
      ("Time to resolve", metrics.timeToResolve), ("Total duration (first to last entry)", metrics.totalDuration),
    ]
    return rows.compactMap { name, measure in
      guard let measure else { return nil }
      return [
        "name": name, "value": measure.text, "fromTime": measure.from.time, "fromLine": measure.from.line,
        "toTime": measure.to.time, "toLine": measure.to.line, "fromInferred": measure.from.inferred,
        "toInferred": measure.to.inferred,
      ]
    }
  }

  static func statedRows(_ metrics: IncidentMetrics) -> [[String: Any]] {
    metrics.statedDurations.map { figure in
      var row: [String: Any] = ["raw": figure.raw, "line": figure.line]
      if let minutes = figure.minutes { row["value"] = formatMinutes(minutes) }
      switch figure.agrees {
      case true?:
        row["agrees"] = true
        row["note"] = "agrees with the timeline"
      case false?:
        row["disagrees"] = true
        let computed = metrics.timeToResolve?.text ?? "?"
        row["note"] = "disagrees with the timeline, which gives \(computed)"
      case nil:
        row["note"] = "cannot be compared with the timeline"
      }
      return row
    }
  }

  /// When an entry happened, as a report shows it: its timestamp, else the day alone of an entry
  /// with no time ("2025-10-01" under a date heading), else nothing.
  static func when(_ entry: TimelineEntry) -> String {
    entry.timestamp ?? entry.date?.description ?? ""
  }

  static func timelineValues(_ timeline: Timeline) -> [String: Any] {
    let zone =
      timeline.timezone.map { declaration -> String in
        if let identifier = declaration.identifier { return "Times in \(identifier) (“\(declaration.raw)”)" }
        return declaration.isLocalTime ? "Times in unnamed local time" : "Times as written (“\(declaration.raw)”)"
      } ?? "No time zone declared"
    // The entries are oldest first; a reader comparing with the document should know it ran the
    // other way.
    let order = timeline.newestFirst ? "; the document lists them newest first, shown here oldest first" : ""
    var values: [String: Any] = ["zone": zone + order]
    values["entries"] = timeline.entries.map { entry -> [String: Any] in
      var row: [String: Any] = [
        "time": entry.time.isEmpty ? "?" : entry.time, "timestamp": ReportViewModel.when(entry), "text": entry.text,
      ]
      if let milestone = entry.milestone { row["milestone"] = milestone.rawValue }
      return row
    }
    let timed = timeline.entries.filter { $0.timeOfDay != nil }
    guard let first = timed.first, let last = timed.last,
      let total = Timeline.minutes(from: first, to: last), total > 0
    else {
      values["hasMarkers"] = false
      return values
    }
    var labelRow = 0
    values["markers"] = timed.compactMap { entry -> [String: Any]? in
      guard let offset = Timeline.minutes(from: first, to: entry), offset >= 0, offset <= total else { return nil }
      let x = 20 + Int((Double(offset) / Double(total) * 960).rounded())
      var marker: [String: Any] = [
        "x": x, "time": entry.time, "text": entry.text, "cls": entry.milestone?.rawValue ?? "event",
        "radius": entry.milestone == nil ? 5 : 9, "anchor": x < 120 ? "start" : (x > 880 ? "end" : "middle"),
      ]
      if let milestone = entry.milestone {
        // Alternate label heights so neighbouring milestones do not overprint.
        marker["label"] = "\(milestone.rawValue) \(entry.time)"
        marker["labelY"] = labelRow % 2 == 0 ? 36 : 20
        labelRow += 1
      }
      return marker
    }
    values["ticks"] = [
      ["x": 20, "label": first.time, "anchor": "start"], ["x": 980, "label": last.time, "anchor": "end"],
    ]
    values["firstTime"] = first.time
    values["lastTime"] = last.time
    values["hasMarkers"] = true
    return values
  }
}
