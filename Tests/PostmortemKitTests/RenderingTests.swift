import Foundation
import Testing

@testable import PostmortemKit

@Suite struct MetricsTests {
  @Test func seedMetrics() throws {
    let metrics = IncidentMetrics.compute(try TestSupport.sample(SeedParsingTests.seedName))
    #expect(metrics.started?.timestamp == "2025-04-29T14:00:00-07:00")
    #expect(metrics.started?.inferred == false, "the 2:00PM entry says the service began failing")
    #expect(metrics.resolved?.timestamp == "2025-04-29T20:00:00-07:00")
    #expect(metrics.timeToResolve?.text == "6h00m")
    #expect(metrics.totalDuration?.minutes == 360)
    #expect(metrics.timeToMitigate?.text == "5h30m")
    #expect(metrics.timeToMitigate?.to.line == 31)
    #expect(metrics.timeToDetect == nil, "no entry of the seed says the problem was detected")
    #expect(metrics.statedDurations.map(\.raw) == ["2:00PM to 7:30PM", "6 hours"])
    #expect(metrics.statedDurations.map(\.agrees) == [false, true])
    #expect(metrics.statedDurations.first?.differenceMinutes == -30)
  }

  /// A stated length agrees in the metrics exactly when duration-mismatch accepts it: here from
  /// after the timeline's lead-up.
  @Test func statedLengthsAgreeAsTheRuleJudges() throws {
    let text = """
      # Webhooks delayed

      ## Impact

      For 1 hour 45 minutes, merchants received webhooks late. For 40 minutes, nothing.

      ## Timeline (PST)

      - 2024-01-11 14:58 Migration started
      - 2024-01-11 15:05 Webhook dispatch stalls
      - 2024-01-11 15:20 Monitor pages on-call
      - 2024-01-11 16:50 Backlog drained, incident resolved
      """
    let metrics = IncidentMetrics.compute(TestSupport.parse(text))
    #expect(metrics.statedDurations.map(\.raw) == ["1 hour 45 minutes", "40 minutes"])
    #expect(metrics.statedDurations.map(\.agrees) == [true, false])
    #expect(metrics.statedDurations.map(\.differenceMinutes) == [-7, -72])
    let flagged = TestSupport.lint(text).filter { $0.rule == "duration-mismatch" }
    #expect(flagged.map(\.column) == [62] && flagged.allSatisfy { $0.message.contains("'40 minutes'") })
  }

  /// OUTAGE ENDS before INCIDENT ENDS: resolved at the first resolution that held; a resolution
  /// that relapsed does not count.
  @Test func resolvedForGood() throws {
    let sre = IncidentMetrics.compute(
      PostmortemParser().parse(try TestSupport.read("Tests/Fixtures/shapes/sre-book-labels.md"), file: "s.md"))
    #expect(sre.resolved?.time == "16:55" && sre.timeToResolve?.minutes == 52)
    let relapse = IncidentMetrics.compute(
      TestSupport.parse(
        """
        **Date:** 2024-03-02

        ## Timeline (UTC)

        - 14:00 errors start
        - 14:10 service restored
        - 14:20 errors start again
        - 14:50 service restored
        - 15:05 incident closed
        """))
    #expect(relapse.resolved?.time == "14:50" && relapse.timeToResolve?.minutes == 50)
    // The span that stated durations are held to ends there too.
    let stated = TestSupport.lint(
      """
      **Date:** 2024-03-02
      **Duration:** 52 minutes

      ## Timeline (UTC)

      - 16:03 OUTAGE BEGINS
      - 16:55 OUTAGE ENDS
      - 17:25 INCIDENT ENDS
      """)
    #expect(!stated.contains { $0.rule == "duration-mismatch" })
  }

  /// Nothing is detected before it begins: an alert logged before the entry marked started starts
  /// the measures, to the second; a detection written above a start that is earlier is no start.
  @Test func aDetectionBeforeTheMarkedStartStartsTheIncident() throws {
    let text = """
      **Date:** 2024-12-05
      **MTTR:** 35 minutes

      ## Timeline (UTC)

      | Time | Event |
      |------|-------|
      | 08:09:45 | PagerDuty alert: database connection timeout |
      | 08:16:00 | All services returning 500 errors |
      | 08:45:00 | Full traffic restored |
      """
    let metrics = IncidentMetrics.compute(TestSupport.parse(text))
    #expect(metrics.started?.time == "08:09:45" && metrics.started?.inferred == true)
    #expect(metrics.timeToDetect?.minutes == 0 && metrics.timeToResolve?.minutes == 35)
    #expect(TestSupport.parse(text).timeline?.span?.start.time == "08:09:45")
    #expect(!TestSupport.lint(text).contains { $0.rule == "duration-mismatch" })
    let seconds = text.replacingOccurrences(of: "08:09:45", with: "08:15:55")
    #expect(TestSupport.parse(seconds).timeline?.span?.start.time == "08:15:55")
    let outOfOrder = TestSupport.parse(
      """
      **Date:** 2026-07-12

      ## Timeline

      - 14:05 PagerDuty alert fired
      - 13:50 errors start
      - 15:00 resolved
      """)
    #expect(outOfOrder.timeline?.span?.start.time == "13:50")
    #expect(IncidentMetrics.compute(outOfOrder).started?.time == "13:50")
  }

