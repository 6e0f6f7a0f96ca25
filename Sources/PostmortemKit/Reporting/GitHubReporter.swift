import Foundation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule::message`.
///
/// Escaping follows the runner's decoder: in the message `%`, CR and LF; in properties also `:`
/// and `,` (an unescaped comma in a file name could inject properties).
public struct GitHubReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    gathered(findings, context: context)
  }

  public func stream(_ findings: [Finding], context: ReportContext, to emit: (String) -> Void) {
    for finding in findings { emit(command(finding) + "\n") }
  }

  public func streamBatches(_ batches: FindingBatches, context: ReportContext, to output: (String) -> Void) {
    // `batches` calls back into code that emits: allowed, as neither closure outlives this call.
    withoutActuallyEscaping(output) { emit in
      batches { findings in stream(findings, context: context, to: emit) }
    }
  }

  /// The workflow command for one finding.
  func command(_ finding: Finding) -> String {
    let command: String
    switch finding.level {
    case .error: command = "error"
    case .warning: command = "warning"
    case .info: command = "notice"
    }
    var properties = ["file=\(GitHubReporter.escapeProperty(finding.file))", "line=\(finding.line)"]
    if finding.endLine != finding.line { properties.append("endLine=\(finding.endLine)") }
    // The runner drops columns on multi-line annotations.
    if finding.endLine == finding.line {
      properties.append("col=\(finding.column)")
      properties.append("endColumn=\(max(finding.endColumn - 1, finding.column))")
    }
    properties.append("title=\(GitHubReporter.escapeProperty(finding.rule))")
    return "::\(command) \(properties.joined(separator: ","))::\(GitHubReporter.escapeMessage(finding.message))"
  }

  static func escapeMessage(_ text: String) -> String {
    var out = ""
    for character in text.unicodeScalars {
      switch character {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }

  static func escapeProperty(_ text: String) -> String {
    escapeMessage(text).replacingEvery(":", with: "%3A").replacingEvery(",", with: "%2C")
  }
}
