import Foundation
import Testing

/// `postmortem new` and `postmortem templates` end to end.
@Suite struct NewCommandTests {
  private func files(in directory: URL) -> [String] {
    (try? FileManager.default.subpathsOfDirectory(atPath: directory.path))?.sorted() ?? []
  }

  @Test func writesTheFileAndPrintsItsPath() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let result = try CLIRunner.run(
      ["new", "Search outage: EU (2024)", "--date", "2024-03-02", "--severity", "sev-2", "--author", "Ana Ortiz"],
      in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "postmortems/2024-03-02-search-outage-eu-2024.md\n")
    let text = try String(
      contentsOf: directory.appendingPathComponent("postmortems/2024-03-02-search-outage-eu-2024.md"), encoding: .utf8)
    #expect(text.contains("# Search outage: EU (2024)"))
    #expect(text.contains("**Severity:** SEV2"), "the profile's spelling of the level")
    #expect(text.contains("**Prepared by:** Ana Ortiz"))
    #expect(text.hasPrefix("---\ntemplate: default\n---\n"))
    // A fresh document lints with placeholder warnings only.
    let lint = try CLIRunner.run(["lint", "postmortems", "--today", "2024-03-02", "--format", "json"], in: directory)
    #expect(lint.status == 0)
    let rules = Set(lint.stdout.split(separator: "\n").filter { $0.contains("\"rule\"") })
    #expect(rules == ["    \"rule\" : \"template-placeholder\","])
  }

  @Test func neverOverwritesWithoutForce() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let arguments = ["new", "Queue backlog", "--date", "2024-03-02", "--dir", "pm"]
    #expect(try CLIRunner.run(arguments, in: directory).status == 0)
    let path = directory.appendingPathComponent("pm/2024-03-02-queue-backlog.md")
    try "my edits".write(to: path, atomically: true, encoding: .utf8)
    let again = try CLIRunner.run(arguments, in: directory)
    #expect(again.status == 2)
    #expect(
      again.stderr == "postmortem: error: pm/2024-03-02-queue-backlog.md: already exists (use --force to replace it)\n")
    #expect(try String(contentsOf: path, encoding: .utf8) == "my edits")
    let forced = try CLIRunner.run(arguments + ["--force"], in: directory)
    #expect(forced.status == 0)
    #expect(try String(contentsOf: path, encoding: .utf8).contains("# Queue backlog"))
    #expect(
      files(in: directory.appendingPathComponent("pm")) == ["2024-03-02-queue-backlog.md"], "no temporary files left")
  }

  /// Without --date the incident date is today in the local time zone, as Foundation's calendar
  /// gives it (the tool reads it with localtime_r).
  @Test func dateDefaultsToTodayInTheLocalZone() throws {
    func today() -> String {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone.current
      let parts = calendar.dateComponents([.year, .month, .day], from: Date())
      return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
    let directory = try CLIRunner.temporaryDirectory()
    let before = today()
    let result = try CLIRunner.run(["new", "Clock check", "--dir", "pm"], in: directory)
    let after = today()
    #expect(result.status == 0, "\(result.stderr)")
    let written = files(in: directory.appendingPathComponent("pm"))
    // A run across midnight may take either date.
    #expect(written == ["\(before)-clock-check.md"] || written == ["\(after)-clock-check.md"], "\(written)")
  }

  @Test func stdoutWritesNoFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let result = try CLIRunner.run(["new", "Queue backlog", "--template", "lightweight", "--stdout"], in: directory)
    #expect(result.status == 0)
    #expect(result.stdout.contains("template: lightweight"))
    #expect(result.stdout.contains("**Severity:** SEV3"))
    #expect(files(in: directory).isEmpty)
  }

  @Test(arguments: [
    (["new", "X", "--template", "nope"], "no template named 'nope'"),
    (["new", "X", "--template", "../x"], "'../x' is not a template name"),
    (["new", "X", "--date", "2024-02-30"], "--date"),
    (["new", "X", "--severity", "SEV9"], "severity 'SEV9' is not on the scale of template 'default'"),
    (["new", "X", "--template", "lightweight", "--severity", "SEV1"], "is not on the scale of template 'lightweight'"),
    (["new", "   "], "a title is required"),
    (["new", "--no-input"], "a title is required"),
    (["new", "日本語"], "has no letters or digits to name the file after"),
  ])
  func badInputIsAnErrorAndWritesNothing(_ arguments: [String], _ message: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    let result = try CLIRunner.run(arguments, in: directory)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(files(in: directory).isEmpty)
  }

  @Test func unknownTemplateListsTheAvailableOnes() throws {
    let result = try CLIRunner.run(["new", "X", "--template", "pagerdutty"], in: try CLIRunner.temporaryDirectory())
    #expect(
      result.stderr
        == "postmortem: error: --template: no template named 'pagerdutty'; did you mean 'pagerduty'?; available: default, google-sre, lightweight, pagerduty\n"
    )
  }

  @Test func asksForMissingValuesOnATerminal() throws {
    let script = URL(fileURLWithPath: "/usr/bin/script")
    try #require(FileManager.default.isExecutableFile(atPath: script.path), "util-linux script is needed for a pty")
    let directory = try CLIRunner.temporaryDirectory()
    let process = Process()
    process.executableURL = script
    process.arguments = ["-qec", "\(CLIRunner.executable.path) new --date 2024-05-01", "/dev/null"]
    process.currentDirectoryURL = directory
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data("Printer on fire\nsev-2\nAna, Bo\n".utf8))
    try input.fileHandleForWriting.close()
    let transcript = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(transcript)")
    #expect(transcript.contains("Severity (SEV0, SEV1, SEV2, SEV3, SEV4, SEV5) [SEV3]: "))
    let text = try String(
      contentsOf: directory.appendingPathComponent("postmortems/2024-05-01-printer-on-fire.md"), encoding: .utf8)
    #expect(text.contains("**Severity:** SEV2"))
    #expect(text.contains("**Prepared by:** Ana, Bo"))
  }

  @Test func projectTemplatesAddAndOverride() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let templates = directory.appendingPathComponent("templates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try "---\ntemplate: retro\n---\n# {{title}}\n\n**Date:** {{date}}\n\n## Summary\n\n[What happened]\n".write(
      to: templates.appendingPathComponent("retro.md"), atomically: true, encoding: .utf8)
    try
      "name: retro\ndescription: A one-section retro\nsections:\n  - heading: Summary\n    kind: summary\nmetadata: [date]\n"
      .write(to: templates.appendingPathComponent("retro.yml"), atomically: true, encoding: .utf8)
    let list = try CLIRunner.run(["templates"], in: directory)
    #expect(list.status == 0)
    #expect(list.stdout.contains("retro"))
    #expect(list.stdout.contains("templates/retro.md"))
    #expect(list.stdout.contains("A one-section retro"))
    #expect(list.stdout.contains("google-sre"))
    let made = try CLIRunner.run(["new", "Team retro", "--template", "retro", "--date", "2024-05-01"], in: directory)
    #expect(made.status == 0, "\(made.stderr)")
    let lint = try CLIRunner.run(["lint", "--today", "2024-05-01"], in: directory)
    #expect(lint.stdout.contains("template-placeholder"))
    #expect(!lint.stdout.contains("required-section"), "judged by the project's retro profile")
  }

  @Test func templatesListsAndShows() throws {
    let list = try CLIRunner.run(["templates"], in: try CLIRunner.temporaryDirectory())
    #expect(list.status == 0)
    let names = list.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
    #expect(names == ["default", "google-sre", "lightweight", "pagerduty"])
    #expect(list.stdout.contains("built-in"))
    let show = try CLIRunner.run(["templates", "--show", "google-sre"], in: try CLIRunner.temporaryDirectory())
    #expect(show.stdout.contains("### {{date}} (all times UTC)"))
  }
}