  @Test func googleSREMarkers() throws {
    let metrics = IncidentMetrics.compute(try TestSupport.sample("2024-06-11-search-index-batch-overload.md"))
    #expect(metrics.started?.time == "23:58")
    #expect(metrics.timeToDetect?.minutes == 1)
    #expect(metrics.timeToMitigate?.minutes == 37)
    #expect(metrics.timeToResolve?.text == "1h12m")
    #expect(metrics.totalDuration?.text == "2h30m")
  }

  @Test func configuredMilestonePhrases() throws {
    let text = try TestSupport.read("postmortems/\(SeedParsingTests.seedName)")
    let parser = PostmortemParser(milestones: MilestoneDetector(extraPhrases: [.detected: ["statuspage set"]]))
    let metrics = IncidentMetrics.compute(parser.parse(text, file: "seed.md"))
    #expect(metrics.detected?.time == "2:30PM")
    #expect(metrics.timeToDetect?.text == "30m")
  }

  @Test func configurationReadsMilestones() throws {
    let configuration = try LintConfiguration.read(
      "milestones:\n  detected: [statuspage set, pager went off]\n", path: "c.yml")
    #expect(configuration.milestones[.detected] == ["statuspage set", "pager went off"])
    do {
      _ = try LintConfiguration.read("milestones:\n  detectd: [x]\n", path: "c.yml")
      Issue.record("a misspelt milestone must be refused")
    } catch {
      #expect(error.description.contains("did you mean 'detected'?"))
    }
  }
}

@Suite struct RenderingTests {
  static let today = CalendarDate(year: 2025, month: 5, day: 1)!

  static func report(_ relative: String, findings: Bool = true) throws -> PostmortemReport {
    let parsed = PostmortemParser().parseKeepingTree(SourceText(try TestSupport.read(relative)), file: relative)
    let found = findings ? Linter(today: today).lint(parsed) : nil
    return PostmortemReport(parsed: parsed, findings: found, today: today)
  }

  static let renderer = HTMLRenderer(generator: "postmortem 0.1.0")

  /// Re-record with `RECORD_SNAPSHOTS=1 make test`.
  @Test(arguments: ["html", "md", "json"])
  func goldenSeedReport(_ format: String) throws {
    let report = try Self.report("postmortems/\(SeedParsingTests.seedName)")
    let output: String
    switch format {
    case "html": output = try Self.renderer.page(report)
    case "md": output = MarkdownRenderer().page(report)
    default: output = try JSONOutput.encode(ReportJSON(report), pretty: true) + "\n"
    }
    let snapshot = TestSupport.url("Tests/Snapshots/render/seed.\(format)")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(
        at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
      try output.write(to: snapshot, atomically: true, encoding: .utf8)
    }
    #expect(output == (try String(contentsOf: snapshot, encoding: .utf8)), "\(format) report changed")
  }

