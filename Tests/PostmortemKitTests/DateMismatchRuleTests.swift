import Testing

@testable import PostmortemKit

/// The document date against the dates its timeline writes.
@Suite struct DateMismatchRuleTests {
  private func findings(date: String, entries: [String]) -> [Finding] {
    let markdown =
      "# Outage\n\n**Date:** \(date)\n\n## Timeline\n\nAll times UTC.\n\n"
      + entries.map { "- \($0)\n" }.joined()
    return TestSupport.lint(markdown).filter { $0.rule == "date-mismatch" }
  }

  @Test func aYearLeftFromAnotherIncident() throws {
    let found = try #require(
      findings(date: "2024-03-02", entries: ["2023-03-02 14:05 deploy", "14:50 resolved"]).first)
    #expect(found.line == 3 && found.column == 11)
    #expect(
      found.message
        == "date 2024-03-02 is 1 year from the timeline, whose first dated entry (line 9) is 2023-03-02 "
        + "(the wrong year?); correct whichever is wrong")
  }

  /// A title that names the incident's day is held to the day its stated start, or its first
  /// dated entry, writes; a day apart is a zone's doing. A title that dates the document is told
  /// once, as its date.
  @Test func theTitlesDayAgainstTheStart() throws {
    let stated =
      "Postmortem Report: Web Stack Outage on June 1, 2024\nIssue Summary\nDuration of Outage:\n\n"
      + "Start: June 8, 2024, 14:30 UTC\nEnd: June 8, 2024, 16:00 UTC\n\nTimeline\n14:30 UTC - alert\n"
    let found = TestSupport.lint(stated).filter { $0.rule == "date-mismatch" }
    #expect(found.map(\.line) == [1] && found.first?.column == 40)
    #expect(
      found.first?.message
        == "the title names 2024-06-01, 7 days before the incident's start on 2024-06-08 (line 5); "
        + "correct whichever is wrong")
    let entry = "# Checkout outage on 2024-06-01\n\n## Timeline\n\n- 2024-06-08 14:30 UTC alert\n"
    #expect(TestSupport.lint(entry).filter { $0.rule == "date-mismatch" }.first?.message.contains("(line 5)") == true)
    let nextDay = stated.replacingOccurrences(of: "June 8", with: "June 2")
    #expect(!TestSupport.lint(nextDay).contains { $0.rule == "date-mismatch" })
    let titled = "# Cache outage — 17 February 2019\n\n## Timeline\n\n- 2018-02-17 08:52 UTC errors began\n"
    #expect(TestSupport.lint(titled).filter { $0.rule == "date-mismatch" }.count == 1)
    // A title that names the day the incident was found, a day the timeline writes, is one of its
    // days (an exposure that went on for a week before it was found).
    let found7 =
      "# Redis cache exposed (July 16, 2023)\n\n## Timeline\n\n| Date/Time (UTC) | Event |\n|---|---|\n"
      + "| 2023-07-09 19:16 | Firewall left off after a reboot |\n| 2023-07-16 10:45 | Exposure found |\n"
    #expect(!TestSupport.lint(found7).contains { $0.rule == "date-mismatch" })
  }

  @Test func dayAndMonthSwapped() throws {
    let near = try #require(findings(date: "2024-03-02", entries: ["2024-02-03 14:05 deploy"]).first)
    #expect(near.message.contains("is 28 days from the timeline") && near.message.contains("(day and month swapped?)"))
    let far = try #require(findings(date: "2021-03-10", entries: ["2021-10-03 09:00 upgrade"]).first)
    #expect(far.message.contains("is 6 months from") && far.message.contains("swapped"))
  }

  /// A postmortem dated when it was written, a timeline reaching back to a change weeks before,
  /// a timeline without dates of its own, or one entry near the date: nothing to report.
  @Test(arguments: [
    ("2024-03-09", ["2024-03-02 14:05 deploy", "2024-03-02 14:50 resolved"]),
    ("2024-03-02", ["2024-01-10 09:00 config change merged", "2024-03-02 14:05 deploy"]),
    ("2024-03-02", ["14:05 deploy", "14:50 resolved"]),
    ("2024-03-02", ["Mar 2 14:05 deploy"]),
    ("2024-03-03", ["2024-03-02 23:40 deploy", "00:10 resolved"]),
    // Read day first, as the document writes its dates.
    ("12/03/2023", ["12/03/2023 23:50 job starts", "13/03/2023 00:10 job stalls"]),
  ])
  func nothingToReport(_ date: String, _ entries: [String]) {
    #expect(findings(date: date, entries: entries).isEmpty, "\(date) \(entries)")
  }
}
