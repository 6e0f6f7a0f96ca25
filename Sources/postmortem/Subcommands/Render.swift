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
    let reader = input.reader(parser: setup.parser, excluding: setup.excluded)
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
    let makeReport: @Sendable (ParsedPostmortem) -> PostmortemReport = { parsed in
      let key = parsed.document.file == PostmortemReader.standardInputName ? "-" : parsed.document.file
      let findings = withFindings ? frozenLinters.linter(for: key).map { $0.lint(parsed) } ?? [] : nil
      return PostmortemReport(parsed: parsed, findings: findings, today: today)
    }
    let single = paths.count == 1 && (paths[0] == "-" || !isDirectory(paths[0]))
    if !single {
      let unreadable =
        format == .json
        ? try writeJSONArray(reader, files: expanded.files, makeReport)
        : try writeSite(reader, files: expanded.files, makeReport, templatesFolder: setup.templatesFolder)
      if failed || unreadable { throw ExitCodes.usage }
      return
    }
    let outcomes = reader.process(
      files: expanded.files, standardInput: { FileHandle.standardInput.readDataToEndOfFile() }, makeReport)
    var reports: [PostmortemReport] = []
    for outcome in outcomes {
      switch outcome {
      case .processed(_, let report): reports.append(report)
      case .failed(let error):
        Diagnostics.error(error)
        failed = true
      }
    }
    if !reports.isEmpty {
      try write(reports, templatesFolder: setup.templatesFolder)
    }
    if failed { throw ExitCodes.usage }
  }

  /// Writes the reports of several inputs as one JSON array, each encoded by its worker and
  /// written as soon as those before it are (10,000 reports held until the end took 1.3 GB).
  /// Nothing is written when no input could be read. Returns whether an input could not be read.
  private func writeJSONArray(
    _ reader: PostmortemReader, files: [String],
    _ makeReport: @escaping @Sendable (ParsedPostmortem) -> PostmortemReport
  ) throws -> Bool {
    var failed = false
    var written = 0
    try OutputDestination(path: output, force: force).streamUnlessDiscarded { emit in
      failed = reader.emitInOrder(files: files) { parsed in
        (try? JSONOutput.encode(ReportJSON(makeReport(parsed)), pretty: true)).map(JSONOutput.prettyArrayElement)
      } emit: { text in
        emit((written == 0 ? "[\n" : ",\n") + text)
        written += 1
      }
      if written > 0 { emit("\n]\n") }
      return written > 0
    }
    return failed
  }

  /// Writes a site: each page is rendered by the worker that parsed its postmortem and written to
  /// the staging folder as soon as the pages before it are, so that only what the index shows is
  /// kept, a `SiteIndexRow` each (10,000 pages took 700 MB when they were all held until the end).
  /// Pages get their names once all are known; the folder takes its place only when the index is
  /// written. Returns whether an input could not be read.
  private func writeSite(
    _ reader: PostmortemReader, files: [String],
    _ makeReport: @escaping @Sendable (ParsedPostmortem) -> PostmortemReport,
    templatesFolder: String
  ) throws -> Bool {
    let html = HTMLRenderer(templatesDirectory: templatesFolder, generator: "postmortem \(PostmortemCommand.version)")
    let format = self.format
    let index = "index.\(format.pageExtension)"
    let folder = output ?? "postmortem-site"
    var site: SiteStaging?
    var writeError: AtomicFile.WriteError?
    var templateError: ConfigurationError?
    var rows: [SiteIndexRow] = []
    // Staged names by file, in order: standard input named twice is two pages of one file.
    var stagedNames: [String: [String]] = [:]
    var failed = false
    reader.processInOrder(files: files, standardInput: { FileHandle.standardInput.readDataToEndOfFile() }) {
      parsed -> (page: Result<String, ConfigurationError>, row: SiteIndexRow) in
      let report = makeReport(parsed)
      let page: Result<String, ConfigurationError>
      if format == .html {
        do throws(ConfigurationError) {
          page = .success(try html.page(report, indexHref: index))
        } catch {
          page = .failure(error)
        }
      } else {
        page = .success(MarkdownRenderer().page(report, indexHref: index))
      }
      return (page, SiteIndexRow(report))
    } consume: { outcome in
      switch outcome {
      case .failed(let error):
        Diagnostics.error(error)
        failed = true
      case .processed(_, let result):
        guard writeError == nil, templateError == nil else { return }
        switch result.page {
        case .failure(let error):
          templateError = error
        case .success(let text):
          do throws(AtomicFile.WriteError) {
            if site == nil { site = try SiteStaging(directory: folder, overwrite: force) }
            guard let staging = site else { return }
            // A name no page can have: slugs never start with a dot.
            let name = ".page-\(rows.count)"
            try staging.write(text, as: name)
            stagedNames[result.row.file, default: []].append(name)
            rows.append(result.row)
          } catch {
            writeError = error
          }
        }
      }
    }
    do {
      if let templateError { throw templateError }
      if let writeError { throw writeError }
      guard let site else { return failed }
      let named = SiteIndexRow.site(rows, pageExtension: format.pageExtension)
      for row in named {
        let staged = stagedNames[row.file]?.first ?? ""
        stagedNames[row.file]?.removeFirst()
        try site.rename(staged, to: row.pageName)
      }
      let indexPage =
        format == .html
        ? try html.index(rows: named, title: "Postmortems")
        : MarkdownRenderer().index(rows: named, title: "Postmortems")
      try site.write(indexPage, as: index)
      try site.commit()
      print(
        "Wrote \(named.count) postmortem page\(named.count == 1 ? "" : "s") and \((folder as NSString).appendingPathComponent(index))"
      )
    } catch let error as ConfigurationError {
      site?.discard()
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    } catch let error as AtomicFile.WriteError {
      site?.discard()
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
    return failed
  }

  private func write(_ reports: [PostmortemReport], templatesFolder: String) throws {
    let html = HTMLRenderer(templatesDirectory: templatesFolder, generator: "postmortem \(PostmortemCommand.version)")
    // One report; sites are written by `writeSite`, JSON for several inputs as it comes.
    do {
      let text: String
      switch format {
      case .html: text = try html.page(reports[0])
      case .markdown: text = MarkdownRenderer().page(reports[0])
      case .json: text = try JSONOutput.encode(ReportJSON(reports[0]), pretty: true) + "\n"
      }
      try OutputDestination(path: output, force: force).write(text)
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
