import Foundation
import Testing

@testable import PostmortemKit

/// The parser never fails on content: it records what it could not read.
@Suite struct LenientParsingTests {
  @Test func documentWithNothingRecognisable() {
    let document = TestSupport.parse("just some words\n\nand more words\n")
    #expect(document.title == nil)
    #expect(document.timeline == nil)
    #expect(document.actionItems.isEmpty)
    #expect(document.sections.isEmpty)
    #expect(document.severity == nil)
  }

  @Test(arguments: [
    "", "#", "---", "---\n---", "+++\n", "|", "| a |\n|---|", "- [ ]", "## Timeline\n\n- ",
    "## Timeline\n\n|Time|\n|-|\n||",
    "## Action Items\n\n| |\n|-|\n| |", "**Date:**", "**:** x", "\u{0}",
    "## Timeline\n\n- 99:99:99 x\n- 2024-13-45T25:61 y",
    String(repeating: "> ", count: 200) + "deep", String(repeating: "- ", count: 200) + "deep",
    "## Timeline\n\n" + String(repeating: "- 10:00 x\n", count: 2000),
  ])
  func oddInputsParseWithoutCrashing(_ text: String) throws {
    let document = TestSupport.parse(text)
    // Encoding must work too: the model is always valid JSON.
    _ = try JSONOutput.encode(document, pretty: false)
  }

  /// Found by the fuzzer: "1 hour 3999…9 minutes" overflowed the conversion to whole minutes and
  /// trapped. A duration past ten years is no duration.
  @Test func absurdDurationsAreNotDurations() {
    let nines = String(repeating: "9", count: 120)
    #expect(DurationParser.parse("1 hour 3\(nines)5 minutes").minutes == nil)
    #expect(DurationParser.parse("\(nines):30").minutes == nil)
    #expect(DurationParser.parse("1 hour 30 minutes").minutes == 90)
    let findings = TestSupport.lint(
      "# T\n\n**Duration:** 1 hour 3\(nines)5 minutes\n\n## Timeline\n\n- 14:00 UTC start\n")
    #expect(!findings.contains { $0.rule == "duration-mismatch" })
    // A length written before the incident's name, and a clock reading, as absurd.
    let summary = TestSupport.parse("# T\n\n## Summary\n\nA \(nines)-day outage. A 9999999999-day outage.\n")
    #expect(summary.statedDurations.isEmpty)
    #expect(DurationParser.parse("\(nines):30:00").minutes == nil)
  }

  @Test func randomBytesNeverCrashTheParser() throws {
    // A deterministic generator: the same documents every run.
    var random = TestRandom(state: 0x9E37_79B9_7F4A_7C15)
    func next() -> UInt64 { random.next() }
    let alphabet = Array("#-*_`|:[]()~>!\n\n 0123456789APMUTCaz@.,/\u{E9}🔥\t".unicodeScalars)
    for _ in 0..<300 {
      let length = Int(next() % 400)
      var text = String.UnicodeScalarView()
      for _ in 0..<length { text.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
      let document = TestSupport.parse("## Timeline\n\n" + String(text) + "\n## Action Items\n\n" + String(text))
      _ = try JSONOutput.encode(document, pretty: false)
    }
  }

  @Test func locationsAreAlwaysOneBased() throws {
    for name in SampleParsingTests.expectations.map(\.file) {
      let document = try TestSupport.sample(name)
      let json = try JSONOutput.encode(document, pretty: false)
      #expect(!json.contains("\"line\":0"), "\(name)")
      #expect(!json.contains("\"column\":0"), "\(name)")
    }
  }
}

/// Shapes that break naive recursive code: each must parse, lint and encode without crashing.
@Suite struct HostileShapeTests {
  static let shapes: [(String, String)] = [
    ("10,000-deep block quote", String(repeating: "> ", count: 10_000) + "deep\n"),
    ("1,000-deep list", (0..<1_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()),
    ("20,000 action items", "## Action Items\n\n" + (0..<20_000).map { "- [ ] item \($0) (owner: @a)\n" }.joined()),
    ("a 200 KB line", "## Timeline\n\n- 14:00 " + String(repeating: "x", count: 200_000) + "\n"),
    ("20,000 open brackets", "## Summary\n\n" + String(repeating: "[", count: 20_000) + "\n"),
    (
      "500-column table",
      "| " + (0..<500).map { "h\($0)" }.joined(separator: " | ") + " |\n|"
        + String(repeating: "---|", count: 500) + "\n"
        + String(repeating: String(repeating: "| x ", count: 500) + "|\n", count: 20)
    ),
    ("lone CR line endings", "# T\r\r## Timeline\r\rAll times UTC\r\r- 14:00 a\r- 13:00 b\r"),
  ]

  @Test(arguments: shapes.map(\.0))
  func survives(_ name: String) throws {
    let text = try #require(Self.shapes.first { $0.0 == name }).1
    let parsed = PostmortemParser().parseKeepingTree(SourceText(text), file: "hostile.md")
    let findings = Linter(today: RuleExamples.today).lint(parsed)
    _ = try JSONOutput.encode(parsed.document, pretty: false)
    _ = MarkdownRenderer().page(PostmortemReport(parsed: parsed, findings: findings, today: RuleExamples.today))
    #expect(findings.allSatisfy { $0.line >= 1 && $0.column >= 1 })
  }

  @Test func loneCarriageReturnsCountAsLineEndings() throws {
    let text = try #require(Self.shapes.first { $0.0 == "lone CR line endings" }).1
    let document = PostmortemParser().parse(text, file: "cr.md")
    #expect(document.timeline?.entries.map(\.line) == [7, 8])
    let order = Linter(today: RuleExamples.today).lint(
      PostmortemParser().parseKeepingTree(SourceText(text), file: "cr.md")
    )
    .filter { $0.rule == "timeline-order" }
    #expect(order.map(\.line) == [8])
  }
}

extension HostileShapeTests {
  @Test func contentBelowTheDepthLimitIsKeptAsText() {
    let text = "## Summary\n\n" + String(repeating: "> ", count: 200) + "deep *words* here\n"
    let tree = MarkdownParser.parse(SourceText(text))
    var depth = 0
    var node = tree
    while let child = node.children.first {
      depth += 1
      node = child
    }
    #expect(depth <= MarkdownParser.maximumDepth + 1)
    #expect(tree.plainText().contains("deep words here"))
  }

  /// A section body is the file's own lines between blank edges, whatever the line endings and
  /// whatever white space makes a line blank.
  @Test(arguments: ["\n", "\r\n", "\r"])
  func narrativeBodiesKeepTheirLinesAndDropBlankEdges(_ newline: String) {
    let lines = [
      "# Outage", "", "## Impact", "", " \t", "\u{A0}", "Checkout failed for **12%** of users.", "",
      "  - EU only", "\u{A0}\u{A0}", "", "## Resolution", "Rolled back.",
    ]
    let document = TestSupport.parse(lines.joined(separator: newline))
    #expect(document.impact?.markdown == "Checkout failed for **12%** of users.\n\n  - EU only")
    #expect(document.resolution?.markdown == "Rolled back.")
  }
}
