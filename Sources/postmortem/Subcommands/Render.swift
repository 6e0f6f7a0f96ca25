import ArgumentParser
import Foundation
import PostmortemKit

/// `postmortem render`: reports for one postmortem or a browsable site for a folder.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render reports: HTML, Markdown or JSON for one postmortem, or a site for a folder.",
    discussion: """
      One file renders one report (to standard output, or --output FILE). A folder, or several \
      files, renders a site into the --output folder (default: postmortem-site): index.html with \
      every postmortem, newest first and filterable by severity, and one page each, linked \
      relatively. With --format json several inputs give one JSON array.

      Reports show metrics computed from the timeline — time to detect, mitigate and resolve, and \
      the total duration, each with the entries it was measured between — next to any duration \
      the document states. HTML is self-contained (inline CSS, no scripts, prints well); every \
      text is escaped, and Markdown is rendered by cmark-gfm in safe mode (raw HTML and \
      javascript: links are dropped). Override the layout with report.html / index.html in your \
      templates folder.

      Nothing is replaced without --force; files and site folders are written whole or not at all.

      Examples:
        postmortem render postmortems/2025-04-29-k8s-jobs-too-big.md --output report.html
        postmortem render postmortems --output site --force
        postmortem render postmortems/2025-04-29-k8s-jobs-too-big.md --format markdown --with-findings
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case html, markdown, json

    var pageExtension: String {
      switch self {
      case .html: return "html"
      case .markdown: return "md"
      case .json: return "json"
      }
    }
  }

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Report format.")
  var format: Format = .html

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "The report file (one postmortem) or site folder (several; default postmortem-site).", valueName: "path"))
  var output: String?

  @Flag(help: "Include each postmortem's lint findings.")
  var withFindings = false

  @Option(
    help: ArgumentHelp("The date overdue action items are measured against (default: today).", valueName: "YYYY-MM-DD"))
  var today: DateArgument?

  @Option(
    help: ArgumentHelp("Use this configuration file instead of searching for .postmortem.yml.", valueName: "file"))
  var config: String?

  @Flag(help: "Replace an existing report file or site folder.")
  var force = false

  func run() throws {
    let today = self.today?.date ?? Clock.today()
    let setup = try LintSetup(configPath: config, profile: nil, today: today)
    let paths = input.resolvedPaths(configured: setup.defaultPaths)
    let reader = input.reader(parser: setup.parser)
    let expanded = reader.expand(paths)
    var failed = false
    for error in expanded.errors {
      Diagnostics.error(error)
      failed = true
    }
    var linters = LinterTable()
    if withFindings {
      let result = setup.linters(for: expanded.files)
      linters = result.linters
      for error in result.errors {
        Diagnostics.error(error.description)
        failed = true
      }
    }
    let withFindings = self.withFindings
    let frozenLinters = linters
    let outcomes = reader.process(
      files: expanded.files, standardInput: { FileHandle.standardInput.readDataToEndOfFile() }
    ) {
      parsed in
      let key = parsed.document.file == PostmortemReader.standardInputName ? "-" : parsed.document.file
      let findings = withFindings ? frozenLinters.linter(for: key).map { $0.lint(parsed) } ?? [] : nil
      return PostmortemReport(parsed: parsed, findings: findings, today: today)
    }
    var reports: [PostmortemReport] = []
    for outcome in outcomes {
      switch outcome {
      case .processed(_, let report): reports.append(report)
      case .failed(let error):
        Diagnostics.error(error)
        failed = true
      }
    }
    let single = paths.count == 1 && (paths[0] == "-" || !isDirectory(paths[0]))
    if !reports.isEmpty {
      try write(reports, single: single, templatesFolder: setup.templatesFolder)
    }
    if failed { throw ExitCodes.usage }
  }

  private func write(_ reports: [PostmortemReport], single: Bool, templatesFolder: String) throws {
    let html = HTMLRenderer(templatesDirectory: templatesFolder, generator: "postmortem \(PostmortemCommand.version)")
    do {
      if single || format == .json {
        let text: String
        switch format {
        case .html: text = try html.page(reports[0])
        case .markdown: text = MarkdownRenderer().page(reports[0])
        case .json:
          text =
            try
            (single
            ? JSONOutput.encode(ReportJSON(reports[0]), pretty: true)
            : JSONOutput.encode(reports.map(ReportJSON.init), pretty: true)) + "\n"
        }
        try OutputDestination(path: output, force: force).write(text)
        return
      }
      let entries = SiteEntry.site(reports, pageExtension: format.pageExtension)
      var files: [String: String] = [:]
      let index = "index.\(format.pageExtension)"
      for entry in entries {
        files[entry.pageName] =
          format == .html
          ? try html.page(entry.report, indexHref: index) : MarkdownRenderer().page(entry.report, indexHref: index)
      }
      files[index] =
        format == .html
        ? try html.index(entries, title: "Postmortems") : MarkdownRenderer().index(entries, title: "Postmortems")
      let folder = output ?? "postmortem-site"
      try SiteWriter.write(files, to: folder, overwrite: force)
      print(
        "Wrote \(entries.count) postmortem page\(entries.count == 1 ? "" : "s") and \((folder as NSString).appendingPathComponent(index))"
      )
    } catch let error as ConfigurationError {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    } catch let error as AtomicFile.WriteError {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
  }

  private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
