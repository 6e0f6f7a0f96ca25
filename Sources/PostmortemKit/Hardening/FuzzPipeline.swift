import Foundation

/// Drives every stage of the tool over arbitrary bytes: decode, parse, lint with every rule,
/// every lint report, HTML, Markdown and JSON reports, and every action-item export. The fuzz
/// target calls it with generated inputs; the test suite replays the crash fixtures through it.
public enum FuzzPipeline {
  static let today = CalendarDate(year: 2025, month: 1, day: 1)!

  /// Runs all stages on `bytes`; returns the number of characters produced (so nothing is
  /// optimised away). Any crash, hang or sanitizer report here is a bug.
  @discardableResult
  public static func run(_ bytes: [UInt8]) -> Int {
    guard case .success(let source) = DocumentLoader().decode(Data(bytes), path: "fuzz.md") else { return 0 }
    let parsed = PostmortemParser().parseKeepingTree(source, file: "fuzz.md")
    var produced = 0
    let findings = Linter(today: today).lint(parsed)
    let context = ReportContext(
      toolVersion: "fuzz", workingDirectory: "/fuzz", fileCount: 1, lineText: { _, line in source.line(line) })
    for format in OutputFormat.allCases {
      produced += format.reporter.report(findings, context: context).utf8.count
      // The streamed form, as `lint` writes it.
      format.reporter.streamBatches({ eachFile in eachFile(findings) }, context: context) { produced += $0.utf8.count }
    }
    // `lint` parses with the lint scope.
    var scoped = PostmortemParser()
    scoped.scope = .lint
    produced += Linter(today: today).lint(scoped.parseKeepingTree(source, file: "fuzz.md")).count
    let report = PostmortemReport(parsed: parsed, findings: findings, today: today)
    let html = HTMLRenderer(generator: "fuzz")
    produced += ((try? html.page(report, indexHref: "index.html")) ?? "").utf8.count
    produced += MarkdownRenderer().page(report).utf8.count
    let rows = SiteIndexRow.site([SiteIndexRow(report), SiteIndexRow(report)], pageExtension: "html")
    produced += ((try? html.index(rows: rows, title: "fuzz")) ?? "").utf8.count
    produced += MarkdownRenderer().index(rows: rows, title: "fuzz").utf8.count
    produced += ((try? JSONOutput.encode(ReportJSON(report), pretty: false)) ?? "").utf8.count
    let rollup = ActionItemRollup(documents: [parsed.document], filter: ActionFilter(), today: today)
    for format in ActionExportFormat.allCases {
      produced += format.export(rollup, options: ActionExportOptions(grouping: .owner, generator: "fuzz")).utf8.count
    }
    return produced
  }
}
