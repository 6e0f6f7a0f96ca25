import Foundation
import Testing

@testable import PostmortemKit

/// Every sample in postmortems/ parses with all of its timeline entries and action items.
@Suite struct SampleParsingTests {
  struct Expectation: Sendable, CustomTestStringConvertible {
    var file: String
    var entries: Int
    var zone: String
    var firstTimestamp: String
    var lastTimestamp: String
    var actionItems: Int
    var done: Int
    var owned: Int
    var severity: IncidentSeverity.Level

    var testDescription: String { file }
  }

  static let expectations: [Expectation] = [
    Expectation(
      file: "2025-04-29-k8s-jobs-too-big.md", entries: 8, zone: "America/Los_Angeles",
      firstTimestamp: "2025-04-29T14:00:00-07:00", lastTimestamp: "2025-04-29T20:00:00-07:00", actionItems: 1, done: 0,
      owned: 0, severity: .critical),
    Expectation(
      file: "2024-06-11-search-index-batch-overload.md", entries: 6, zone: "UTC",
      firstTimestamp: "2024-06-11T22:40:00Z", lastTimestamp: "2024-06-12T01:10:00Z", actionItems: 4, done: 2, owned: 4,
      severity: .high),
    Expectation(
      file: "2024-09-03-checkout-latency.md", entries: 6, zone: "America/New_York",
      firstTimestamp: "2024-09-03T14:04:00-04:00", lastTimestamp: "2024-09-03T15:10:00-04:00", actionItems: 4, done: 1,
      owned: 4, severity: .critical),
    Expectation(
      file: "2024-11-08-nightly-billing-export.md", entries: 5, zone: "Europe/Berlin",
      firstTimestamp: "2024-11-08T23:15:00+01:00", lastTimestamp: "2024-11-09T01:30:00+01:00", actionItems: 3, done: 1,
      owned: 3, severity: .high),
    Expectation(
      file: "2023-05-17-dns-zone-transfer.md", entries: 5, zone: "Europe/Berlin",
      firstTimestamp: "2023-05-17T09:02:00+02:00", lastTimestamp: "2023-05-17T10:15:00+02:00", actionItems: 3, done: 1,
      owned: 2, severity: .high),
  ]

  @Test(arguments: expectations)
  func sample(_ expected: Expectation) throws {
    let document = try TestSupport.sample(expected.file)
    let timeline = try #require(document.timeline)
    #expect(timeline.entries.count == expected.entries)
    #expect(timeline.timezone?.identifier == expected.zone)
    #expect(timeline.entries.allSatisfy { $0.status == .resolved })
    #expect(timeline.entries.first?.timestamp == expected.firstTimestamp)
    #expect(timeline.entries.last?.timestamp == expected.lastTimestamp)
    let instants = timeline.entries.compactMap(\.epochSeconds)
    #expect(instants == instants.sorted(), "entries are in chronological order")
    #expect(document.actionItems.count == expected.actionItems)
    #expect(document.actionItems.filter(\.done).count == expected.done)
    #expect(document.actionItems.filter { $0.owner != nil }.count == expected.owned)
    #expect(document.severity?.level == expected.severity)
    #expect(document.title != nil)
    #expect(document.date?.date != nil)
    #expect(document.authors.count == 2 || document.authors.count == 3)
  }

  @Test func everySampleHasAnExpectation() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.url("postmortems").path)
      .filter { $0.hasSuffix(".md") }.sorted()
    #expect(files == Self.expectations.map(\.file).sorted())
  }

  @Test func googleSREActionTable() throws {
    let items = try TestSupport.sample("2024-06-11-search-index-batch-overload.md").actionItems
    #expect(items.map(\.title).first == "Cap batch concurrency per shard")
    #expect(items.map(\.ticket) == ["SRCH-412", "SRCH-409", "SRCH-415", "SRCH-408"])
    #expect(items.map(\.status) == ["TODO", "DONE", "TODO", "DONE"])
    #expect(items.map(\.type) == ["prevent", "detect", "process", "mitigate"])
    #expect(items.map(\.source) == Array(repeating: .table, count: 4))
  }

  @Test func googleSREMilestonesAndRollover() throws {
    let entries = try #require(try TestSupport.sample("2024-06-11-search-index-batch-overload.md").timeline).entries
    #expect(entries.map(\.milestone) == [nil, .started, .detected, nil, .mitigated, .resolved])
    #expect(
      entries.map(\.date?.description) == [
        "2024-06-11", "2024-06-11", "2024-06-11", "2024-06-12", "2024-06-12", "2024-06-12",
      ])
    #expect(entries.allSatisfy { !$0.rolledOver }, "a date heading, not a rollover, moved these to the 12th")
  }

  @Test func frontMatterSampleCrossesMidnight() throws {
    let document = try TestSupport.sample("2024-11-08-nightly-billing-export.md")
    #expect(document.metadata.frontMatter?.format == .yaml)
    #expect(document.title?.text == "Nightly billing export stalled")
    #expect(document.title?.line == 2)
    #expect(document.metadata.field("tags")?.items == ["billing", "batch"])
    let entries = try #require(document.timeline).entries
    #expect(entries.map(\.rolledOver) == [false, false, true, false, false])
    #expect(entries[2].timestamp == "2024-11-09T00:20:00+01:00")
    let items = document.actionItems
    #expect(items.map(\.group) == ["Immediate (Completed)", "Long-term", "Long-term"])
    #expect(items.map(\.owner) == ["gus", "farah", "gus"])
    #expect(items.map(\.due?.description) == [nil, "2024-11-30", "2024-12-15"])
    #expect(items[1].ticket == "BILL-88")
  }

  @Test func pagerDutyTableMetadataAndTaskList() throws {
    let document = try TestSupport.sample("2024-09-03-checkout-latency.md")
    #expect(document.metadata.sources == [.table])
    #expect(document.metadata.field("Incident Commander")?.value == "Dana Fox")
    #expect(document.statedDurations.map(\.minutes) == [66, 66])
    let items = document.actionItems
    #expect(
      items.map(\.title) == [
        "Add a canary stage to payments-service deploys", "Roll back deploy 5121",
        "Alert on connection pool saturation",
        "@eli will document the rollback procedure for payments-service",
      ])
    #expect(items.map(\.owner) == ["eli", "dana", "dana", "eli"])
    #expect(items[2].priority == "P1")
    #expect(items[2].type == "detect")
    #expect(items[0].ticket == "PAY-301")
    #expect(items.map(\.done) == [false, true, false, false])
  }

  @Test func setextHeadingsAndChatLogInCodeFence() throws {
    let document = try TestSupport.sample("2023-05-17-dns-zone-transfer.md")
    #expect(document.title?.text == "DNS resolution failures after a zone transfer")
    #expect(document.date?.date?.description == "2023-05-17")
    #expect(document.authors.map(\.text) == ["Hana Sato", "Ivan Petrov"])
    let entries = try #require(document.timeline).entries
    #expect(!entries.contains { $0.time == "09:25" }, "times inside a code block are not entries")
    #expect(entries.map(\.milestone).suffix(2) == [.mitigated, .resolved])
    #expect(document.actionItems.map(\.status) == ["DONE", "IN PROGRESS", "TODO"])
  }
}
