import Foundation

/// A normalised Markdown report for pasting into a wiki: metadata, metrics, the timeline and the
/// action items as tables, then the narrative sections as written.
public struct MarkdownRenderer: Sendable {
  public init() {}

  public func page(_ report: PostmortemReport, indexHref: String? = nil) -> String {
    let document = report.document
    var out: [String] = []
    if let indexHref { out.append("[← All postmortems](\(indexHref))\n") }
    out.append("# \(MarkdownRenderer.inline(report.title))\n")
    out.append("| | |\n|---|---|")
    out.append("| Date | \(cell(report.dateText)) |")
    out.append("| Severity | \(cell(report.severityLabel)) |")
    out.append("| Status | \(cell(document.status?.text ?? "—")) |")
    out.append(
      "| Authors | \(cell(document.authors.isEmpty ? "—" : document.authors.map(\.text).joined(separator: ", "))) |")
    out.append("| Duration | \(cell(ReportViewModel.duration(report))) |")
    out.append("| Source | `\(document.file.replacingEvery("`", with: "'"))` |\n")

    out.append("## Metrics\n")
    let metrics = ReportViewModel.metricRows(report.metrics)
    if metrics.isEmpty {
      out.append("The timeline has too few timed entries to compute metrics.\n")
    } else {
      out.append("| Metric | Value | From | To |\n|---|---|---|---|")
      for row in metrics {
        out.append(
          "| \(row["name"]!) | \(row["value"]!) | \(cell("\(row["fromTime"]!)")) (line \(row["fromLine"]!)) | "
            + "\(cell("\(row["toTime"]!)")) (line \(row["toLine"]!)) |")
      }
      out.append("")
      for row in ReportViewModel.statedRows(report.metrics) {
        let value = (row["value"] as? String).map { " (\($0))" } ?? ""
        out.append(
          "- Stated on line \(row["line"]!): “\(MarkdownRenderer.inline(row["raw"] as! String))”\(value) — \(row["note"]!)"
        )
      }
      if !report.metrics.statedDurations.isEmpty { out.append("") }
    }

    out.append("## Timeline\n")
    if let timeline = document.timeline {
      out.append("\(ReportViewModel.timelineValues(timeline)["zone"] as! String)\n")
      out.append("| Time | When | Milestone | Event |\n|---|---|---|---|")
      for entry in timeline.entries {
        out.append(
          "| \(cell(entry.time.isEmpty ? "?" : entry.time)) | \(ReportViewModel.when(entry)) | \(entry.milestone?.rawValue ?? "") | \(cell(entry.text)) |"
        )
      }
      out.append("")
    } else {
      out.append("No timeline section.\n")
    }

    out.append("## Action items\n")
    if document.actionItems.isEmpty {
      out.append("No action items.\n")
    } else {
      out.append("| Status | Action | Owner | Due | Ticket |\n|---|---|---|---|---|")
      for item in document.actionItems {
        let status = item.done ? "Done" : (report.isOverdue(item) ? "**Overdue**" : "Open")
        out.append(
          "| \(status) | \(cell(item.title)) | \(cell(item.owner ?? "—")) | \(cell(item.due?.description ?? item.dueRaw ?? "—")) | \(cell(item.ticket ?? "")) |"
        )
      }
      out.append("")
    }

    if let findings = report.findings {
      out.append("## Lint findings\n")
      out.append(
        findings.isEmpty
          ? "No findings.\n"
          : findings.map {
            "- line \($0.line):\($0.column) \($0.level.rawValue): \(MarkdownRenderer.inline($0.message)) (`\($0.rule)`)"
          }
          .joined(separator: "\n") + "\n")
    }

    for entry in report.narrativeSections {
      out.append("## \(MarkdownRenderer.inline(entry.section.title))\n")
      if !entry.markdown.isEmpty { out.append(entry.markdown + "\n") }
    }
    return out.joined(separator: "\n")
  }

  /// The site index as a Markdown table, one row per entry in the order given.
  public func index(_ entries: [SiteEntry], title: String) -> String {
    index(rows: entries.map(\.indexRow), title: title)
  }

  /// The site index from its rows (see `SiteIndexRow.site`).
  public func index(rows: [SiteIndexRow], title: String) -> String {
    var out = [
      "# \(MarkdownRenderer.inline(title))\n",
      "| Date | Postmortem | Severity | Duration | Time to resolve | Open action items |", "|---|---|---|---|---|---|",
    ]
    for row in rows {
      out.append(
        "| \(row.date?.description ?? "—") | [\(cell(row.title))](\(row.pageName)) | \(cell(row.severityLabel)) | "
          + "\(row.measuredDuration ?? "—") | \(row.timeToResolve ?? "—") | \(row.openActionItems) |")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// Text for a table cell: pipes escaped, line breaks folded, `<` as an entity.
  static func cell(_ text: String) -> String {
    inline(text).replacingEvery("|", with: "\\|")
  }

  private func cell(_ text: String) -> String { MarkdownRenderer.cell(text) }

  /// One line of text: line breaks become spaces, and `<` an entity, so that text taken from a
  /// document (or a message quoting it) can never become raw HTML in a wiki.
  static func inline(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ").replacingEvery("<", with: "&lt;")
  }
}
