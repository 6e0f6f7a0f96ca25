/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule in
/// `tool.driver.rules`, repository-relative URIs under `%SRCROOT%`, Unicode code point columns.
public struct SARIFReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    let descriptors = BuiltInRules.descriptors
    let indexByID = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1.id, $0) })
    let rules = descriptors.map { rule in
      SARIF.Rule(
        id: rule.id, name: rule.id, shortDescription: .init(text: rule.summary),
        fullDescription: .init(text: rule.description),
        help: .init(text: rule.description, markdown: "**\(rule.name)**: \(rule.description)"),
        defaultConfiguration: .init(level: SARIFReporter.level(rule.defaultLevel)),
        properties: .init(
          tags: ["postmortem"], precision: "high", problemSeverity: SARIFReporter.level(rule.defaultLevel)))
    }
    let root = context.workingDirectory.hasSuffix("/") ? context.workingDirectory : context.workingDirectory + "/"
    let results = findings.map { finding in
      SARIF.Result(
        ruleId: finding.rule, ruleIndex: indexByID[finding.rule] ?? 0, level: SARIFReporter.level(finding.level),
        message: .init(text: finding.message),
        locations: [
          .init(
            physicalLocation: .init(
              artifactLocation: artifactLocation(finding.file, root: root),
              region: .init(
                startLine: finding.line, startColumn: finding.column, endLine: finding.endLine,
                endColumn: max(finding.endColumn, finding.column))))
        ])
    }
    let run = SARIF.Run(
      tool: .init(
        driver: .init(
          name: "postmortem", version: context.toolVersion, semanticVersion: context.toolVersion, rules: rules)),
      automationDetails: .init(id: "postmortem/"),
      originalUriBaseIds: ["%SRCROOT%": .init(uri: "file://" + SARIFReporter.percentEncode(root), uriBaseId: nil)],
      results: results)
    return ((try? JSONOutput.encode(SARIF.Log(runs: [run]), pretty: true)) ?? "{}") + "\n"
  }

  static func level(_ level: FindingLevel) -> String {
    switch level {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// A repository-relative reference for files under the working directory, else a file URI.
  private func artifactLocation(_ file: String, root: String) -> SARIF.ArtifactLocation {
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
