import Foundation
import Testing

@testable import PostmortemKit

@Suite struct ReporterTests {
  private func finding(
    _ message: String, file: String = "docs/a b.md", line: Int = 3, column: Int = 2, endColumn: Int = 6
  )
    -> Finding
  {
    Finding(
      rule: "action-item-owner", level: .error, message: message, file: file,
      range: SourceRange(
        start: SourceLocation(line: line, column: column), end: SourceLocation(line: line, column: endColumn)))
  }

  private func context(lines: [Int: String] = [:]) -> ReportContext {
    ReportContext(toolVersion: "9.9.9", workingDirectory: "/repo", fileCount: 1, lineText: { _, line in lines[line] })
  }

  @Test func sarifValidatesAgainstTheOfficialSchemaAndMeetsGitHubsRequirements() throws {
    let schema = URL(fileURLWithPath: "../shared/schemas/sarif-schema-2.1.0.json", relativeTo: TestSupport.packageRoot)
    try #require(FileManager.default.fileExists(atPath: schema.path), "SARIF schema not found at \(schema.path)")
    let findings = try SeedLintTests.seedFindings() + [finding("with a # and % in it", file: "/elsewhere/x#1.md")]
    let sarif = SARIFReporter().report(findings, context: context())
    let validator = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      cls = jsonschema.validators.validator_for(schema)
      errors = [e.message for e in cls(schema).iter_errors(json.load(sys.stdin))]
      print(cls.__name__, errors[:5])
      sys.exit(1 if errors else 0)
      """
    let result = try TestSupport.python(["-c", validator, schema.path], input: sarif)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.hasPrefix("Draft4Validator"))

    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "postmortem/")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == BuiltInRules.descriptors.count)
    for rule in rules {
      for key in ["shortDescription", "fullDescription", "help"] {
        let text = (rule[key] as? [String: Any])?["text"] as? String ?? ""
        #expect(!text.isEmpty && text.count <= 1024, "\(rule["id"] ?? "?").\(key)")
      }
      #expect(
        ["note", "warning", "error"].contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String))
    }
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == findings.count)
    for (index, result) in results.enumerated() {
      let ruleIndex = try #require(result["ruleIndex"] as? Int)
      #expect(rules[ruleIndex]["id"] as? String == result["ruleId"] as? String)
      let message = (result["message"] as? [String: Any])?["text"] as? String ?? ""
      #expect(!message.isEmpty)
      let location = try #require(
        (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      let artifact = try #require(location["artifactLocation"] as? [String: Any])
      let uri = try #require(artifact["uri"] as? String)
      #expect(!uri.contains(" ") && !uri.contains("#"), "\(uri)")
      if index < findings.count - 1 {
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        #expect(uri == "postmortems/2025-04-29-k8s-jobs-too-big.md")
      } else {
        #expect(uri == "file:///elsewhere/x%231.md")
      }
    }
  }

  @Test func sarifURIsAreRelativeAndPercentEncoded() throws {
    let sarif = SARIFReporter().report([finding("m", file: "/repo/docs/a b%.md")], context: context())
    #expect(sarif.contains("\"uri\" : \"docs/a%20b%25.md\""))
    #expect(sarif.contains("\"uri\" : \"file:///repo/\""))
  }

  @Test func githubAnnotationsEscapeMessagesAndProperties() {
    let output = GitHubReporter().report(
      [finding("50% done\r\nnext: line, ok", file: "a,b:c.md")], context: context())
    #expect(
      output
        == "::error file=a%2Cb%3Ac.md,line=3,col=2,endColumn=5,title=action-item-owner::50%25 done%0D%0Anext: line, ok\n"
    )
  }

  @Test func githubDropsColumnsOnMultiLineAnnotations() {
    let multiLine = Finding(
      rule: "empty-section", level: .warning, message: "m", file: "a.md",
      range: SourceRange(start: SourceLocation(line: 2, column: 1), end: SourceLocation(line: 4, column: 3)))
    #expect(
      GitHubReporter().report([multiLine], context: context())
        == "::warning file=a.md,line=2,endLine=4,title=empty-section::m\n")
  }

  @Test func rdjsonlCountsColumnsInBytes() throws {
    // "é" and "🔥" are one column each but two and four bytes.
    let output = RDJSONLReporter().report(
      [finding("m", column: 4, endColumn: 6)], context: context(lines: [3: "é🔥 abc"]))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let range = try #require((object["location"] as? [String: Any])?["range"] as? [String: Any])
    #expect((range["start"] as? [String: Any])?["column"] as? Int == 8)
    #expect((range["end"] as? [String: Any])?["column"] as? Int == 10)
    #expect(object["severity"] as? String == "ERROR")
  }

  @Test func jsonFindingsCarryTheContractKeys() throws {
    let output = JSONReporter().report([finding("m")], context: context())
    let array = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    #expect(Set(array[0].keys) == ["file", "line", "column", "endLine", "endColumn", "rule", "severity", "message"])
    #expect(array[0]["severity"] as? String == "error")
  }

  @Test func humanSummaryAndColour() {
    let plain = HumanReporter().report([finding("m")], context: context())
    #expect(plain == "docs/a b.md:3:2: error: m [action-item-owner]\n1 error in 1 file\n")
    var coloured = context()
    coloured.color = true
    #expect(HumanReporter().report([finding("m")], context: coloured).contains("\u{1B}[1;31merror:"))
    #expect(HumanReporter().report([], context: context()) == "no findings in 1 file\n")
  }

  /// Every format writes each file's findings as they arrive, through `any Reporter` as the
  /// lint command calls it; and the streamed text is the text `report` gives.
  @Test(arguments: OutputFormat.allCases)
  func streamingFormatsWriteBeforeTheLastFile(_ format: OutputFormat) {
    let reporter: any Reporter = format.reporter
    let batches = [[finding("one", file: "a.md")], [finding("two", file: "b.md")]]
    var pieces: [String] = []
    var emittedBeforeLastBatch = 0
    var counted = context()
    counted.fileCount = batches.count
    reporter.streamBatches(
      { eachFile in
        for (index, batch) in batches.enumerated() {
          if index == batches.count - 1 { emittedBeforeLastBatch = pieces.joined().count }
          eachFile(batch)
        }
      }, context: context(), to: { pieces.append($0) })
    #expect(emittedBeforeLastBatch > 0, "nothing written until every file was linted")
    #expect(pieces.joined() == reporter.report(batches.flatMap { $0 }, context: counted))
    // And with no findings at all.
    var none: [String] = []
    reporter.streamBatches({ eachFile in eachFile([]) }, context: context(), to: { none.append($0) })
    #expect(none.joined() == reporter.report([], context: context()))
  }

  /// reviewdog diagnostics are written by hand: the text must be the encoder's compact form.
  @Test(arguments: PrettyJSONTests.awkward)
  func reviewdogDiagnosticsMatchJSONEncoder(_ text: String) throws {
    let diagnostic = RDJSONLReporter.Diagnostic(
      message: text,
      location: .init(path: text, range: .init(start: .init(line: 1, column: 20), end: .init(line: 300, column: 4))),
      severity: "ERROR", code: .init(value: text), source: .init(name: text))
    #expect(diagnostic.compactJSON() == (try JSONOutput.encode(diagnostic, pretty: false)))
  }

  /// SARIF results are written by hand: the text must be the encoder's, for awkward text, files
  /// inside and outside the working directory, and any number of locations.
  @Test(arguments: PrettyJSONTests.awkward)
  func sarifResultsMatchJSONEncoder(_ text: String) throws {
    let location = SARIF.Location(
      physicalLocation: .init(
        artifactLocation: .init(uri: text, uriBaseId: "%SRCROOT%"),
        region: .init(startLine: 1, startColumn: 2, endLine: 30, endColumn: 400)))
    var outside = location
    outside.physicalLocation.artifactLocation.uriBaseId = nil
    for locations in [[location], [outside], [location, outside], []] {
      let result = SARIF.Result(
        ruleId: text, ruleIndex: 7, level: "warning", message: .init(text: text), locations: locations)
      let encoded = try JSONOutput.encode(result, pretty: true)
      #expect(result.prettyJSON(indent: 0) == encoded)
      // Indented as SARIF nests it (an empty array's blank line stays blank).
      if !locations.isEmpty { #expect(result.prettyJSON(indent: 8) == encoded.reindented(by: 8)) }
    }
  }
}
