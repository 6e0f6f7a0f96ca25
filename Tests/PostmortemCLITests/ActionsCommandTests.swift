import Foundation
import Testing

/// `postmortem actions` end to end.
@Suite struct ActionsCommandTests {
  /// Every export of the samples' items, whole, as golden files: the exporters write a line or
  /// an item at a time, and the text must not change with that. Re-record with
  /// `RECORD_SNAPSHOTS=1 make test`.
  @Test(arguments: [
    ("table", false), ("markdown", false), ("csv", false), ("json", false), ("jsonl", false),
    ("jira-csv", false), ("github", false), ("table", true), ("markdown", true),
  ])
  func everyExportMatchesItsGoldenFile(_ format: String, _ byOwner: Bool) throws {
    let result = try CLIRunner.run(
      ["actions", "postmortems", "--status", "all", "--format", format, "--today", "2026-11-25", "--color", "never"]
        + (byOwner ? ["--group-by", "owner"] : []))
    #expect(result.status == 0, "\(result.stderr)")
    let snapshot = CLIRunner.packageRoot.appendingPathComponent(
      "Tests/Snapshots/actions/samples\(byOwner ? "-by-owner" : "").\(format).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try result.stdout.write(to: snapshot, atomically: true, encoding: .utf8)
    }
    #expect(result.stdout == (try String(contentsOf: snapshot, encoding: .utf8)), "\(format) export changed")
  }

  @Test func tableOfOpenItemsWithSummary() throws {
    let result = try CLIRunner.run(["actions", "--today", "2025-05-01"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("ID "))
    #expect(result.stdout.hasSuffix("10 open, 5 done, 5 overdue (15 action items in 5 postmortems; 10 shown)\n"))
    #expect(result.stdout.contains(" OVERDUE  2023-06-15  ivan "))
    let coloured = try CLIRunner.run(["actions", "--today", "2025-05-01", "--color", "always"])
    #expect(coloured.stdout.contains("\u{1B}[31mai-"), "overdue rows are red")
  }

  @Test func jsonOfEveryItem() throws {
    let result = try CLIRunner.run(["actions", "--status", "all", "--format", "json", "--today", "2025-05-01"])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 15)
    #expect(Set(array.compactMap { $0["id"] as? String }).count == 15)
  }

  @Test func markdownTrackerIsGroupedAndLinked() throws {
    let result = try CLIRunner.run(["actions", "--format", "markdown", "--group-by", "owner", "--today", "2025-05-01"])
    #expect(result.stdout.hasPrefix("# Action items\n"))
    #expect(result.stdout.contains("## eli\n"))
    #expect(result.stdout.contains("[Checkout API latency spike](postmortems/2024-09-03-checkout-latency.md)"))
  }

  /// A postmortem that states its day only in its summary's opening is dated by it in the export.
  @Test func summaryDatesAnUndatedPostmortem() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let file = directory.appendingPathComponent("search.md")
    try "# Search degraded\n\n## Summary\n\nBetween 09:15 and 10:05 UTC on 2024-04-11, search failed.\n\n"
      .appending("## Action Items\n\n- Add a mapping test (owner: @priya)\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["actions", file.path, "--format", "json", "--today", "2026-11-25"])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.compactMap { ($0["postmortem"] as? [String: Any])?["date"] as? String } == ["2024-04-11"])
  }

  @Test func outputFileIsNeverReplacedWithoutForce() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let target = directory.appendingPathComponent("actions.csv").path
    #expect(try CLIRunner.run(["actions", "--format", "csv", "--output", target]).status == 0)
    let again = try CLIRunner.run(["actions", "--format", "csv", "--output", target])
    #expect(again.status == 2)
    #expect(try CLIRunner.run(["actions", "--format", "csv", "--output", target, "--force"]).status == 0)
  }

  @Test func unreadableFilesAreReportedAndSkipped() throws {
    let directory = try CLIRunner.temporaryDirectory()
    try Data([0x00, 0xFF]).write(to: directory.appendingPathComponent("bad.md"))
    try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("postmortems/2024-09-03-checkout-latency.md"))
      .write(to: directory.appendingPathComponent("good.md"))
    let result = try CLIRunner.run(["actions", ".", "--format", "jsonl"], in: directory)
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad.md:1: binary file"))
    #expect(result.stdout.split(separator: "\n").count == 3)
  }

  @Test(arguments: [
    ["actions", "--format", "xml"], ["actions", "--today", "yesterday"], ["actions", "--severity", "spicy"],
    ["actions", "--since", "2025-01-02", "--until", "2025-01-01"], ["actions", "--group-by", "colour"],
  ])
  func usageErrors(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2, "\(arguments)")
    #expect(result.stdout.isEmpty)
  }
}
