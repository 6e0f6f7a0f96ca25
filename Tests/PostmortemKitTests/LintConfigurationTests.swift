import Foundation
import Testing

@testable import PostmortemKit

@Suite struct LintConfigurationTests {
  @Test func readsLevelsOptionsAndPaths() throws {
    let configuration = try LintConfiguration.read(
      """
      version: 1
      profile: google-sre
      paths: [docs/postmortems]
      rules:
        action-item-due-date: off
        template-placeholder: error
        duration-mismatch: { level: warning, tolerance_minutes: 45 }
      """, path: ".postmortem.yml")
    #expect(configuration.profile == "google-sre")
    #expect(configuration.paths == ["docs/postmortems"])
    #expect(configuration.level(for: BuiltInRules.descriptor("action-item-due-date")!) == nil)
    #expect(configuration.level(for: BuiltInRules.descriptor("template-placeholder")!) == .error)
    let duration = BuiltInRules.descriptor("duration-mismatch")!
    #expect(configuration.level(for: duration) == .warning)
    #expect(configuration.options(for: duration).int("tolerance_minutes") == 45)
    #expect(configuration.level(for: BuiltInRules.descriptor("action-item-owner")!) == .error, "default kept")
  }

  @Test func emptyFileMeansDefaults() throws {
    let configuration = try LintConfiguration.read("", path: ".postmortem.yml")
    #expect(configuration.paths == ["postmortems"])
    #expect(configuration.rules.isEmpty)
  }

  @Test(arguments: [
    ("rulez:\n  x: off\n", "2: unknown key 'rulez'; did you mean 'rules'?"),
    ("rules:\n  action-item-ownr: off\n", "2: unknown rule 'action-item-ownr'; did you mean 'action-item-owner'?"),
    (
      "rules:\n  action-item-owner: eror\n",
      "2: 'eror' is not a level; use off, info, warning or error; did you mean 'error'?"
    ),
    (
      "rules:\n  duration-mismatch: { tolerance: 3 }\n", "2: unknown key 'tolerance'; did you mean 'tolerance_minutes'?"
    ),
    ("version: 7\n", "1: unsupported version '7'"),
    ("rules: [\n", "invalid YAML"),
  ])
  func mistakesAreErrorsThatSuggestTheFix(_ text: String, _ expected: String) {
    do {
      _ = try LintConfiguration.read(text, path: "cfg.yml")
      Issue.record("\(text) should not be accepted")
    } catch {
      #expect(error.description.contains(expected), "\(error.description)")
      #expect(error.description.hasPrefix("cfg.yml"))
    }
  }

  @Test func configuredLevelsAndOptionsChangeFindings() throws {
    let seed = try TestSupport.read("postmortems/\(SeedParsingTests.seedName)")
    var configuration = try LintConfiguration.read(
      "rules:\n  action-item-owner: warning\n  duration-mismatch: { tolerance_minutes: 30 }\n  count-mismatch: off\n",
      path: "c.yml")
    configuration.path = nil
    let findings = TestSupport.lint(seed, configuration: configuration, today: SeedLintTests.today)
    #expect(findings.first { $0.rule == "action-item-owner" }?.level == .warning)
    #expect(!findings.contains { $0.rule == "count-mismatch" })
    // With a 30-minute tolerance the 5h30m header and the 6-hour figure agree.
    #expect(!findings.contains { $0.rule == "duration-mismatch" })
  }

  @Test func dumpShowsEveryRule() throws {
    let dump = try LintConfiguration.read("rules:\n  count-mismatch: off\n", path: "c.yml").dump()
    for rule in BuiltInRules.descriptors { #expect(dump.contains("  \(rule.id): "), "\(rule.id)") }
    #expect(dump.contains("count-mismatch: off"))
    #expect(dump.contains("duration-mismatch: error"))
  }

  @Test func discoveryWalksUpToTheRepositoryRoot() throws {
    let root = try TestSupport.temporaryDirectory()
    let manager = FileManager.default
    try manager.createDirectory(at: root.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
    try manager.createDirectory(at: root.appendingPathComponent("repo/docs/pm"), withIntermediateDirectories: true)
    try manager.createDirectory(at: root.appendingPathComponent("repo/team/pm"), withIntermediateDirectories: true)
    // Above the repository root: must never be used.
    try "rules: {}\n".write(to: root.appendingPathComponent(".postmortem.yml"), atomically: true, encoding: .utf8)
    try "rules: {}\n".write(
      to: root.appendingPathComponent("repo/team/.postmortem.yml"), atomically: true, encoding: .utf8)
    let locator = ConfigurationLocator()
    #expect(locator.configurationPath(for: root.appendingPathComponent("repo/docs/pm/a.md").path) == nil)
    #expect(
      locator.configurationPath(for: root.appendingPathComponent("repo/team/pm/b.md").path)
        == root.appendingPathComponent("repo/team/.postmortem.yml").path)
  }
}

@Suite struct ProfileTests {
  @Test func builtInProfilesLoad() throws {
    let catalog = ProfileCatalog.builtIn
    #expect(catalog.names.contains("default"))
    #expect(catalog.names.contains("google-sre"))
    let sre = try #require(catalog.profile(named: "google-sre"))
    #expect(sre.sections.map(\.kind).contains(.trigger))
    #expect(sre.actionItems.dueDateRequired == false)
    let standard = try #require(catalog.profile(named: "default"))
    #expect(standard.sections.map(\.heading).first == "Issue Summary")
    #expect(standard.actionItems.dueWithinDays[.critical] == 15)
  }

