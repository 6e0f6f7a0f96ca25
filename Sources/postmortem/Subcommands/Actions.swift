import ArgumentParser
import Foundation
import PostmortemKit

/// `postmortem actions`: the follow-ups of every postmortem, filtered and exported.
struct Actions: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actions",
    abstract: "Roll up the action items of many postmortems; filter them and export them to trackers.",
    discussion: """
      Every item gets a stable ID: an explicit 'id:' in the item, else one derived from the \
      postmortem's file name and the item's title, so it survives reordering, new items and edits \
      elsewhere. Exports carry it, so exporting again is idempotent.

      Formats: table (for the terminal), markdown (commit it as ACTIONS.md), csv, json and jsonl \
      (every field), jira-csv (Jira's CSV importer: choose the date format yyyy-MM-dd), and github \
      (a shell script of 'gh issue create' commands to review and run; items with a ticket are \
      skipped, and issues filed by an earlier run are found by their ID and not filed again).

      Examples:
        postmortem actions
        postmortem actions --overdue --group-by owner
        postmortem actions --status all --format csv --output actions.csv
        postmortem actions --severity SEV2 --format github --output file-issues.sh
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, csv, json, jsonl
    case jiraCSV = "jira-csv"
    case github

    var export: ActionExportFormat { ActionExportFormat(rawValue: rawValue)! }
  }

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Output format.")
  var format: Format = .table

  @Option(help: "Which items: open, done or all.")
  var status: ActionFilter.Status = .open

  @Option(help: ArgumentHelp("Only items owned by this person (with or without @).", valueName: "name"))
  var owner: String?

  @Option(help: ArgumentHelp("Only incidents at this severity or more severe, e.g. SEV2.", valueName: "level"))
  var severity: String?

  @Flag(help: "Only open items due before --today.")
  var overdue = false

  @Option(help: ArgumentHelp("Only incidents on or after this date.", valueName: "YYYY-MM-DD"))
  var since: DateArgument?

  @Option(help: ArgumentHelp("Only incidents on or before this date.", valueName: "YYYY-MM-DD"))
  var until: DateArgument?

  @Option(help: "Group the table and Markdown output.")
  var groupBy: ActionItemRollup.Grouping = .none

  @Option(help: ArgumentHelp("The date overdue is measured against (default: today).", valueName: "YYYY-MM-DD"))
  var today: DateArgument?

  @Option(help: "Colour overdue items in the table: auto, always, never.")
  var color: ColorChoice = .auto

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(help: "Replace the --output file if it exists.")
  var force = false

  @Option(
    help: ArgumentHelp("Use this configuration file instead of searching for .postmortem.yml.", valueName: "file"))
  var config: String?

  func validate() throws {
    if let severity, IncidentSeverity.level(of: severity) == nil {
      throw ValidationError(
        "'\(severity)' is not a severity level; use SEV0–SEV5, P0–P4 or Critical, High, Medium, Low")
    }
    if let since, let until, since.date > until.date {
      throw ValidationError("--since \(since.date) is after --until \(until.date)")
    }
  }

  func run() throws {
    let today = self.today?.date ?? Clock.today()
    let setup = try LintSetup(configPath: config, profile: nil, today: today)
    // The roll-up reads a document's metadata and action items, nothing else.
    var parser = setup.parser
    parser.scope = .actionItems
    let reader = input.reader(parser: parser, excluding: setup.excluded)
    // Each worker keeps only the rolled-up items, never the document: memory stays flat.
    let expanded = reader.expand(input.resolvedPaths(configured: setup.defaultPaths))
    var items: [RolledUpItem] = []
    var postmortems = 0
    var failed = false
    for error in expanded.errors {
      Diagnostics.error(error)
      failed = true
    }
    reader.processInOrder(
      files: expanded.files, standardInput: { FileHandle.standardInput.readDataToEndOfFile() }
    ) {
      ActionItemRollup.items(of: $0.document, today: today)
    } consume: { outcome in
      switch outcome {
      case .processed(_, let found):
        if items.count + found.count > items.capacity {
          items.reserveCapacity(
            ActionItemRollup.capacity(
              needed: items.count + found.count, read: postmortems, of: expanded.files.count))
        }
        items += found
        postmortems += 1
      case .failed(let error):
        Diagnostics.error(error)
        failed = true
      }
    }
    var filter = ActionFilter()
    filter.status = status
    filter.owner = owner
    filter.severity = severity.flatMap(IncidentSeverity.level(of:))
    filter.overdueOnly = overdue
    filter.since = since?.date
    filter.until = until?.date
    let rollup = ActionItemRollup(items: consume items, postmortemCount: postmortems, filter: filter, today: today)
    let destination = OutputDestination(path: output, force: force)
    let options = ActionExportOptions(
      grouping: groupBy, color: format == .table && color.enabled(toTerminal: destination.isTerminal),
      generator: "postmortem \(PostmortemCommand.version)")
    try destination.stream { emit in format.export.stream(rollup, options: options, to: emit) }
    if failed { throw ExitCodes.usage }
  }
}

extension ActionFilter.Status: ExpressibleByArgument {}
extension ActionItemRollup.Grouping: ExpressibleByArgument {}
