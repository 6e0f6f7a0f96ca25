import Foundation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule::message`.
///
/// Escaping follows the runner's decoder: in the message `%`, CR and LF; in properties also `:`
/// and `,` (an unescaped comma in a file name could inject properties).
public struct GitHubReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    findings.map { finding in
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
    }.joined(separator: "\n") + (findings.isEmpty ? "" : "\n")
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
