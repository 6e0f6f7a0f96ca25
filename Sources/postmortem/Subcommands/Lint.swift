import ArgumentParser
import Foundation
import PostmortemKit

/// `postmortem lint`: checks postmortems and reports findings for people, scripts and CI.
struct Lint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check postmortems: required sections, times, durations, severity and action items.",
    discussion: """
      Each finding has a stable rule ID (see 'postmortem rules'), a level (error, warning, info) \
      and a file:line:column. Rules, their levels and options are set in .postmortem.yml, found by \
      walking up from each file to the repository root (or given with --config). A document is \
      judged by --profile, else the template it records, else the configuration's profile, else \
      'default'.

      Suppress findings inside a document with HTML comments:
        <!-- postmortem-disable RULE… -->  …  <!-- postmortem-enable RULE… -->
        <!-- postmortem-disable-next-line RULE… -->

      Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage, \
      configuration or input error (the other files are still linted).

      Examples:
        postmortem lint
        postmortem lint postmortems/2025-04-29-k8s-jobs-too-big.md --today 2025-05-01
        postmortem lint --format sarif --output postmortem.sarif
        postmortem lint --format github --fail-on warning
      """
  )

  enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var threshold: FindingLevel? {
      switch self {
      case .error: return .error
      case .warning: return .warning
      case .info: return .info
      case .never: return nil
      }
    }
  }

  @OptionGroup var input: InputOptions

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")). "
        + "Default: github when GITHUB_ACTIONS=true, else human.",
      valueName: "format"))
  var format: OutputFormat?

  @Option(help: "Exit with status 1 when a finding is at this level or above.")
  var failOn: FailLevel = .error

  @Option(
    help: ArgumentHelp("Use this configuration file instead of searching for .postmortem.yml.", valueName: "file"))
  var config: String?

  @Option(help: ArgumentHelp("Judge every document by this profile.", valueName: "name"))
  var profile: String?

  @Option(
    help: ArgumentHelp("The date overdue action items are measured against (default: today).", valueName: "YYYY-MM-DD"))
  var today: DateArgument?

  @Option(help: "Colour the human format: auto (on a terminal, honouring NO_COLOR and FORCE_COLOR), always, never.")
  var color: ColorChoice = .auto

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(help: "Replace the --output file if it exists.")
  var force = false

  @Flag(name: .shortAndLong, help: "Report only findings at the --fail-on level or above, without the summary line.")
  var quiet = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let format = self.format ?? (environment["GITHUB_ACTIONS"] == "true" ? .github : .human)
    let setup = try LintSetup(configPath: config, profile: profile, today: today?.date ?? Clock.today())
    var parser = setup.parser
    parser.scope = .lint
    let reader = input.reader(parser: parser, excluding: setup.excluded)
    let expanded = reader.expand(input.resolvedPaths(configured: setup.defaultPaths))
    var failed = false
    let unreadable = UnreadableInputs()
    for error in expanded.errors {
      Diagnostics.error(error)
      unreadable.count()
      failed = true
    }
    let (linters, configurationErrors) = setup.linters(for: expanded.files)
    for error in configurationErrors {
      Diagnostics.error(error.description)
      failed = true
    }
    let lintable = expanded.files.filter { linters.linter(for: $0) != nil }
    let keepLines = format == .rdjsonl
    let threshold = failOn.threshold
    let destination = OutputDestination(path: output, force: force)
    // Only reviewdog needs line text (its columns are bytes): the current file's lines it points at.
    let currentLines = LineTexts()
    var context = ReportContext(
      toolVersion: PostmortemCommand.version, workingDirectory: FileManager.default.currentDirectoryPath,
      fileCount: 0,
      color: format == .human && color.enabled(toTerminal: destination.isTerminal, environment: environment),
      lineText: { file, line in currentLines.text(file: file, line: line) })
    context.unreadableCount = { unreadable.total }
    var reachedThreshold = false
    let quiet = self.quiet
    // Files are linted in order, a chunk at a time, and each file's findings are reported as soon
    // as it is done: nothing accumulates, so memory stays flat however many files there are.
    let batches: FindingBatches = { eachFile in
      reader.processInOrder(files: lintable, standardInput: { FileHandle.standardInput.readDataToEndOfFile() }) {
        parsed in
        let linter = linters.linter(
          for: parsed.document.file == PostmortemReader.standardInputName ? "-" : parsed.document.file)!
        let findings = linter.lint(parsed)
        var lines: [Int: String] = [:]
        if keepLines {
          for finding in findings {
            lines[finding.line] = parsed.source.line(finding.line)
            lines[finding.endLine] = parsed.source.line(finding.endLine)
          }
        }
        return (findings, lines)
      } consume: { outcome in
        switch outcome {
        case .processed(let file, let result):
          var findings = result.0
          if quiet { findings = findings.filter { finding in threshold.map { finding.level >= $0 } ?? false } }
          if let threshold, findings.contains(where: { $0.level >= threshold }) { reachedThreshold = true }
          currentLines.set(file: file, lines: result.1)
          eachFile(findings)
        case .failed(let error):
          Diagnostics.error(error)
          unreadable.count()
          failed = true
        }
      }
    }
    try destination.stream { emit in
      if quiet, format == .human {
        // Only the findings, without the summary line.
        let human = HumanReporter()
        batches { findings in
          for finding in findings { emit(human.line(finding, color: context.color) + "\n") }
        }
      } else {
        format.reporter.streamBatches(batches, context: context, to: emit)
      }
    }
    if failed { throw ExitCodes.usage }
    if reachedThreshold { throw ExitCodes.findings }
  }
}

extension OutputFormat: ExpressibleByArgument {}

/// The line texts of the file being reported, for reviewdog's byte columns.
/// The inputs that could not be read so far, for the summary line.
private final class UnreadableInputs: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  func count() {
    lock.lock()
    value += 1
    lock.unlock()
  }

  var total: Int {
    lock.lock()
    defer { lock.unlock() }
    return value
  }
}

private final class LineTexts: @unchecked Sendable {
  private var file = ""
  private var lines: [Int: String] = [:]
  private let lock = NSLock()

  func set(file: String, lines: [Int: String]) {
    lock.lock()
    self.file = file
    self.lines = lines
    lock.unlock()
  }

  func text(file: String, line: Int) -> String? {
    lock.lock()
    defer { lock.unlock() }
    return file == self.file ? lines[line] : nil
  }
}