  @Test func htmlShowsMetricsTimelineItemsAndDisagreement() throws {
    let html = try Self.renderer.page(try Self.report("postmortems/\(SeedParsingTests.seedName)"))
    #expect(html.contains("<td>Time to resolve</td><td class=\"value\">6h00m</td>"))
    #expect(
      html.contains("Stated on line 5: “2:00PM to 7:30PM” (5h30m) — disagrees with the timeline, which gives 6h00m"))
    #expect(html.contains("<circle class=\"started\" cx=\"20\""))
    #expect(html.contains("<circle class=\"resolved\" cx=\"980\""))
    #expect(html.contains("<table class=\"action-items\">"))
    #expect(html.contains("duration-mismatch"))
    #expect(!html.contains("<script"), "reports carry no script at all")
    #expect(!html.contains("http://") && !html.contains("https://"), "no external assets")
  }

  @Test func jsonIsTheParseModelPlusMetrics() throws {
    let json = try JSONOutput.encode(
      ReportJSON(try Self.report("postmortems/\(SeedParsingTests.seedName)")), pretty: false)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["actionItems"] != nil && object["timeline"] != nil)
    let metrics = try #require(object["metrics"] as? [String: Any])
    #expect((metrics["timeToResolve"] as? [String: Any])?["minutes"] as? Int == 360)
    #expect((object["findings"] as? [Any])?.count == 7)
  }

  /// Labels that stand in for sections are reported like sections, their value as the body.
  @Test func labelSectionsAreNarratives() throws {
    let report = try Self.report("Tests/Fixtures/shapes/sre-book-labels.md", findings: false)
    let sections = report.narrativeSections
    #expect(sections.prefix(3).map(\.section.title) == ["Summary", "Impact", "Root Causes"])
    #expect(
      sections.first { $0.section.title == "Detection" }?.markdown == "The sync-lag alert paged the on-call engineer.")
    #expect(sections.contains { $0.section.title == "Lessons Learned" })
    let markdown = MarkdownRenderer().page(report)
    #expect(markdown.contains("## Trigger\n\nA scheduled migration ran during the daily settlement peak."))
  }

  /// Hostile text renders with no executable script and no attribute injection.
  @Test func hostileContentIsNeutralised() throws {
    let html = try Self.renderer.page(try Self.report("Tests/Fixtures/hostile/script-injection.md"))
    let markdown = MarkdownRenderer().page(try Self.report("Tests/Fixtures/hostile/script-injection.md"))
    // The generated parts (metadata, metrics, timeline, items) carry no raw HTML; narrative
    // sections are the document's own Markdown, reproduced as written.
    let generated = markdown.components(separatedBy: "\n## Summary\n")[0]
    #expect(!generated.contains("<script") && !generated.contains("<img") && !generated.contains("<iframe"))
    let checker = """
      import sys
      from html.parser import HTMLParser
      problems = []
      class Check(HTMLParser):
          def handle_starttag(self, tag, attrs):
              if tag in ("script", "iframe", "object", "embed", "base", "form", "meta") and not (tag == "meta" and all(k in ("charset", "name", "content") for k, _ in attrs)):
                  problems.append("tag " + tag)
              for name, value in attrs:
                  if name.startswith("on"):
                      problems.append("attribute %s on %s" % (name, tag))
                  if name in ("href", "src", "action", "formaction", "xlink:href") and value and value.strip().lower().startswith(("javascript:", "vbscript:", "data:")):
                      problems.append("%s=%s" % (name, value))
      Check().feed(sys.stdin.read())
      print(problems)
      sys.exit(1 if problems else 0)
      """
    let result = try TestSupport.python(["-c", checker], input: html)
    #expect(result.status == 0, "\(result.output)")
    #expect(html.contains("&lt;") || html.contains("alert(&quot;"), "hostile text is shown, escaped")
    #expect(html.contains("<a href=\"\">here</a>"), "javascript: links lose their target")
    #expect(html.contains("raw HTML omitted"))
  }

  @Test func siteIndexIsNewestFirstWithUniqueRelativeLinks() throws {
    let files = SampleParsingTests.expectations.map { "postmortems/\($0.file)" }
    let reports = try files.map { try Self.report($0, findings: false) }
    let entries = SiteEntry.site(reports + [try Self.report(files[0], findings: false)], pageExtension: "html")
    let dates = entries.compactMap { $0.report.document.date?.date }
    #expect(dates == dates.sorted(by: >))
    #expect(Set(entries.map(\.pageName)).count == entries.count, "a second copy gets its own page name")
    #expect(entries.allSatisfy { !$0.pageName.contains("/") })
    let index = try Self.renderer.index(entries, title: "Postmortems")
    for entry in entries { #expect(index.contains("<a href=\"\(entry.pageName)\">")) }
    #expect(index.contains("<input class=\"filter\" type=\"radio\" name=\"severity\" id=\"f-sev1\">"))
    #expect(index.contains("#f-sev1:checked ~ table tbody tr:not(.sev1)"))
    #expect(index.contains("<tr class=\"sev1\">"))
    let page = try Self.renderer.page(entries[0].report, indexHref: "index.html")
    #expect(page.contains("<a href=\"index.html\">← All postmortems</a>"))
  }

  /// `render` keeps only a `SiteIndexRow` per page while it writes pages: the index made from the
  /// rows must be the index made from the full reports, with the same page names, in HTML and
  /// Markdown, for every sample, fixture and generated postmortem.
  @Test func indexFromRowsIsTheIndexFromFullReports() throws {
    let files = try TestSupport.scopeTestFiles()
    // And one whose only duration is the one it states (no timeline to measure).
    let stated = "# Stated only\n\n**Date:** 2024-03-02\n**Duration:** 2 hours\n\n## Summary\n\nShort.\n"
    let texts = try files.map { (file: $0, text: try String(contentsOfFile: $0, encoding: .utf8)) }
    let reports = (texts + [(file: "stated.md", text: stated)]).map { input in
      PostmortemReport(
        parsed: PostmortemParser().parseKeepingTree(SourceText(input.text), file: input.file), findings: nil,
        today: Self.today)
    }
    #expect(reports.contains { report in report.document.actionItems.contains { $0.done } })
    #expect(reports.contains { $0.document.metadata.duration != nil && $0.metrics.totalDuration == nil })
    let full = SiteEntry.site(reports, pageExtension: "html")
    let rows = SiteIndexRow.site(reports.map { SiteIndexRow($0) }, pageExtension: "html")
    #expect(rows.map(\.pageName) == full.map(\.pageName))
    #expect(rows == full.map(\.indexRow))
    #expect(
      try Self.renderer.index(rows: rows, title: "Postmortems") == Self.renderer.index(full, title: "Postmortems"))
    #expect(
      MarkdownRenderer().index(rows: rows, title: "Postmortems") == MarkdownRenderer().index(full, title: "Postmortems")
    )
  }

  /// Layouts are parsed once, when set: a layout changed afterwards is the one used, and a
  /// broken one is reported when a page is rendered with it.
  @Test func layoutsSetLaterAreUsedAndBrokenOnesReported() throws {
    let report = try Self.report("postmortems/\(SeedParsingTests.seedName)", findings: false)
    var renderer = HTMLRenderer(generator: "test")
    #expect(try renderer.page(report).hasPrefix("<!DOCTYPE html>"))
    renderer.reportLayout = "<h1>{{title}}</h1>"
    #expect(try renderer.page(report) == "<h1>The One Where K8s Jobs Got Too Big</h1>")
    renderer.indexLayout = "{{#rows}}"
    #expect(throws: ConfigurationError.self) { try renderer.index([], title: "x") }
    #expect(try renderer.page(report) == "<h1>The One Where K8s Jobs Got Too Big</h1>")
  }

  @Test func markdownReportEscapesTableCells() throws {
    var report = try Self.report("postmortems/\(SeedParsingTests.seedName)", findings: false)
    report.parsed.document.actionItems[0].title = "Split | pipes\nand lines"
    let markdown = MarkdownRenderer().page(report)
    #expect(markdown.contains("| Open | Split \\| pipes and lines | — | — |  |"))
    #expect(
      markdown.contains(
        "| 2:00PM | 2025-04-29T14:00:00-07:00 | started | Builder service began failing with E2BIG errors |"))
  }

  /// The prose under the title, before the first section (a lede), is reported first, as
  /// "Overview", as written; the front matter, the title and the details are not part of it.
  @Test func aLedeIsTheOverview() throws {
    let markdown = """
      ---
      title: Fritz timeouts
      ---

      **Severity:** SEV2

      On January 7th, 2023 at 22:26 UTC the site *slowed down*.

      ![graph](img.png)

      ---

      ## Context

      A CDN in front.
      """
    let parsed = PostmortemParser().parseKeepingTree(SourceText(markdown), file: "a.md")
    let report = PostmortemReport(parsed: parsed, findings: nil, today: Self.today)
    #expect(report.narrativeSections.map(\.section.title) == ["Overview", "Context"])
    #expect(
      report.narrativeSections.first?.markdown
        == "On January 7th, 2023 at 22:26 UTC the site *slowed down*.\n\n![graph](img.png)")
    #expect(
      MarkdownRenderer().page(report).contains(
        "## Overview\n\nOn January 7th, 2023 at 22:26 UTC the site *slowed down*.\n\n![graph](img.png)\n\n## Context"))
    #expect(try Self.renderer.page(report).contains("<h2>Overview</h2>"))
    let bare = PostmortemParser().parseKeepingTree(
      SourceText("# T\n\n**Date:** 2024-03-02\n\n## Summary\n\nx\n"), file: "b.md")
    #expect(
      PostmortemReport(parsed: bare, findings: nil, today: Self.today).narrativeSections.map(\.section.title) == [
        "Summary"
      ])
  }

  /// A section deeper than the sections after it ("### Summary" before the "##" ones) is
  /// reported, not lost; its subsections stay in it, and a detail written as a heading with
  /// nothing under it ("### Duration: 10:00 to 11:30") is no section of the report.
  @Test func everySectionNoOtherHoldsIsReported() throws {
    let markdown = """
      # T

      ### Summary

      Summary text.

      ### Duration: 10:00 to 11:30 (GMT)

      ## Timeline

      - 10:00 alert

      ## Root cause

      A pool.

      ### Contributing factors

      A retry storm.
      """
    let parsed = PostmortemParser().parseKeepingTree(SourceText(markdown), file: "a.md")
    let report = PostmortemReport(parsed: parsed, findings: nil, today: Self.today)
    #expect(report.narrativeSections.map(\.section.title) == ["Summary", "Root cause"])
    #expect(report.narrativeSections.last?.markdown == "A pool.\n\n### Contributing factors\n\nA retry storm.")
  }

  /// An entry with a day and no time shows the day where a timed entry shows its timestamp.
  @Test func anEntryWithADayAndNoTimeShowsTheDay() throws {
    let markdown = "## Timeline (UTC)\n\n### October 1, 2025\n\n- 10:00 deploy\n- Migration enabled RLS\n"
    let parsed = PostmortemParser().parseKeepingTree(SourceText(markdown), file: "a.md")
    let report = PostmortemReport(parsed: parsed, findings: nil, today: Self.today)
    #expect(MarkdownRenderer().page(report).contains("| ? | 2025-10-01 |  | Migration enabled RLS |"))
    #expect(
      try Self.renderer.page(report).contains("<td class=\"muted\">2025-10-01</td><td>Migration enabled RLS</td>"))
  }

  /// A timeline the document wrote newest first is shown oldest first, and the report says so.
  @Test func reportsSayWhenTheTimelineRanNewestFirst() throws {
    let markdown = """
      **Date:** 2024-03-02

      ## Timeline

      - 15:40 UTC resolved
      - 15:05 UTC rolled back
      - 14:21 UTC alert fires
      """
    let parsed = PostmortemParser().parseKeepingTree(SourceText(markdown), file: "a.md")
    let page = MarkdownRenderer().page(PostmortemReport(parsed: parsed, findings: nil, today: Self.today))
    #expect(page.contains("Times in UTC (“UTC”); the document lists them newest first, shown here oldest first"))
    let html = try Self.renderer.page(PostmortemReport(parsed: parsed, findings: nil, today: Self.today))
    #expect(html.contains("the document lists them newest first, shown here oldest first"))
    let first = try #require(page.range(of: "14:21 UTC"))
    let last = try #require(page.range(of: "15:40 UTC |"))
    #expect(first.lowerBound < last.lowerBound)
  }

  /// A postmortem that states its day only where its summary opens is dated by it on its page and
  /// placed by it in the site's index; one that states nothing shows a dash and goes last.
  @Test func aDayTheSummaryOpensWithDatesTheReport() throws {
    func report(_ markdown: String, _ file: String) -> PostmortemReport {
      PostmortemReport(
        parsed: PostmortemParser().parseKeepingTree(SourceText(markdown), file: file), findings: nil, today: Self.today)
    }
    let told = report(
      "# Search degraded\n\n## Summary\n\nBetween 09:15 and 10:05 UTC on 2024-04-11, search failed.\n", "told.md")
    let stated = report("# Cache flush\n\n**Date:** 2024-03-02\n\n## Summary\n\nIt broke.\n", "stated.md")
    let silent = report("# Mystery\n\n## Summary\n\nIt broke.\n", "silent.md")
    #expect(told.document.date == nil && told.dateText == "2024-04-11" && silent.dateText == "—")
    #expect(MarkdownRenderer().page(told).contains("| Date | 2024-04-11 |"))
    #expect(try Self.renderer.page(told).contains("<dt>Date</dt><dd>2024-04-11</dd>"))
    let rows = SiteIndexRow.site([silent, stated, told].map { SiteIndexRow($0) }, pageExtension: "html")
    #expect(rows.map(\.file) == ["told.md", "stated.md", "silent.md"])
    #expect(rows.map(\.date?.description) == ["2024-04-11", "2024-03-02", nil])
    #expect(
      SiteEntry.site([silent, stated, told], pageExtension: "html").map(\.report.document.file) == rows.map(\.file))
  }

  @Test func teamLayoutsOverrideTheShippedOnes() throws {
    let directory = try TestSupport.temporaryDirectory()
    try "<p>{{title}} — {{severityLabel}}</p>".write(
      to: directory.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
    let renderer = HTMLRenderer(templatesDirectory: directory.path, generator: "x")
    let page = try renderer.page(try Self.report("postmortems/\(SeedParsingTests.seedName)", findings: false))
    #expect(page == "<p>The One Where K8s Jobs Got Too Big — SEV1 (Critical)</p>")
    #expect(try renderer.index([], title: "T").contains("<title>T</title>"), "index.html still the shipped one")
  }
}
