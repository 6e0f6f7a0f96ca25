import Testing

@testable import PostmortemKit

/// Whole documents in the shapes other teams write (Tests/Fixtures/shapes), each read end to end:
/// the features work one by one in their own tests; here they must also work together.
@Suite struct ShapeFixtureTests {
  private func parse(_ name: String) throws -> PostmortemDocument {
    let relative = "Tests/Fixtures/shapes/\(name).md"
    return PostmortemParser().parse(try TestSupport.read(relative), file: relative)
  }

  private func rules(_ name: String, profile: String? = nil) throws -> Set<String> {
    let relative = "Tests/Fixtures/shapes/\(name).md"
    let parsed = PostmortemParser().parseKeepingTree(SourceText(try TestSupport.read(relative)), file: relative)
    let today = try #require(CalendarDate(year: 2024, month: 12, day: 1))
    return Set(Linter(profileOverride: profile, today: today).lint(parsed).map(\.rule))
  }

  /// Atlassian's template: front matter, Status | Description timeline table, "Five whys" and
  /// "Blameless root cause", corrective actions led by a URL or a linked ticket key.
  @Test func atlassian() throws {
    let document = try parse("atlassian")
    #expect(document.title?.text == "2024-03-02: Elevated error rates on the API")
    #expect(document.severity?.level == .high && document.status?.text == "resolved")
    #expect(document.sections.filter { $0.kind == .rootCause }.map(\.title) == ["Five whys", "Blameless root cause"])
    let entries = try #require(document.timeline?.entries)
    #expect(entries.map(\.milestone) == [.started, .detected, .mitigated, .resolved])
    #expect(entries.last?.text == "Resolved — Errors back to baseline")
    #expect(document.actionItems.map(\.title) == ["validate config in CI", "Add cache-hit alert"])
    #expect(document.actionItems.map(\.owner) == ["infra-team", "Sam"])
    #expect(document.actionItems.map(\.ticket) == ["https://github.com/org/api/issues/4512", "PROJ-88"])
    #expect(document.actionItems.last?.due?.description == "2024-03-15")
    #expect(try rules("atlassian").isDisjoint(with: ["timeline-time", "timeline-order", "duration-mismatch"]))
  }

  /// A numbered archive's template: the title written under an "# Incident Title" heading, a
  /// Time | Event table broken by a row wrapped onto two lines (and an action table likewise), a
  /// row with a date alone and one with "...", plain-bullet actions, a "Stats" list of figures,
  /// one left as "???".
  @Test func numberedArchive() throws {
    let document = try parse("numbered-archive")
    #expect(document.title?.text == "Search index unavailable" && document.title?.location.line == 3)
    #expect(document.summary?.markdown.hasPrefix("On Tuesday the search cluster") == true)
    let entries = try #require(document.timeline?.entries)
    #expect(entries.map(\.line) == [16, 17, 18, 19, 20, 22, 23, 24])
    #expect(entries.map(\.milestone) == [nil, nil, .detected, nil, nil, nil, nil, .resolved])
    #expect(entries.last?.timestamp == "2024-06-11T15:10:00+02:00")
    #expect(document.actionItems.map(\.owner) == ["lena", "omar"])
    #expect(document.metadata.fields.map(\.key).suffix(2) == ["Time to detection", "Time to recovery"])
    let findings = TestSupport.lint(try TestSupport.read("Tests/Fixtures/shapes/numbered-archive.md"))
    #expect(findings.filter { $0.rule == "table-delimiter" }.map(\.line) == [21, 40])
    #expect(findings.filter { $0.rule == "timeline-time" }.map(\.line) == [16, 23])
    #expect(findings.filter { $0.rule == "template-placeholder" }.map(\.line) == [51])
    // The day the incident happened, not the day of the row before it that has no time.
    #expect(document.incidentDay?.description == "2024-06-11")
    #expect(findings.contains { $0.rule == "metadata-field" && $0.message.contains("**Date:** 2024-06-11") })
    #expect(!findings.contains { $0.rule == "duration-mismatch" })
  }

