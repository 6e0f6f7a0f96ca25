import Dispatch
import Foundation
import Testing

@testable import PostmortemKit

/// The protections of the hardening issue, each with a test that fails if it is removed.
@Suite struct HardeningTests {
  /// Every fixture (and every crash the fuzzer ever found, in Tests/Fixtures/fuzz) replays
  /// through the fuzz pipeline without crashing.
  @Test func fixturesReplayThroughTheFuzzPipeline() throws {
    let folders = [
      "Tests/Fixtures/valid", "Tests/Fixtures/shapes", "Tests/Fixtures/hostile", "Tests/Fixtures/fuzz", "postmortems",
    ]
    var replayed = 0
    for folder in folders {
      let directory = TestSupport.url(folder)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        #expect(FuzzPipeline.run([UInt8](data)) > 0 || data.isEmpty, "\(folder)/\(name)")
        replayed += 1
      }
    }
    #expect(replayed >= 11)
  }

  static let controlCharacters = String(
    String.UnicodeScalarView((0..<32).compactMap(Unicode.Scalar.init) + ["\u{7F}", "\u{2028}", "\u{2029}"]))

  private func finding(_ message: String, file: String = "a.md") -> Finding {
    Finding(
      rule: "timeline-time", level: .error, message: message, file: file,
      range: SourceRange(start: SourceLocation(line: 2, column: 1), end: SourceLocation(line: 2, column: 4)))
  }

  @Test func jsonAndSARIFEscapeEveryControlCharacter() throws {
    let message = "before " + Self.controlCharacters + " after \"quoted\" \\ backslash"
    let context = ReportContext(toolVersion: "t", workingDirectory: "/r", fileCount: 1)
    let json = JSONReporter().report([finding(message)], context: context)
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(parsed[0]["message"] as? String == message)
    let sarif = SARIFReporter().report([finding(message)], context: context)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let result = ((log["runs"] as? [[String: Any]])?[0]["results"] as? [[String: Any]])?[0]
    #expect((result?["message"] as? [String: Any])?["text"] as? String == message)
    // Raw control characters would make the document invalid for strict parsers.
    for scalar in (json + sarif).unicodeScalars where scalar.value < 32 {
      #expect(scalar == "\n", "raw control character U+\(String(scalar.value, radix: 16)) in output")
    }
    let strict = try TestSupport.python(
      ["-c", "import json,sys; json.loads(sys.stdin.read(), strict=True); print('ok')"], input: sarif)
    #expect(strict.output.hasPrefix("ok"), "\(strict.output)")
  }

  @Test func annotationsCannotForgeAnotherWorkflowCommand() {
    let forged = "innocent\n::error file=evil.md,line=1::forged\r::set-output name=x::y %0A"
    let output = GitHubReporter().report(
      [finding(forged, file: "a.md,line=99,title=fake")],
      context: ReportContext(toolVersion: "t", workingDirectory: "/", fileCount: 1))
    let lines = output.split(separator: "\n", omittingEmptySubsequences: true)
    #expect(lines.count == 1, "one finding, one command line")
    #expect(!output.dropLast().contains("\n") && !output.contains("\r"))
    #expect(
      output.hasPrefix("::error file=a.md%2Cline%3D99%2Ctitle%3Dfake,line=2,")
        || output.hasPrefix("::error file=a.md%2Cline=99%2Ctitle=fake,line=2,"))
    // The runner decodes %25, %0D and %0A in messages: decoding gives back exactly what we meant.
    let message = String(output.dropLast()).components(separatedBy: "::").dropFirst(2).joined(separator: "::")
    let decoded = message.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
      .replacingOccurrences(of: "%25", with: "%")
    #expect(decoded == forged)
  }

  private struct DiskFull: Error {}

  @Test func aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws {
    let directory = try TestSupport.temporaryDirectory()
    let target = directory.appendingPathComponent("report.html")
    try "the user's file".write(to: target, atomically: true, encoding: .utf8)
    do {
      try AtomicFile.write("new content", to: target.path, overwrite: true) { data, url in
        // Half the bytes reach the disk, then it is full.
        try data.prefix(data.count / 2).write(to: url)
        throw DiskFull()
      }
      Issue.record("the write should fail")
    } catch {
      #expect(error.reason.hasPrefix("cannot write"))
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "the user's file")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
  }

  /// A stream its producer discards leaves the old file as it was, and no temporary file.
  @Test func aDiscardedStreamLeavesTheOldFile() throws {
    let directory = try TestSupport.temporaryDirectory()
    let target = directory.appendingPathComponent("report.json")
    try "the user's file".write(to: target, atomically: true, encoding: .utf8)
    try AtomicFile.streamUnlessDiscarded(to: target.path, overwrite: true) { emit in
      emit(String(repeating: "x", count: 200_000))
      return false
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "the user's file")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
    try AtomicFile.streamUnlessDiscarded(to: target.path, overwrite: true) { emit in
      emit("kept")
      return true
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "kept")
  }

  @Test func streamedWritesArriveWholeAndRefuseToOverwrite() throws {
    let directory = try TestSupport.temporaryDirectory()
    let target = directory.appendingPathComponent("findings.json")
    // Enough pieces to fill several 64 KB chunks.
    let pieces = (0..<5_000).map { "piece \($0) — ünïcode\n" }
    try AtomicFile.stream(to: target.path, overwrite: false) { emit in pieces.forEach(emit) }
    #expect(try String(contentsOf: target, encoding: .utf8) == pieces.joined())
    do {
      try AtomicFile.stream(to: target.path, overwrite: false) { emit in emit("new") }
      Issue.record("an existing file must not be replaced without overwrite")
    } catch {
      #expect(error.reason.contains("already exists"))
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == pieces.joined())
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["findings.json"])
  }

  @Test func aFailedStreamedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws {
    let directory = try TestSupport.temporaryDirectory()
    let target = directory.appendingPathComponent("report.csv")
    try "the user's file".write(to: target, atomically: true, encoding: .utf8)
    let chunks = Counter()
    do {
      try AtomicFile.stream(
        to: target.path, overwrite: true,
        { emit in
          (0..<20_000).forEach { emit("row \($0)\r\n") }
          return true
        },
        writeChunk: { data, handle in
          chunks.value += 1
          // The first chunk reaches the disk, then it is full.
          if chunks.value == 2 { throw DiskFull() }
          try handle.write(contentsOf: data)
        })
      Issue.record("the write should fail")
    } catch {
      #expect(error.reason.hasPrefix("cannot write"))
    }
    #expect(chunks.value == 2, "nothing more is written after a failure")
    #expect(try String(contentsOf: target, encoding: .utf8) == "the user's file")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.csv"])
  }

  /// Counts calls from inside the injected writer.
  private final class Counter: @unchecked Sendable {
    var value = 0
  }

  /// A site written a page at a time: pages renamed once their names are known, never onto
  /// another page; a failure leaves the old site and no staging folder.
  @Test func aStagedSiteIsRenamedPageByPageAndCommittedWhole() throws {
    let root = try TestSupport.temporaryDirectory()
    let site = root.appendingPathComponent("site")
    try SiteWriter.write(["index.html": "old"], to: site.path, overwrite: false)
    let staging = try SiteStaging(directory: site.path, overwrite: true)
    try staging.write("a", as: ".page-0")
    try staging.write("b", as: ".page-1")
    try staging.rename(".page-0", to: "a.html")
    try staging.rename(".page-1", to: "b.html")
    try staging.write("new", as: "index.html")
    #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "old")
    try staging.commit()
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == ["a.html", "b.html", "index.html"])
    #expect(try String(contentsOf: site.appendingPathComponent("b.html"), encoding: .utf8) == "b")

    let clash = try SiteStaging(directory: site.path, overwrite: true)
    try clash.write("x", as: ".page-0")
    try clash.write("y", as: "x.html")
    #expect(throws: AtomicFile.WriteError.self) { try clash.rename(".page-0", to: "x.html") }
    #expect(throws: AtomicFile.WriteError.self) { try clash.commit() }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == ["a.html", "b.html", "index.html"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"], "no staging folder left")
  }

  @Test func aFailedSiteWriteLeavesTheOldSiteWhole() throws {
    let root = try TestSupport.temporaryDirectory()
    let site = root.appendingPathComponent("site")
    try SiteWriter.write(["index.html": "old index", "a.html": "old a"], to: site.path, overwrite: false)
    let writes = Counter()
    var failure: AtomicFile.WriteError?
    do {
      try SiteWriter.write(["index.html": "new", "a.html": "new", "b.html": "new"], to: site.path, overwrite: true) {
        data, url in
        writes.value += 1
        if writes.value == 2 { throw DiskFull() }
        try data.write(to: url)
      }
    } catch {
      failure = error
    }
    #expect(failure?.reason.hasPrefix("cannot write") == true)
    #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "old index")
    #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == ["a.html", "index.html"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"], "no staging folder left")
  }

  @Test func aSymlinkedTargetIsReplacedNotFollowed() throws {
    let root = try TestSupport.temporaryDirectory()
    let outside = root.appendingPathComponent("outside.txt")
    try "must survive".write(to: outside, atomically: true, encoding: .utf8)
    let link = root.appendingPathComponent("report.html")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
    try AtomicFile.write("report", to: link.path, overwrite: true)
    #expect(try String(contentsOf: outside, encoding: .utf8) == "must survive")
    #expect(try String(contentsOf: link, encoding: .utf8) == "report")
  }

  @Test func directoryWalksSurviveSymlinkLoops() throws {
    let root = try TestSupport.temporaryDirectory()
    let inner = root.appendingPathComponent("a/b")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    try "# T\n".write(to: root.appendingPathComponent("a/pm.md"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(at: inner.appendingPathComponent("loop"), withDestinationURL: root)
    let expanded = DocumentLoader().expand([root.path])
    #expect(expanded.files == [root.path + "/a/pm.md"])
  }
}

/// Shapes that take minutes unguarded (cmark-gfm 0.29.0.gfm.6's quadratic tables, and our own
/// placeholder scan before its fix): each completes well within a generous bound with the right
/// finding. The bound, 20 s, is for a debug build on the two-core machine the shapes were measured
/// on, where an ordinary 500 KB document lints in about 0.24 s; a slower or busier run stretches it
/// by how much longer that document takes just before the shape (it is never tightened). Under a
/// sanitizer (`make sanitize` says so in POSTMORTEM_SANITIZER) the shapes still run, so their memory
/// and threads are checked, but their time is not judged: the instrumentation slows our Swift code
/// four- to six-fold, depending on the shape, and leaves the C parser (a system library) as fast as
/// ever, so no one stretch of the bound would still catch a quadratic shape in both.
@Suite struct PathologicalInputTests {
  private static let bound: Double = 20
  private static let ordinarySeconds: Double = 0.24
  private static let sanitized = ProcessInfo.processInfo.environment["POSTMORTEM_SANITIZER"] != nil

  private func lint(_ text: String) -> (findings: [Finding], seconds: Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let parsed = PostmortemParser().parseKeepingTree(SourceText(text), file: "p.md")
    let findings = Linter(today: RuleExamples.today).lint(parsed)
    return (findings, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }

  /// Lints `text` and expects it to finish within the bound, stretched for this run's speed.
  private func lintWithinBound(
    _ text: String, _ name: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> [Finding] {
    if Self.sanitized { return lint(text).findings }
    let seed = try TestSupport.read("postmortems/2025-04-29-k8s-jobs-too-big.md")
    let ordinary = lint(String(repeating: seed + "\n", count: 100)).seconds
    let bound = Self.bound * max(1, ordinary / Self.ordinarySeconds)
    let result = lint(text)
    #expect(
      result.seconds < bound, "\(name) took \(result.seconds) s, over the bound of \(bound) s",
      sourceLocation: sourceLocation)
    return result.findings
  }

  @Test func thousandsOfTableColumns() throws {
    // 20,000 columns took cmark-gfm's table extension 6 s alone; 60,000 take about a minute.
    let columns = 60_000
    let text =
      "| " + String(repeating: "c | ", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
      + String(repeating: String(repeating: "|x", count: columns) + "|\n", count: 3)
    let limits = try lintWithinBound(text, "\(columns) table columns").filter { $0.rule == "input-limit" }
    #expect(limits.map(\.line) == [2])
    #expect(
      limits.first?.message.hasPrefix("a table with \(columns) columns: the document's tables were read as plain text")
        == true)
  }

  @Test func aLineOfUnclosedLinks() throws {
    // 100,000 "[a](" took 7 s before the placeholder scan counted columns incrementally ("[ab]",
    // as "[a]" is now a note's marker).
    let findings = try lintWithinBound(
      "## Summary\n\n" + String(repeating: "[ab](", count: 200_000) + "\n", "unclosed links")
    let placeholders = findings.filter { $0.rule == "template-placeholder" }
    #expect(placeholders.count == TemplatePlaceholderRule.maximumReported + 1)
    #expect(
      placeholders.last?.message
        == "\(200_000 - TemplatePlaceholderRule.maximumReported) more template placeholders after this one are not listed"
    )
  }

  @Test func deepNestingIsReportedWhereItIsCut() throws {
    let findings = try lintWithinBound(
      "## Summary\n\n" + String(repeating: "> ", count: 5_000) + "deep\n", "deep nesting")
    let limits = findings.filter { $0.rule == "input-limit" }
    #expect(limits.count == 1)
    #expect(limits.first?.line == 3)
    #expect(limits.first?.message.hasPrefix("nesting deeper than 48 levels") == true)
  }

  @Test(arguments: [
    ("emphasis", String(repeating: "*a **a ", count: 100_000)), ("brackets", String(repeating: "[", count: 200_000)),
    ("images", String(repeating: "![", count: 150_000)), ("backticks", String(repeating: "`", count: 50_000) + "a"),
    ("long table", "| a | b |\n|---|---|\n" + String(repeating: "| x | y |\n", count: 100_000)),
    // Every colon of an action item looked back for its key over all the colons before it.
    ("colons in an action item", "## Action Items\n\n- fix" + String(repeating: " :", count: 100_000) + "\n"),
    ("a keyed value of colons", "## Action Items\n\n- owner: " + String(repeating: ":", count: 200_000) + "\n"),
    // Each field was cut out of the item in place, moving everything after it.
    ("an item of many fields", "## Action Items\n\n- x" + String(repeating: " owner: a due: b", count: 500_000) + "\n"),
    // Every stated duration was compared with every one before it.
    ("one duration stated many times", "## Impact\n\n" + String(repeating: "- **Duration:** 5 min\n", count: 50_000)),
    // Each label that names a section looks for a heading of its kind.
    (
      "section labels before many headings",
      String(repeating: "**Summary:** x\n", count: 20_000) + "\n" + String(repeating: "## H\n\nx\n\n", count: 20_000)
    ),
    ("owner clauses", "## Action Items\n\n- x" + String(repeating: ", owner Ana Bo Cy Di", count: 40_000) + "\n"),
    (
      "an HTML table of many rows",
      "## Timeline\n\n<table>\n" + String(repeating: "<tr><td>14:05</td><td>a &amp; b<br>c</td></tr>\n", count: 50_000)
        + "</table>\n"
    ),
    ("unclosed HTML cells", "## Timeline\n\n<table><tr>" + String(repeating: "<td>a<b &#", count: 100_000) + "\n"),
  ])
  func otherKnownShapesStayBounded(_ name: String, _ text: String) throws {
    _ = try lintWithinBound(text, name)
  }

  /// Short runs of the tokens dates, clocks and zones are written with, in random order, go
  /// through the time, date and duration readers, and through a timeline's table and bullets and
  /// the action items, without a crash. Byte-level fuzzing rarely builds such runs: "Mar 25," at
  /// the end of a time cell crashed every run that met it, and `make fuzz` never found it.
  @Test(arguments: 1...4)
  func shortRunsOfDateAndTimeTokens(_ seed: Int) {
    var random = TestRandom(seed: UInt64(seed))
    var cells: [String] = []
    for _ in 0..<1_500 {
      var cell = ""
      for _ in 0...random.next(6) {
        let token = Self.timeTokens[random.next(Self.timeTokens.count)]
        cell += (cell.isEmpty || random.next(4) == 0 ? "" : " ") + token
      }
      _ = TimeParser.scan(cell)
      _ = TimeParser.scan(cell, allowingRange: true)
      _ = DateParser.parse(cell)
      _ = DurationParser.parse(cell)
      cells.append(cell)
    }
    let text =
      "**Date:** 2026-03-01\n\n## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n"
      + cells.map { "| \($0) | e |\n" }.joined() + "\n" + cells.map { "- \($0) event\n- \($0)\n" }.joined()
      + "\n## Action Items\n\n" + cells.map { "- [ ] fix due \($0)\n" }.joined()
    #expect(TestSupport.parse(text).timeline != nil)
    #expect(TestSupport.lint(text).contains { $0.rule == "timeline-time" })
  }

  /// What dates, times, zones and spans are made of, as the timelines of real reports write them.
  private static let timeTokens = [
    "Mar", "March", "25", "2026", "25th", ",", "-", "–", "—", "@", "at", "on", "T", "Z", "UTC", "PST", "CET", "AM",
    "PM", "pm", "10:00", "10", "00", ":", ".", "/", "~", "≈", "±", "(", ")", "[", "]", "Day", "2", "T+5m", "+5m",
    "T+0", "Mon", "Monday", "xx:xx", "??:??", "TBD", "14.43", "2024-03-02", "03/02", "07-20", "the", "deploy",
    "next", "day", "(+1)", "h", "min", "~13:00", "年", "月", "日", "：", "〜", "->", "→", "to", "until", "-0700",
    "+05:30", "GMT+2", "14h", "22h", "approx.", "Q3", "of", "de",
  ]

  /// A month's day with a comma or dash after it and nothing more ("Mar 25," in a time cell,
  /// "- Mar 25 -") was read past its last token and crashed the run.
  @Test(arguments: ["Mar 25,", "Mar 25 -", "25 Mar @", "March 25 at"])
  func aDayWithNothingAfterItsSeparator(_ time: String) throws {
    #expect(TimeParser.scan(time)?.monthDay == nil)
    let table = "## Timeline (UTC)\n\n| Time | Event |\n|---|---|\n| \(time) | deploy |\n| 10:00 | alert |\n"
    let bullets = "## Timeline (UTC)\n\n- \(time)\n- 10:00 alert\n"
    for text in [table, bullets] {
      #expect(TestSupport.parse(text).timeline?.entries.count == 2)
      #expect(TestSupport.lint(text).contains { $0.rule == "timeline-time" })
    }
  }
}

@Suite struct ColumnTests {
  /// Columns are Unicode scalar offsets: a combining accent, right-to-left text and a multi-scalar
  /// emoji before a finding move its column by exactly their scalar count.
  @Test func columnsStayRightAfterCombiningRightToLeftAndEmoji() throws {
    let prefix = "e\u{301} שלום 👩‍💻 "
    let text = "# Title\n\n## Summary\n\n" + prefix + "[TBD]\n"
    let finding = try #require(TestSupport.lint(text).first { $0.rule == "template-placeholder" })
    #expect(finding.line == 5)
    #expect(finding.column == prefix.unicodeScalars.count + 1)
    #expect(finding.endColumn == finding.column + 5)
    let heading = "## 🚨 Timeline (UTC) ✅\n\n- 14.43 broken\n"
    let entry = try #require(TestSupport.lint(heading).first { $0.rule == "timeline-time" })
    #expect(entry.line == 3 && entry.column == 3)
  }

  @Test func tabsAreOneColumn() throws {
    // Leading tabs would make an indented code block; inside a line a tab is one column.
    let finding = try #require(
      TestSupport.lint("## Summary\n\nx\t\t[TBD]\n").first { $0.rule == "template-placeholder" })
    #expect(finding.column == 4)
  }
}
