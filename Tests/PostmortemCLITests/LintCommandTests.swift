import Foundation
import Testing

/// `postmortem lint`, `rules` and `config` end to end.
@Suite struct LintCommandTests {
  static let seed = "postmortems/2025-04-29-k8s-jobs-too-big.md"

  @Test func seedFindingsAndExitStatusOne() throws {
    let result = try CLIRunner.run(["lint", Self.seed, "--today", "2025-05-01"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("\(Self.seed):5:15: error: duration '2:00PM to 7:30PM'"))
    #expect(result.stdout.contains("\(Self.seed):73:1: error: action item 'Configure monitoring alerts' has no owner"))
    #expect(result.stdout.hasSuffix("3 errors, 4 warnings in 1 file\n"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
  }

  @Test func failOnLevels() throws {
    let clean = "Tests/Fixtures/valid/default.md"
    #expect(try CLIRunner.run(["lint", clean, "--today", "2024-08-25"]).status == 0)
    // Warnings alone do not fail by default, but do with --fail-on warning.
    let warningsOnly = try CLIRunner.run(["lint", clean, "--today", "2030-01-01"])
    #expect(warningsOnly.status == 0)
    #expect(warningsOnly.stdout.contains("action-item-overdue"))
    #expect(try CLIRunner.run(["lint", clean, "--today", "2030-01-01", "--fail-on", "warning"]).status == 1)
    #expect(try CLIRunner.run(["lint", Self.seed, "--fail-on", "never"]).status == 0)
  }

  @Test func jsonFormatIsSortedFindings() throws {
    let result = try CLIRunner.run(["lint", "postmortems", "--format", "json", "--today", "2025-05-01"])
    #expect(result.status == 1)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(!array.isEmpty)
    let keys = array.map { ($0["file"] as! String, $0["line"] as! Int, $0["column"] as! Int) }
    #expect(keys.map { "\($0.0)#\(String(format: "%06d", $0.1))#\(String(format: "%06d", $0.2))" }.isSorted)
  }

  @Test(arguments: ["github", "sarif", "rdjsonl"])
  func machineFormatsHaveNoColour(_ format: String) throws {
    let result = try CLIRunner.run([
      "lint", Self.seed, "--format", format, "--color", "always", "--today", "2025-05-01",
    ])
    #expect(result.status == 1)
    #expect(!result.stdout.contains("\u{1B}["))
    #expect(!result.stdout.isEmpty)
  }

  @Test func githubFormatIsChosenOnGitHubActions() throws {
    let result = try CLIRunner.run(
      ["lint", Self.seed, "--today", "2025-05-01"], environment: ["GITHUB_ACTIONS": "true"])
    #expect(result.stdout.hasPrefix("::error file=\(Self.seed),line=5,col=15"))
  }

  @Test func colourFollowsFlagsAndEnvironment() throws {
    let forced = try CLIRunner.run(["lint", Self.seed, "--color", "always"])
    #expect(forced.stdout.contains("\u{1B}[1;31merror:"))
    let env = try CLIRunner.run(["lint", Self.seed], environment: ["FORCE_COLOR": "1"])
    #expect(env.stdout.contains("\u{1B}["))
    let never = try CLIRunner.run(["lint", Self.seed, "--color", "never"], environment: ["FORCE_COLOR": "1"])
    #expect(!never.stdout.contains("\u{1B}["))
  }

  @Test func quietShowsOnlyFailingFindings() throws {
    let result = try CLIRunner.run(["lint", Self.seed, "--quiet", "--today", "2025-05-01"])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.contains(": error: ") })
  }

  @Test func outputIsWrittenAtomicallyAndNeverReplacedWithoutForce() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let target = directory.appendingPathComponent("report.sarif").path
    let first = try CLIRunner.run(["lint", Self.seed, "--format", "sarif", "--output", target])
    #expect(first.status == 1)
    #expect(first.stdout.isEmpty)
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.contains("\"version\" : \"2.1.0\""))
    let again = try CLIRunner.run(["lint", Self.seed, "--format", "json", "--output", target])
    #expect(again.status == 2)
    #expect(again.stderr.contains("already exists (use --force to replace it)"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == written, "the existing file is untouched")
    let forced = try CLIRunner.run(["lint", Self.seed, "--format", "json", "--output", target, "--force"])
    #expect(forced.status == 1)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("["))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func badConfigurationIsAnErrorAndOtherFilesAreStillLinted() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let manager = FileManager.default
    try manager.createDirectory(at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try manager.createDirectory(at: directory.appendingPathComponent("broken"), withIntermediateDirectories: true)
    try manager.createDirectory(at: directory.appendingPathComponent("fine"), withIntermediateDirectories: true)
    try "rules:\n  action-item-ownr: off\n".write(
      to: directory.appendingPathComponent("broken/.postmortem.yml"), atomically: true, encoding: .utf8)
    let seed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.seed))
    try seed.write(to: directory.appendingPathComponent("broken/a.md"))
    try seed.write(to: directory.appendingPathComponent("fine/b.md"))
    let result = try CLIRunner.run(["lint", "broken", "fine", "--today", "2025-05-01"], in: directory)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "broken/.postmortem.yml:2: unknown rule 'action-item-ownr'; did you mean 'action-item-owner'?"))
    #expect(result.stdout.contains("fine/b.md:73:1: error"))
    #expect(!result.stdout.contains("broken/a.md"))
  }

  @Test func discoveredConfigurationAppliesPerFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try "paths: [docs]\nrules:\n  action-item-owner: off\n  duration-mismatch: warning\n".write(
      to: directory.appendingPathComponent(".postmortem.yml"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("docs"), withIntermediateDirectories: true)
    try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.seed)).write(
      to: directory.appendingPathComponent("docs/seed.md"))
    let result = try CLIRunner.run(["lint", "--today", "2025-05-01"], in: directory)
    #expect(result.status == 0, "only warnings remain: \(result.stdout)")
    #expect(!result.stdout.contains("action-item-owner"))
    #expect(result.stdout.contains("docs/seed.md:5:15: warning: duration"))
    let dump = try CLIRunner.run(["config", "--dump"], in: directory)
    #expect(dump.status == 0)
    #expect(dump.stdout.contains("action-item-owner: off"))
    #expect(dump.stdout.contains("paths: [docs]"))
  }

  /// `exclude` patterns (configuration and --exclude) leave index pages, templates and drafts out
  /// of folder walks, for every command; a file named outright is still read.
  @Test func excludedFilesAreLeftOutOfFolders() throws {
    let directory = try CLIRunner.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    for folder in ["docs/2024", "docs/drafts"] {
      try FileManager.default.createDirectory(
        at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let seed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.seed))
    for file in ["docs/2024/seed.md", "docs/README.md", "docs/drafts/wip.md", "docs/2024/_template.md"] {
      try seed.write(to: directory.appendingPathComponent(file))
    }
    try "paths: [docs]\nexclude: [README.md, drafts]\n".write(
      to: directory.appendingPathComponent(".postmortem.yml"), atomically: true, encoding: .utf8)
    func files(_ arguments: [String]) throws -> [String] {
      let result = try CLIRunner.run(arguments + ["--format", "jsonl"], in: directory)
      #expect(result.status == 0, "\(result.stderr)")
      return result.stdout.split(separator: "\n").compactMap {
        (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["file"] as? String
      }
    }
    #expect(try files(["parse", "docs"]) == ["docs/2024/_template.md", "docs/2024/seed.md"])
    #expect(try files(["parse", "docs", "--exclude", "_*.md"]) == ["docs/2024/seed.md"])
    #expect(try files(["parse", "docs", "--exclude", "2024/*.md"]).isEmpty)
    #expect(try files(["parse", "docs/README.md", "--exclude", "README.md"]) == ["docs/README.md"])
    let lint = try CLIRunner.run(["lint", "--today", "2025-05-01", "--fail-on", "never"], in: directory)
    #expect(lint.stdout.contains("in 2 files") && !lint.stdout.contains("README.md"))
    let dump = try CLIRunner.run(["config", "--dump"], in: directory)
    #expect(dump.stdout.contains("exclude: [README.md, drafts]"))
    try "exclude: {README.md: yes}\n".write(
      to: directory.appendingPathComponent(".postmortem.yml"), atomically: true, encoding: .utf8)
    let bad = try CLIRunner.run(["lint"], in: directory)
    #expect(bad.status == 2 && bad.stderr.contains(".postmortem.yml:1: 'exclude' is a list of file patterns"))
  }

  @Test func explicitConfigAndProfileErrors() throws {
    let missing = try CLIRunner.run(["lint", Self.seed, "--config", "nope.yml"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nope.yml: cannot read configuration file"))
    let profile = try CLIRunner.run(["lint", Self.seed, "--profile", "goggle-sre"])
    #expect(profile.status == 2)
    #expect(profile.stderr.contains("unknown profile 'goggle-sre'; did you mean 'google-sre'?"))
    let date = try CLIRunner.run(["lint", Self.seed, "--today", "2025-02-30"])
    #expect(date.status == 2)
  }

  @Test func unreadableFilesAreErrorsAndTheRestIsLinted() throws {
    let directory = try CLIRunner.temporaryDirectory()
    try Data([0xFF, 0xFE, 0x00]).write(to: directory.appendingPathComponent("bad.md"))
    try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.seed)).write(
      to: directory.appendingPathComponent("good.md"))
    let result = try CLIRunner.run(["lint", "bad.md", "good.md", "missing.md"], in: directory)
    #expect(result.status == 2)
    #expect(result.stderr.contains("postmortem: error: bad.md:1: binary file"))
    #expect(result.stderr.contains("postmortem: error: missing.md: no such file or directory"))
    #expect(result.stdout.contains("good.md:73:1:"))
    // The summary counts what could not be read beside what was linted.
    #expect(result.stdout.hasSuffix(" in 1 file; 2 files could not be read\n"), "\(result.stdout)")
    let nothing = try CLIRunner.run(["lint", "missing.md"], in: directory)
    #expect(nothing.status == 2)
    #expect(nothing.stdout == "no findings in 0 files; 1 file could not be read\n")
  }

  /// Pre-commit hooks name every changed file: a long list reads exactly like the folder that
  /// holds the files, with options anywhere among the names, `--` before the last of them, and a
  /// name given twice read once. (Long lists are bundled before ArgumentParser sees them.)
  @Test func longListsOfFileNamesReadLikeTheirFolder() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let folder = directory.appendingPathComponent("pm")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let sources =
      [Self.seed] + ["default", "google-sre", "lightweight", "pagerduty"].map { "Tests/Fixtures/valid/\($0).md" }
    let texts = try sources.map { try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent($0)) }
    let names: [String] = (0..<120).map { "pm/pm-\(String(1000 + $0).dropFirst()).md" }
    for (index, name) in names.enumerated() {
      try texts[index % texts.count].write(to: directory.appendingPathComponent(name))
    }
    let options = ["--format", "json", "--fail-on", "never", "--today", "2026-11-25"]
    let byFolder = try CLIRunner.run(["lint", "pm"] + options, in: directory)
    #expect(byFolder.status == 0)
    #expect(byFolder.stdout.contains("pm/pm-119.md"))
    var arguments = ["lint"] + Array(names[..<40]) + Array(options[0..<2])
    arguments += Array(names[40..<80]) + [names[7]] + Array(options[2...])
    arguments += ["--"] + Array(names[80...])
    let byName = try CLIRunner.run(arguments, in: directory)
    #expect(byName.status == 0, "\(byName.stderr)")
    #expect(byName.stdout == byFolder.stdout)
    // Errors still name the argument at fault.
    let missing = try CLIRunner.run(["lint"] + names + ["pm/missing.md"] + options, in: directory)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("pm/missing.md: no such file or directory"))
    #expect(missing.stdout == byFolder.stdout)
    let badOption = try CLIRunner.run(["lint"] + names + ["--format", "yaml"], in: directory)
    #expect(badOption.status == 2)
    #expect(badOption.stderr.contains("'yaml'"))
  }

  @Test func standardInputIsLinted() throws {
    let data = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.seed))
    let result = try CLIRunner.run(["lint", "-", "--format", "json"], stdin: data)
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"file\" : \"<stdin>\""))
  }

  @Test func rulesListAndExplain() throws {
    let list = try CLIRunner.run(["rules"])
    #expect(list.status == 0)
    for id in ["required-section", "timeline-order", "duration-mismatch", "action-item-owner", "template-placeholder"] {
      #expect(list.stdout.contains(id))
    }
    let explain = try CLIRunner.run(["rules", "--explain", "duration-mismatch"])
    #expect(explain.status == 0)
    #expect(explain.stdout.contains("tolerance_minutes"))
    #expect(explain.stdout.contains("Reported:"))
    #expect(explain.stdout.contains("+ **Duration:** 14:05 to 14:30 UTC"))
    let unknown = try CLIRunner.run(["rules", "--explain", "duration-mismatc"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'duration-mismatch'?"))
    let json = try CLIRunner.run(["rules", "--format", "json"])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(array.count >= 15)
  }

  @Test func cleanDocumentsPass() throws {
    let result = try CLIRunner.run(["lint", "Tests/Fixtures/valid", "--today", "2024-08-25", "--fail-on", "info"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout == "no findings in 4 files\n")
  }
}

extension Array where Element: Comparable {
  fileprivate var isSorted: Bool { zip(self, dropFirst()).allSatisfy { $0 <= $1 } }
}
