import Foundation
import Testing

@testable import PostmortemKit

/// The seed's known flaws, each at its line and column, and every output format as a golden file.
@Suite struct SeedLintTests {
  static let today = CalendarDate(year: 2025, month: 5, day: 1)!

  static func seedFindings() throws -> [Finding] {
    let path = "postmortems/\(SeedParsingTests.seedName)"
    return TestSupport.lint(try TestSupport.read(path), today: today, file: path)
  }

  /// `lint` parses with the lint scope: on every sample, fixture and generated postmortem its
  /// findings must be exactly those of a full parse, all rules on.
  @Test func lintScopeFindsWhatAFullParseFinds() throws {
    let files = try TestSupport.scopeTestFiles()
    #expect(files.count > 60)
    var scoped = PostmortemParser()
    scoped.scope = .lint
    let linter = Linter(today: CalendarDate(year: 2026, month: 11, day: 25)!)
    var withFindings = 0
    var withLessons = 0
    for file in files {
      let source = SourceText(try String(contentsOfFile: file, encoding: .utf8))
      let full = PostmortemParser().parseKeepingTree(source, file: file)
      let partial = scoped.parseKeepingTree(source, file: file)
      #expect(linter.lint(partial) == linter.lint(full), "\(file)")
      #expect(partial.document.lessonsLearned == nil && partial.document.summary?.markdown ?? "" == "", "\(file)")
      if !linter.lint(full).isEmpty { withFindings += 1 }
      if full.document.lessonsLearned != nil { withLessons += 1 }
    }
    #expect(withFindings > 40)
    #expect(withLessons > 20)
  }

  @Test func requiredFlawsAreFoundWhereTheyAre() throws {
    let findings = try Self.seedFindings()
    let summary = findings.map { "\($0.rule)@\($0.line):\($0.column)" }
    #expect(
      summary == [
        "duration-mismatch@5:15", "template-placeholder@9:15", "template-placeholder@11:18", "count-mismatch@48:1",
        "duration-mismatch@64:17", "action-item-due-date@73:1", "action-item-owner@73:1",
      ])
    let header = try #require(findings.first)
    #expect(header.message.contains("it ends at 7:30PM but the timeline ends at 8:00PM (line 32)"))
    #expect(header.message.contains("7:30PM is when it was mitigated (line 31)"))
    let impact = try #require(findings.first { $0.line == 64 })
    #expect(impact.message.contains("'2:00PM to 7:30PM' (5h30m) on line 5 says otherwise"))
    #expect(findings.first { $0.line == 9 }?.endColumn == 25, "the finding spans '[Critical]'")
    #expect(findings.filter { $0.level == .error }.count == 3)
  }

  static let formats: [OutputFormat] = OutputFormat.allCases

  /// Re-record with `RECORD_SNAPSHOTS=1 make test`.
  @Test(arguments: formats)
  func goldenOutput(_ format: OutputFormat) throws {
    let findings = try Self.seedFindings()
    let source = SourceText(try TestSupport.read("postmortems/\(SeedParsingTests.seedName)"))
    let context = ReportContext(
      toolVersion: "0.1.0", workingDirectory: "/work/repo", fileCount: 1, color: false,
      lineText: { _, line in source.line(line) })
    let output = format.reporter.report(findings, context: context)
    let snapshot = TestSupport.url("Tests/Snapshots/lint/seed.\(format.rawValue).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(
        at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
      try output.write(to: snapshot, atomically: true, encoding: .utf8)
    }
    #expect(output == (try String(contentsOf: snapshot, encoding: .utf8)), "\(format) output changed")
  }
}

@Suite struct DocumentationTests {
  @Test func readmeDocumentsEveryRule() throws {
    let readme = try TestSupport.read("README.md")
    for rule in BuiltInRules.descriptors {
      #expect(
        readme.contains("| `\(rule.id)` | \(rule.defaultLevel.rawValue) |"), "README rules table lacks \(rule.id)")
    }
  }
}