  @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
    let result = try TestSupport.python([TestSupport.url("scripts/embed-templates.py").path, "--check"])
    #expect(result.status == 0, "templates/ changed: run 'make generate' and commit BuiltInTemplates.swift")
    let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.url("templates").path)
      .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".md") || $0.hasSuffix(".html") }
    #expect(Set(files) == Set(BuiltInTemplates.files.keys))
    for file in files {
      #expect(BuiltInTemplates.files[file] == (try TestSupport.read("templates/\(file)")), "\(file)")
    }
  }

  @Test func profileErrorsNameTheLine() {
    let text = "name: x\nsections:\n  - heading: Foo\n    kind: rootCuase\n"
    do {
      _ = try ProfileReader.read(text, path: "p.yml")
      Issue.record("should fail")
    } catch {
      #expect(error.description == "p.yml:4: unknown section kind 'rootCuase'; did you mean 'rootCause'?")
    }
  }

  @Test func documentsChooseTheirProfile() throws {
    let findings = TestSupport.lint("<!-- postmortem-profile: google-sre -->\n# T\n\n## Summary\n\nx\n")
    let missing = findings.filter { $0.rule == "required-section" }.map(\.message)
    #expect(missing.contains { $0.contains("'Trigger'") }, "google-sre requires a Trigger section")
    let forced = TestSupport.lint("---\ntemplate: google-sre\n---\n# T\n", profile: "default")
    #expect(forced.contains { $0.message.contains("'Issue Summary'") }, "--profile wins over the document")
  }

  /// Built-in profiles are read lazily under their file's name, so each file's stem must be the
  /// name written inside it, and every one must read.
  @Test func builtInProfilesAreNamedByTheirFiles() throws {
    let names = BuiltInTemplates.files.keys.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    #expect(names.count >= 4)
    #expect(ProfileCatalog.builtIn.names == names)
    for name in names {
      let text = try #require(BuiltInTemplates.files["\(name).yml"])
      #expect(try ProfileReader.read(text, path: name).name == name)
      #expect(ProfileCatalog.builtIn.profile(named: name)?.name == name)
      #expect(ProfileCatalog.builtIn.profiles[name]?.origin == .builtIn)
    }
    #expect(ProfileCatalog.builtIn.profile(named: "no-such-profile") == nil)
  }

  @Test func projectProfilesOverrideBuiltIns() throws {
    let directory = try TestSupport.temporaryDirectory()
    try "name: default\nsections:\n  - heading: Summary\n    kind: summary\nmetadata: []\n".write(
      to: directory.appendingPathComponent("default.yml"), atomically: true, encoding: .utf8)
    let catalog = try ProfileCatalog.builtIn.adding(directory: directory.path)
    #expect(catalog.profile(named: "default")?.sections.count == 1)
    #expect(catalog.profiles["default"]?.origin == .file(directory.appendingPathComponent("default.yml").path))
  }
}

@Suite struct SuppressionTests {
  private let document = RuleExamples.clean(replacing: "(owner: @bo, due: 2024-03-15, OPS-12)", with: "(OPS-12)")

  @Test func withoutSuppressionTheItemIsReported() {
    let rules = Set(TestSupport.lint(document).map(\.rule))
    #expect(rules == ["action-item-owner", "action-item-due-date"])
  }

  @Test func disableNextLine() {
    let text = document.replacingOccurrences(
      of: "- [ ] Flush", with: "<!-- postmortem-disable-next-line action-item-owner -->\n- [ ] Flush")
    #expect(TestSupport.lint(text).map(\.rule) == ["action-item-due-date"])
  }

  @Test func disableAndEnableARange() {
    let text = document.replacingOccurrences(
      of: "## Action Items\n", with: "## Action Items\n\n<!-- postmortem-disable -->\n"
    )
    .replacingOccurrences(of: "## Lessons Learned", with: "<!-- postmortem-enable -->\n\n## Lessons Learned")
    #expect(TestSupport.lint(text).isEmpty)
    let partial = document.replacingOccurrences(
      of: "## Action Items\n",
      with: "## Action Items\n\n<!-- postmortem-disable action-item-due-date, action-item-owner -->\n")
    #expect(TestSupport.lint(partial).isEmpty)
  }

  @Test func malformedSuppressionsAreReportedAndSuppressNothing() {
    let text = document.replacingOccurrences(
      of: "- [ ] Flush", with: "<!-- postmortem-disable-next-line action-item-ownr -->\n- [ ] Flush")
    let findings = TestSupport.lint(text)
    #expect(Set(findings.map(\.rule)) == ["action-item-owner", "action-item-due-date", "suppression-comment"])
    let report = findings.first { $0.rule == "suppression-comment" }
    #expect(report?.message.contains("did you mean 'action-item-owner'?") == true)
  }

  @Test func suppressionCommentCannotBeSilenced() {
    let text = "<!-- postmortem-disable -->\n<!-- postmortem-disabel x -->\n" + RuleExamples.clean
    #expect(TestSupport.lint(text).map(\.rule) == ["suppression-comment"])
  }
}

/// A postmortem written cleanly for each shipped profile yields no finding.
@Suite struct CleanDocumentTests {
  @Test(arguments: ProfileCatalog.builtIn.names)
  func cleanDocumentForProfile(_ profile: String) throws {
    let path = "Tests/Fixtures/valid/\(profile).md"
    let text = try TestSupport.read(path)
    let parsed = PostmortemParser().parseKeepingTree(SourceText(text), file: path)
    #expect(parsed.document.metadata.template?.text == profile)
    let findings = Linter(today: CalendarDate(year: 2024, month: 8, day: 25)!).lint(parsed)
    #expect(findings.map { "\($0.rule)@\($0.line): \($0.message)" } == [])
  }
}
