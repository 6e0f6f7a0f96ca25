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

      With one file path (or - alone), --format json prints one object; with several paths \
      or a folder it prints an array. jsonl prints one document per line whatever the input.

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
    let reader = input.reader(parser: setup.parser, excluding: setup.excluded)
    let paths = input.resolvedPaths()
    // One document in, one object out: a file named alone, or standard input alone.
    let singleFile = paths.count == 1 && (paths[0] == "-" || !isDirectory(paths[0]))
    let expanded = reader.expand(paths)
    var failed = false
    for error in expanded.errors {
      Diagnostics.error(error)
      failed = true
    }
    // Each document is encoded by the worker that parsed it and printed as soon as those before
    // it are: nothing is kept, so memory stays flat however many files are read.
    let format = self.format
    let pretty = self.pretty
    let asArray = format == .json && !singleFile
    var printed = 0
    let unreadable = reader.emitInOrder(files: expanded.files) { parsed in
      Parse.text(of: parsed.document, format: format, pretty: pretty, inArray: asArray)
    } emit: { text in
      if asArray { print(printed == 0 ? (pretty ? "[\n" : "[") : (pretty ? ",\n" : ","), terminator: "") }
      print(text, terminator: asArray ? "" : "\n")
      printed += 1
    }
    if unreadable { failed = true }
    if asArray {
      if printed == 0 {
        print(try JSONOutput.encode([PostmortemDocument](), pretty: pretty))
      } else {
        print(pretty ? "\n]" : "]")
      }
    }
    if failed { throw ExitCode(2) }
  }

  /// One document as printed: a JSON object (indented one level when it is an element of a
  /// pretty array, as the encoder writes the whole array), or its text summary.
  static func text(of document: PostmortemDocument, format: Format, pretty: Bool, inArray: Bool) -> String? {
    switch format {
    case .text:
      return DocumentSummary.text(document)
    case .jsonl:
      return try? JSONOutput.encode(document, pretty: false)
    case .json:
      guard let object = try? JSONOutput.encode(document, pretty: pretty) else { return nil }
      return inArray && pretty ? JSONOutput.prettyArrayElement(object) : object
    }
  }

  private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
