import Foundation
import Testing

@testable import PostmortemKit

/// `postmortem parse` end to end: output shapes, exit codes, errors, standard input.
@Suite struct ParseCommandTests {
  static let seed = "postmortems/2025-04-29-k8s-jobs-too-big.md"

  private func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  @Test func singleFilePrintsOneObject() throws {
    let result = try CLIRunner.run(["parse", Self.seed])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let object = try #require(try json(result.stdout) as? [String: Any])
    #expect((object["title"] as? [String: Any])?["text"] as? String == "The One Where K8s Jobs Got Too Big")
    #expect(object["file"] as? String == Self.seed)
    #expect(!result.stdout.dropLast().contains("\n"), "compact JSON is one line")
  }

  /// `incidentDay` dates a postmortem that states its day only in a sentence; `date` stays what
  /// the details say (nothing here).
  @Test func incidentDayFromTheSummary() throws {
    let text = "# Search degraded\n\n## Summary\n\nBetween 09:15 and 10:05 UTC on 2024-04-11, search failed.\n"
    // Standard input alone is one document: one object, as for one file.
    let result = try CLIRunner.run(["parse", "-"], stdin: Data(text.utf8))
    let object = try #require(try json(result.stdout) as? [String: Any])
    #expect(object["incidentDay"] as? String == "2024-04-11")
    #expect(object["date"] is NSNull)
    let stated = try CLIRunner.run(["parse", Self.seed])
    #expect((try json(stated.stdout) as? [String: Any])?["incidentDay"] as? String == "2025-04-29")
  }

  @Test func folderPrintsAnArraySortedByPath() throws {
    let result = try CLIRunner.run(["parse", "postmortems/", "--pretty"])
    #expect(result.status == 0)
    let array = try #require(try json(result.stdout) as? [[String: Any]])
    let files = array.compactMap { $0["file"] as? String }
    #expect(files.count == 5)
    #expect(files == files.sorted())
    #expect(result.stdout.contains("\n  {"), "pretty output is indented")
  }

  /// Documents are printed one at a time as they are parsed; the text must still be exactly the
  /// encoder's text for the whole array, compact and pretty, and one object per line for jsonl.
  @Test func streamedOutputIsTheEncodersTextForTheWholeArray() throws {
    let paths = ["postmortems", "Tests/Fixtures"]
    let lines = try CLIRunner.run(["parse"] + paths + ["--format", "jsonl"])
    #expect(lines.status == 0)
    let files = try lines.stdout.split(separator: "\n").map { line in
      try #require(try json(String(line)) as? [String: Any])["file"] as? String ?? ""
    }
    #expect(files.count > 8)
    let documents = try files.map { file in
      PostmortemParser().parse(
        try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(file), encoding: .utf8), file: file)
    }
    for pretty in [false, true] {
      let result = try CLIRunner.run(["parse"] + paths + (pretty ? ["--pretty"] : []))
      #expect(result.status == 0)
      #expect(result.stdout == (try JSONOutput.encode(documents, pretty: pretty)) + "\n", "pretty: \(pretty)")
    }
    #expect(lines.stdout == (try documents.map { try JSONOutput.encode($0, pretty: false) + "\n" }.joined()))
  }

  @Test func defaultPathIsThePostmortemsFolder() throws {
    let result = try CLIRunner.run(["parse", "--format", "jsonl"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 5)
    for line in lines { #expect(try json(String(line)) is [String: Any]) }
  }

  @Test func textSummary() throws {
    let result = try CLIRunner.run(["parse", Self.seed, "--format", "text"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("timeline  8 entries, America/Los_Angeles, 2:00PM to 8:00PM (6h00m)"))
    #expect(result.stdout.contains("severity  [Critical] (critical, SEV1)"))
  }

  @Test func standardInput() throws {
    let data = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.seed))
    let result = try CLIRunner.run(["parse", "-", "--format", "jsonl"], stdin: data)
    #expect(result.status == 0)
    let object = try #require(try json(result.stdout) as? [String: Any])
    #expect(object["file"] as? String == "<stdin>")
    #expect((object["actionItems"] as? [Any])?.count == 1)
  }

  @Test func badInputsAreReportedAndTheRestStillParsed() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let files: [(String, [UInt8])] = [
      ("good.md", Array("# Good one\n".utf8)),
      ("latin1.md", Array("# Caf".utf8) + [0xE9] + Array("\n".utf8)),
      ("binary.md", [0x00, 0x01, 0x02]),
      ("empty.md", []),
    ]
    for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("nothing-here"), withIntermediateDirectories: true)
    let result = try CLIRunner.run(
      ["parse", "missing.md", "nothing-here", "latin1.md", "binary.md", "empty.md", "good.md", "--format", "jsonl"],
      in: directory)
    #expect(result.status == 2)
    let errors = result.stderr.split(separator: "\n").map(String.init)
    #expect(errors.count == 5)
    #expect(errors.contains("postmortem: error: missing.md: no such file or directory"))
    #expect(errors.contains("postmortem: error: nothing-here: no Markdown files (*.md) in this directory"))
    #expect(errors.contains { $0.hasPrefix("postmortem: error: latin1.md:1: not valid UTF-8") })
    #expect(errors.contains { $0.hasPrefix("postmortem: error: binary.md:1: binary file") })
    #expect(errors.contains("postmortem: error: empty.md: file is empty"))
    let parsed = result.stdout.split(separator: "\n")
    #expect(parsed.count == 1)
    #expect(parsed.first?.contains("\"Good one\"") == true)
  }

  @Test func sizeCapIsConfigurable() throws {
    let capped = try CLIRunner.run(["parse", Self.seed, "--max-file-size", "100"])
    #expect(capped.status == 2)
    #expect(capped.stderr.contains("over the 100-byte limit"))
    #expect(capped.stdout.isEmpty)
    let raised = try CLIRunner.run(["parse", Self.seed, "--max-file-size", "100000"])
    #expect(raised.status == 0)
  }

  @Test(arguments: [
    ["parse", "--format", "yaml"], ["parse", "--no-such-flag"], ["parse", "--max-file-size", "0"], ["frobnicate"],
  ])
  func usageErrorsExitWithTwo(_ arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(!result.stderr.isEmpty)
    #expect(result.stdout.isEmpty)
  }

  @Test func helpTeaches() throws {
    let root = try CLIRunner.run(["--help"])
    #expect(root.status == 0)
    #expect(root.stdout.contains("parse"))
    let parse = try CLIRunner.run(["parse", "--help"])
    #expect(parse.status == 0)
    for needle in ["json, jsonl, text", "--max-file-size", "Examples:", "schemas/postmortem.schema.json"] {
      #expect(parse.stdout.contains(needle), "parse --help should mention \(needle)")
    }
    let version = try CLIRunner.run(["--version"])
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
  }

  @Test func outputIsDeterministic() throws {
    let first = try CLIRunner.run(["parse", "postmortems"])
    let second = try CLIRunner.run(["parse", "postmortems"])
    #expect(first.stdout == second.stdout)
    #expect(!first.stdout.isEmpty)
  }
}
