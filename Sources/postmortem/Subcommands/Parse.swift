import ArgumentParser
import Foundation
import PostmortemKit

/// `postmortem parse`: prints the model the parser reads from each postmortem.
struct Parse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Print what postmortem reads from each file, as JSON or a short summary.",
    discussion: """
      The JSON is the tool's model of a postmortem: title, date, severity (as written and on one \
      SEV0–SEV5 scale), status, authors, every section, the timeline with each entry's resolved \
      timestamp, the narrative sections, lessons learned and the action items, each with its line \
      and column. Its shape is described by schemas/postmortem.schema.json.

      With one file path, --format json prints one object; with several paths or a folder it \
      prints an array. jsonl prints one document per line whatever the input.

      Examples:
        postmortem parse postmortems/2025-04-29-k8s-jobs-too-big.md --pretty
        postmortem parse postmortems/ --format text
        cat incident.md | postmortem parse - --format jsonl
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, text
  }

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Output format.")
  var format: Format = .json

  @Flag(help: "Indent JSON for reading.")
  var pretty = false

  func run() throws {
    let setup = try LintSetup(configPath: nil, profile: nil, today: Clock.today())
    let reader = input.reader(parser: setup.parser)
    let paths = input.resolvedPaths()
    let outcomes = reader.read(paths: paths) { FileHandle.standardInput.readDataToEndOfFile() }
    var documents: [PostmortemDocument] = []
    var failed = false
    for outcome in outcomes {
      switch outcome {
      case .processed(_, let document):
        documents.append(document)
      case .failed(let error):
        Diagnostics.error(error)
        failed = true
      }
    }
    let singleFile = paths.count == 1 && paths[0] != "-" && !isDirectory(paths[0])
    switch format {
    case .json:
      if singleFile, documents.count == 1 {
        print(try JSONOutput.encode(documents[0], pretty: pretty))
      } else if !(singleFile && documents.isEmpty) {
        print(try JSONOutput.encode(documents, pretty: pretty))
      }
    case .jsonl:
      for document in documents { print(try JSONOutput.encode(document, pretty: false)) }
    case .text:
      print(documents.map(DocumentSummary.text).joined(separator: "\n"), terminator: documents.isEmpty ? "" : "\n")
    }
    if failed { throw ExitCode(2) }
  }

  private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