  /// Plain `Key: value` lines, Eastern time, 12-hour clocks, fields written as sentences or
  /// between dashes, an item struck out.
  @Test func plainLabels() throws {
    let document = try parse("plain-labels")
    #expect(document.authors.map(\.text) == ["Ana Ortiz", "Bo Chen"])
    #expect(document.severity?.level == .critical && document.date?.date?.description == "2024-03-02")
    #expect(document.metadata.end?.timestamp == "2024-03-02T15:35:00-05:00")
    #expect(document.timeline?.timezone?.identifier == "America/New_York")
    #expect(document.timeline?.entries.map(\.timestamp).last == "2024-03-02T15:35:00-05:00")
    #expect(document.actionItems.map(\.title) == ["Add auth canary", "Rotate keys", "Document rollback."])
    #expect(document.actionItems.map(\.owner) == ["Bo", nil, "ana"])
    #expect(document.actionItems.map(\.status) == [nil, "CANCELLED", "DONE"])
    #expect(document.actionItems.map(\.done) == [false, true, true])
    #expect(try rules("plain-labels").isDisjoint(with: ["duration-mismatch", "action-item-owner", "timeline-time"]))
  }

  /// The night the clocks go back: PDT then PST, in front matter and in the timeline.
  @Test func dstFallBack() throws {
    let document = try parse("dst-fall-back")
    #expect(document.authors.map(\.text) == ["Ana Ortiz", "Bo Chen"])
    #expect(
      document.timeline?.entries.compactMap(\.epochSeconds) == [
        1_730_622_600, 1_730_623_800, 1_730_624_700, 1_730_625_000,
      ])
    #expect(try rules("dst-fall-back").isDisjoint(with: ["timeline-order", "timeline-timezone", "duration-mismatch"]))
  }

  /// A key/value table without a header, numbered headings with emoji, bold section labels after
  /// the timeline, spans, dates without a year, and owners written as mentions.
  @Test func boldSections() throws {
    let document = try parse("bold-sections")
    #expect(document.date?.date?.description == "2021-03-10" && document.severity?.level == .medium)
    #expect(document.sections.map(\.level) == [1, 2, 2, 2, 2])
    #expect(document.rootCause?.markdown == "Vendor outage.")
    let entries = try #require(document.timeline?.entries)
    #expect(entries.map(\.time) == ["Mar 10, 13:55 – 14:00", "2pm", "2:15p", "03/10 at 14:40", "15:00 CET", "3:30pm"])
    #expect(entries.allSatisfy { $0.status == .resolved })
    #expect(document.actionItems.map(\.title) == ["Add vendor status check", "Retry webhooks"])
    #expect(document.actionItems.map(\.owner) == ["bo", "ana"])
    #expect(document.actionItems.map(\.dueRaw) == ["2021-03-20", "2021-03-31"])
    // 15:00 CET is 14:00 UTC, before the 14:40 entry above it: a real finding.
    #expect(try rules("bold-sections").contains("timeline-order"))
    #expect(try !rules("bold-sections").contains("timeline-time"))
  }

  /// The Google SRE book's shape: summary, impact, root causes, trigger, resolution and detection
  /// as bold labels before the first heading, the status in the Bug column, OUTAGE markers.
  @Test func sreBookLabels() throws {
    let document = try parse("sre-book-labels")
    let labels = document.sections.filter { $0.style == .label }
    #expect(labels.map(\.kind) == [.summary, .impact, .rootCause, .trigger, .resolution, .detection])
    #expect(labels.map(\.line) == [9, 11, 13, 15, 17, 19])
    #expect(labels.allSatisfy { $0.level == 2 && $0.hasContent })
    // In document order among the headings, and "Impact level" is the severity, not a section.
    #expect(document.sections.map(\.line) == document.sections.map(\.line).sorted())
    #expect(document.severity?.level == .high && !document.sections.contains { $0.title == "Impact level" })
    #expect(document.summary?.markdown.hasPrefix("Ledger sync stalled for 52 minutes") == true)
    #expect(document.rootCause?.title == "Root Causes" && document.rootCause?.line == 13)
    #expect(document.impact?.markdown == "About 18,000 balance updates were delayed; no data was lost.")
    #expect(document.resolution?.markdown.hasPrefix("The migration was cancelled") == true)
    // "n/a" in the Bug column is no ticket; the status beside it still counts.
    #expect(document.actionItems.map(\.ticket) == [nil, "LEDG-231", "Bug 99812"])
    #expect(document.actionItems.map(\.done) == [true, false, false])
    let found = try rules("sre-book-labels", profile: "google-sre")
    #expect(!found.contains("required-section") && !found.contains("empty-section"))
    #expect(try rules("sre-book-labels").isDisjoint(with: ["required-section", "timeline-order", "duration-mismatch"]))
  }

  /// PagerDuty's habits: a key/value table of bold keys under an empty header, no date field but
  /// a stated start and end (and the day in the title), a timeline table of 12-hour times with no date, "How'd We Do?".
  @Test func pagerDutyTable() throws {
    let document = try parse("pagerduty-table")
    #expect(document.date?.date?.description == "2024-05-07", "the title's date, the day the start names")
    #expect(document.severity?.level == .critical)
    #expect(document.metadata.start?.timestamp == "2024-05-07T09:12:00-07:00")
    // The times fall on the day the stated start names.
    let entries = try #require(document.timeline?.entries)
    #expect(entries.first?.timestamp == "2024-05-07T09:12:00-07:00")
    #expect(entries.last?.timestamp == "2024-05-07T10:41:00-07:00")
    #expect(entries.map(\.milestone) == [nil, .detected, nil, .mitigated, .resolved])
    #expect(document.actionItems.map(\.owner) == ["Omar", "Dana Lee"])
    #expect(document.actionItems.map(\.priority) == ["High", "Medium"])
    let found = try rules("pagerduty-table")
    #expect(found.isDisjoint(with: ["duration-mismatch", "timeline-order", "timeline-time", "required-section"]))
    let relative = "Tests/Fixtures/shapes/pagerduty-table.md"
    let parsed = PostmortemParser().parseKeepingTree(SourceText(try TestSupport.read(relative)), file: relative)
    let missing = Linter(today: try #require(CalendarDate(year: 2024, month: 12, day: 1))).lint(parsed)
      .filter { $0.rule == "metadata-field" }.map(\.message)
    #expect(missing.count == 1 && missing[0].hasPrefix("missing metadata 'authors'"), "the stated start dates it")
  }
  /// The details in a table under "## Incident Information" rather than before it, a key that
  /// names its zone ("Start (UTC)"), and a corrective-actions table with IDs.
  @Test func rcaDetailsTable() throws {
    let document = try parse("rca-details-table")
    #expect(document.severity?.level == .critical && document.authors.map(\.text) == ["Kai"])
    #expect(document.metadata.timezone?.text == "UTC" && document.metadata.timezone?.column == 10)
    #expect(document.metadata.start?.timestamp == "2024-01-09T07:40:00Z")
    #expect(document.timeline?.timezone?.identifier == "UTC")
    #expect(document.timeline?.entries.last?.timestamp == "2024-01-09T08:25:00Z")
    #expect(document.actionItems.map(\.id) == ["CA-1"] && document.actionItems.first?.status == "IN PROGRESS")
    let found = try rules("rca-details-table")
    #expect(found.isDisjoint(with: ["metadata-field", "timeline-timezone", "duration-mismatch"]))
  }

  /// A document exported from a word processor: no `#` heading at all, a bold first line as the
  /// title, plain `Key: value` lines, bold paragraphs as sections (one with its zone in a note
  /// after it), a `####` date heading inside the timeline that the next bold section closes.
  @Test func wordProcessorExport() throws {
    let document = try parse("word-processor-export")
    #expect(document.title?.text == "Incident Postmortem: Login latency")
    #expect(document.title?.line == 1 && document.title?.column == 3)
    #expect(document.date?.date?.description == "2024-03-05" && document.severity?.level == .high)
    #expect(
      document.sections.filter { $0.kind != nil }.map(\.title) == [
        "Executive summary", "Impact", "Timeline (all times Pacific)", "Root cause", "Resolution", "Action items",
        "Lessons learned",
      ])
    #expect(document.sections.filter { $0.kind != nil }.allSatisfy { $0.level == 2 })
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "America/Los_Angeles")
    #expect(timeline.entries.map(\.timestamp).last == "2024-03-05T10:07:00-08:00" && timeline.entries.count == 4)
    #expect(
      document.actionItems.map(\.title) == [
        "add a latency canary to the auth deploy", "Benchmark hash cost changes before release",
      ])
    #expect(document.actionItems.map(\.owner) == ["lee", "Dana Ruiz"])
    #expect(try rules("word-processor-export") == ["action-item-overdue"])
  }

  /// A wiki export that kept its tables as HTML: the details table before the first section, a
  /// timeline table with a header in `<thead>`, split by a blank line (its indented rows after it
  /// would be a code block) and holding entities and `<br>`, and an action-item table.
  @Test func htmlTables() throws {
    let document = try parse("html-tables")
    #expect(document.date?.date?.description == "2024-03-02" && document.severity?.level == .high)
    #expect(document.authors.map(\.text) == ["Ana Ortiz", "Bo Chen"])
    let entries = try #require(document.timeline?.entries)
    #expect(
      entries.map(\.text) == [
        "Resolver config pushed", "SERVFAIL alert fires & on-call paged", "Config rolled back (by Bo)",
        "Resolution rate normal; resolved",
      ])
    #expect(entries.map(\.line) == [18, 20, 21, 22] && entries.map(\.column) == [13, 13, 9, 9])
    #expect(entries.last?.timestamp == "2024-03-02T14:52:00Z")
    #expect(document.actionItems.map(\.owner) == ["bo"] && document.actionItems.first?.due?.description == "2024-03-20")
    // The comment after the timeline table is still seen.
    #expect(document.metadata.template?.text == "google-sre")
  }

  /// A cloud provider's post-incident review: questions as headings, the timeline as the list
  /// under "How did we respond?", dates after the times, items with a status or an estimated
  /// completion in brackets.
  @Test func postIncidentReview() throws {
    let document = try parse("post-incident-review")
    #expect(document.sections.map(\.kind) == [nil, .summary, .whatWentWrong, .timeline, .actionItems, nil])
    #expect(document.rootCause?.title == "What went wrong and why?")
    let entries = try #require(document.timeline?.entries)
    #expect(entries.first?.timestamp == "2024-10-23T09:57:00Z" && entries.last?.timestamp == "2024-10-24T05:40:00Z")
    #expect(entries.map(\.milestone) == [.started, .detected, nil, nil, .mitigated])
    #expect(document.actionItems.map(\.done) == [true, false, false])
    #expect(document.actionItems.map { $0.due?.description } == [nil, "2024-12-31", "2025-03-31"])
    #expect(try rules("post-incident-review").isDisjoint(with: ["timeline-missing", "action-items-missing"]))
  }

  /// A cloud provider's incident report: upper-case headings, the length stated in the summary's
  /// sentence (wrapped over two lines), an IANA-style zone in every entry.
  @Test func cloudIncidentReport() throws {
    let document = try parse("cloud-incident-report")
    #expect(document.sections.map(\.kind) == [nil, .summary, .impact, .rootCause, .actionItems, .timeline])
    #expect(document.statedDurations.map(\.minutes) == [192] && document.statedDurations.first?.line == 6)
    #expect(document.timeline?.entries.last?.timestamp == "2024-07-02T12:54:00-07:00")
    #expect(document.actionItems.map(\.owner) == ["netops", "netops"])
    #expect(try rules("cloud-incident-report").isDisjoint(with: ["duration-mismatch", "timeline-timezone"]))
    // A figure that disagrees with the timeline is reported where the sentence states it.
    let wrong = try TestSupport.read("Tests/Fixtures/shapes/cloud-incident-report.md")
      .replacingOccurrences(of: "3 hours and 12 minutes", with: "4 hours")
    let findings = TestSupport.lint(wrong).filter { $0.rule == "duration-mismatch" }
    #expect(findings.map(\.line) == [6] && findings.first?.column == 1)
  }

  /// A wiki's incident report: the details as two key/value pairs a row, OUTAGE BEGINS / ENDS,
  /// the lessons as three questions, "Actionables" led by their Phabricator tasks.
  @Test func wikiIncidentReport() throws {
    let document = try parse("wiki-incident-report")
    #expect(document.metadata.start?.timestamp == "2024-03-27T14:36:00Z")
    #expect(document.metadata.end?.timestamp == "2024-03-27T14:49:00Z")
    #expect(document.impact?.title == "Impact")
    #expect(document.timeline?.entries.map(\.milestone) == [.started, .detected, .mitigated, .resolved])
    let lessons = try #require(document.lessonsLearned)
    #expect([lessons.wentWell.count, lessons.wentWrong.count, lessons.gotLucky.count] == [1, 1, 1])
    #expect(document.actionItems.map(\.ticket) == ["T305120", "T305121"])
    #expect(document.actionItems.map(\.title).first == "Add the API error rate to the canary checks")
    #expect(try rules("wiki-incident-report").isDisjoint(with: ["duration-mismatch", "timeline-order"]))
  }
}
