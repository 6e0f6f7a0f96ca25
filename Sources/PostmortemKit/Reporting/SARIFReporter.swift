/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule in
/// `tool.driver.rules`, repository-relative URIs under `%SRCROOT%`, Unicode code point columns.
public struct SARIFReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    let results = Results(context: context)
    return SARIFReporter.encode(log(context: context, results: findings.map(results.result)))
  }

  /// The same text as `report`, written as the findings arrive: the document around the results
  /// is encoded once with a placeholder result, and each result is encoded alone and indented to
  /// its place, so that the findings of a large archive are never held all at once.
  public func streamBatches(_ batches: FindingBatches, context: ReportContext, to output: (String) -> Void) {
    let placeholder = SARIF.Result(
      ruleId: "\u{1}placeholder", ruleIndex: 0, level: "note", message: .init(text: ""), locations: [])
    let whole = SARIFReporter.encode(log(context: context, results: [placeholder]))
    let element = SARIFReporter.resultElement(placeholder)
    guard let slot = whole.range(of: element) else {
      // Not expected; the document made whole is always right.
      var all: [Finding] = []
      batches { all += $0 }
      output(report(all, context: context))
      return
    }
    let results = Results(context: context)
    withoutActuallyEscaping(output) { emit in
      var count = 0
      batches { findings in
        for finding in findings {
          emit(
            (count == 0 ? String(whole[..<slot.lowerBound]) : ",\n")
              + SARIFReporter.resultElement(results.result(finding)))
          count += 1
        }
      }
      emit(count == 0 ? SARIFReporter.encode(log(context: context, results: [])) : String(whole[slot.upperBound...]))
    }
  }

  /// A result as an element of `runs[0].results` (four levels deep), its leading indent included.
  private static func resultElement(_ result: SARIF.Result) -> String {
    "        " + result.prettyJSON(indent: 8)
  }

  private static func encode(_ log: SARIF.Log) -> String {
    ((try? JSONOutput.encode(log, pretty: true)) ?? "{}") + "\n"
  }

  private func log(context: ReportContext, results: [SARIF.Result]) -> SARIF.Log {
    let rules = BuiltInRules.descriptors.map { rule in
      SARIF.Rule(
        id: rule.id, name: rule.id, shortDescription: .init(text: rule.summary),
        fullDescription: .init(text: rule.description),
        help: .init(text: rule.description, markdown: "**\(rule.name)**: \(rule.description)"),
        defaultConfiguration: .init(level: SARIFReporter.level(rule.defaultLevel)),
        properties: .init(
          tags: ["postmortem"], precision: "high", problemSeverity: SARIFReporter.level(rule.defaultLevel)))
    }
    let run = SARIF.Run(
      tool: .init(
        driver: .init(
          name: "postmortem", version: context.toolVersion, semanticVersion: context.toolVersion, rules: rules)),
      automationDetails: .init(id: "postmortem/"),
      originalUriBaseIds: [
        "%SRCROOT%": .init(uri: "file://" + SARIFReporter.percentEncode(Results.root(context)), uriBaseId: nil)
      ],
      results: results)
    return SARIF.Log(runs: [run])
  }

  /// Makes the SARIF result of a finding.
  private struct Results {
    let indexByID: [String: Int]
    let root: String

    init(context: ReportContext) {
      indexByID = Dictionary(uniqueKeysWithValues: BuiltInRules.descriptors.enumerated().map { ($1.id, $0) })
      root = Results.root(context)
    }

    static func root(_ context: ReportContext) -> String {
      context.workingDirectory.hasSuffix("/") ? context.workingDirectory : context.workingDirectory + "/"
    }

    func result(_ finding: Finding) -> SARIF.Result {
      SARIF.Result(
        ruleId: finding.rule, ruleIndex: indexByID[finding.rule] ?? 0, level: SARIFReporter.level(finding.level),
        message: .init(text: finding.message),
        locations: [
          .init(
            physicalLocation: .init(
              artifactLocation: SARIFReporter.artifactLocation(finding.file, root: root),
              region: .init(
                startLine: finding.line, startColumn: finding.column, endLine: finding.endLine,
                endColumn: max(finding.endColumn, finding.column))))
        ])
    }
  }

  static func level(_ level: FindingLevel) -> String {
    switch level {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// A repository-relative reference for files under the working directory, else a file URI.
  fileprivate static func artifactLocation(_ file: String, root: String) -> SARIF.ArtifactLocation {
    var path = file
    if path.hasPrefix("./") { path.removeFirst(2) }
    if path.hasPrefix(root) { path.removeFirst(root.count) }
    if path.hasPrefix("/") { return .init(uri: "file://" + SARIFReporter.percentEncode(path), uriBaseId: nil) }
    return .init(uri: SARIFReporter.percentEncode(path), uriBaseId: "%SRCROOT%")
  }

  /// RFC 3986: everything but unreserved characters and `/` is percent-encoded (spaces, `%`, `#`).
  static func percentEncode(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      let character = Character(UnicodeScalar(byte))
      if byte < 0x80, character.isLetter || character.isNumber || "-._~/".contains(character) {
        out.append(character)
      } else {
        out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return out
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
