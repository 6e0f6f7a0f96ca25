import Foundation
import Testing

@testable import PostmortemKit

/// The acceptance figures for the seed postmortem, and its whole JSON as a golden file.
@Suite struct SeedParsingTests {
  static let seedName = "2025-04-29-k8s-jobs-too-big.md"

  @Test func seedIsCopiedByteForByte() throws {
    let copy = try Data(contentsOf: TestSupport.url("postmortems/\(Self.seedName)"))
    let seed = URL(fileURLWithPath: "../shared/seed/k8s-jobs-too-big.md", relativeTo: TestSupport.packageRoot)
    // The shared folder sits beside the checkout on developer machines and in CI.
    try #require(FileManager.default.fileExists(atPath: seed.path), "shared seed not found at \(seed.path)")
    #expect(try Data(contentsOf: seed) == copy)
  }

  @Test func metadata() throws {
    let document = try TestSupport.sample(Self.seedName)
    #expect(document.title?.text == "The One Where K8s Jobs Got Too Big")
    #expect(document.title?.location == SourceLocation(line: 1, column: 3))
    #expect(document.date?.date == CalendarDate(year: 2025, month: 4, day: 29))
    #expect(document.date?.line == 3)
    #expect(document.severity?.raw == "[Critical]")
    #expect(document.severity?.level == .critical)
    #expect(
      document.severity.map { SourceLocation(line: $0.line, column: $0.column) } == SourceLocation(line: 9, column: 15))
    #expect(document.authors.map(\.text) == ["Abhi Aiyer", "Yujohn Nattrass", "Gavin Minami"])
    #expect(document.authors.first?.location == SourceLocation(line: 11, column: 19))
    #expect(document.metadata.sources == [.labels])
    #expect(document.metadata.field("Impact")?.value == "Mastra Cloud Build and Deployment")
  }

  @Test func sections() throws {
    let document = try TestSupport.sample(Self.seedName)
    let level2 = document.sections.filter { $0.level == 2 }
    #expect(level2.count == 7)
    #expect(
      level2.map(\.kind) == [.summary, .timeline, .rootCause, .resolution, .impact, .actionItems, .lessonsLearned])
    #expect(level2.map(\.title).first == "Issue Summary")
    #expect(document.sections.contains { $0.title == "What Went Wrong" && $0.kind == .whatWentWrong && $0.level == 3 })
  }

  @Test func timeline() throws {
    let document = try TestSupport.sample(Self.seedName)
    let timeline = try #require(document.timeline)
    #expect(timeline.timezone?.identifier == "America/Los_Angeles")
    #expect(timeline.timezone?.abbreviation == "PT")
    #expect(timeline.timezone?.raw == "All times in Pacific Time (PT)")
    #expect(timeline.entries.count == 8)
    #expect(timeline.entries.first?.time == "2:00PM")
    #expect(timeline.entries.first?.timestamp == "2025-04-29T14:00:00-07:00")
    #expect(timeline.entries.last?.time == "8:00PM")
    #expect(timeline.entries.last?.timestamp == "2025-04-29T20:00:00-07:00")
    let instants = timeline.entries.compactMap(\.epochSeconds)
    #expect(instants.count == 8)
    #expect(instants == instants.sorted())
    #expect(timeline.entries.allSatisfy { $0.status == .resolved })
    #expect(timeline.entries.first?.milestone == .started)
    #expect(timeline.entries.last?.milestone == .resolved)
    #expect(timeline.entries.map(\.line) == Array(25...32))
  }

  @Test func actionItem() throws {
    let document = try TestSupport.sample(Self.seedName)
    #expect(document.actionItems.count == 1)
    let item = try #require(document.actionItems.first)
    #expect(item.title == "Configure monitoring alerts")
    #expect(item.description == "Set up alerts for job failure rates")
    #expect(item.done == false)
    #expect(item.group == "Immediate Actions (0-7 days)")
    #expect(item.owner == nil)
    #expect(item.due == nil && item.dueRaw == nil)
    #expect(item.source == .taskList)
    #expect(item.location == SourceLocation(line: 73, column: 1))
  }

  @Test func statedDurationsDisagree() throws {
    let document = try TestSupport.sample(Self.seedName)
    #expect(document.statedDurations.map(\.minutes) == [330, 360])
    #expect(document.statedDurations.first?.start == "2:00PM")
    #expect(document.statedDurations.first?.end == "7:30PM")
    #expect(document.statedDurations.last?.sectionTitle == "Impact Assessment")
    #expect(document.statedDurations.last?.line == 64)
  }

  @Test func lessonsLearned() throws {
    let lessons = try #require(try TestSupport.sample(Self.seedName).lessonsLearned)
    #expect(lessons.wentWell.count == 2)
    #expect(lessons.wentWrong.count == 2)
    #expect(lessons.gotLucky.isEmpty)
    #expect(lessons.wentWell.first?.text.hasPrefix("Thorough investigation:") == true)
  }

  /// The whole JSON model of the seed. Re-record with `RECORD_SNAPSHOTS=1 make test`.
  @Test func goldenJSON() throws {
    let document = try TestSupport.sample(Self.seedName)
    let json = try JSONOutput.encode(document, pretty: true) + "\n"
    let snapshot = TestSupport.url("Tests/Snapshots/parse/\(Self.seedName).json")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(
        at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
      try json.write(to: snapshot, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: snapshot, encoding: .utf8)
    #expect(json == expected, "parse output of the seed changed; re-record with RECORD_SNAPSHOTS=1 if intended")
  }
}
