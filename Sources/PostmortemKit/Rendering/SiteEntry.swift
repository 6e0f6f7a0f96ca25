/// A postmortem's place in a rendered site: its report and the file its page is written to.
public struct SiteEntry: Sendable {
  public var report: PostmortemReport
  /// The page's file name, relative to the site folder (`2025-04-29-k8s-jobs-too-big.html`).
  public var pageName: String

  /// Entries for `reports`, newest first, with page names from the source file names made unique.
  public static func site(_ reports: [PostmortemReport], pageExtension: String) -> [SiteEntry] {
    let ordered = reports.sorted { a, b in
      let left = a.document.date?.date ?? CalendarDate(daysSinceEpoch: -1_000_000)
      let right = b.document.date?.date ?? CalendarDate(daysSinceEpoch: -1_000_000)
      return left != right ? left > right : a.document.file < b.document.file
    }
    var used = Set<String>(["index.\(pageExtension)"])
    return ordered.map { report in
      let base =
        report.document.file.split(separator: "/").last.map { name -> String in
          let text = String(name)
          let stem =
            text.hasSuffix(".md")
            ? String(text.dropLast(3)) : text.hasSuffix(".markdown") ? String(text.dropLast(9)) : text
          return Slug.make(stem)
        } ?? "postmortem"
      let stem = base.isEmpty ? "postmortem" : base
      var name = "\(stem).\(pageExtension)"
      var counter = 2
      while used.contains(name) {
        name = "\(stem)-\(counter).\(pageExtension)"
        counter += 1
      }
      used.insert(name)
      return SiteEntry(report: report, pageName: name)
    }
  }
}

extension PostmortemReport {
  /// The report with only what a site's index shows (title, date, severity, durations, the open
  /// action items' count) and its metrics: the pages of a large site are written as they are rendered, and the
  /// index is made at the end from these, so that no parse tree or full document is kept.
  public func forIndex() -> PostmortemReport {
    var kept = PostmortemDocument(file: document.file)
    kept.title = document.title
    kept.date = document.date
    kept.severity = document.severity
    kept.metadata.duration = document.metadata.duration
    // The index counts the open items; each is kept as a bare placeholder.
    kept.actionItems = document.actionItems.filter { !$0.done }.map { item in
      ActionItem(title: "", source: item.source, location: SourceLocation(line: item.line, column: item.column))
    }
    var slim = self
    slim.parsed = ParsedPostmortem(
      document: kept, tree: MarkdownNode(kind: .document), source: SourceText(bytes: []))
    slim.findings = findings.map { _ in [] }
    return slim
  }
}
