/// `path:line:column: level: message [rule-id]`, one per line, then a summary line.
public struct HumanReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    var lines: [String] = findings.map { finding in
      let position = "\(finding.file):\(finding.line):\(finding.column):"
      let level = paint(finding.level.rawValue + ":", HumanReporter.color(of: finding.level), context.color)
      let rule = paint("[\(finding.rule)]", "2", context.color)
      return "\(paint(position, "1", context.color)) \(level) \(finding.message) \(rule)"
    }
    lines.append(summary(findings, files: context.fileCount))
    return lines.joined(separator: "\n") + "\n"
  }

  /// "2 errors, 1 warning in 5 files" or "no findings in 5 files".
  public func summary(_ findings: [Finding], files: Int) -> String {
    let fileText = "\(files) file\(files == 1 ? "" : "s")"
    guard !findings.isEmpty else { return "no findings in \(fileText)" }
    let counts = FindingLevel.allCases.reversed().compactMap { level -> String? in
      let count = findings.filter { $0.level == level }.count
      guard count > 0 else { return nil }
      let noun = level == .info ? "info" : level.rawValue + (count == 1 ? "" : "s")
      return "\(count) \(noun)"
    }
    return counts.joined(separator: ", ") + " in \(fileText)"
  }

  static func color(of level: FindingLevel) -> String {
    switch level {
    case .error: return "1;31"
    case .warning: return "1;33"
    case .info: return "1;36"
    }
  }

  private func paint(_ text: String, _ code: String, _ enabled: Bool) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
