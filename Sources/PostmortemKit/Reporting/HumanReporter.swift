/// `path:line:column: level: message [rule-id]`, one per line, then a summary line.
public struct HumanReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    gathered(findings, context: context)
  }

  public func stream(_ findings: [Finding], context: ReportContext, to emit: (String) -> Void) {
    for finding in findings { emit(line(finding, color: context.color) + "\n") }
    emit(summary(findings, files: context.fileCount) + "\n")
  }

  public func streamBatches(_ batches: FindingBatches, context: ReportContext, to output: (String) -> Void) {
    // `batches` calls back into code that emits: allowed, as neither closure outlives this call.
    withoutActuallyEscaping(output) { emit in
      var counts: [FindingLevel: Int] = [:]
      var files = 0
      batches { findings in
        files += 1
        for finding in findings {
          counts[finding.level, default: 0] += 1
          emit(line(finding, color: context.color) + "\n")
        }
      }
      emit(summary(counts: counts, files: files, unreadable: context.unreadableCount()) + "\n")
    }
  }

  /// One finding: `path:line:column: level: message [rule-id]`.
  public func line(_ finding: Finding, color: Bool) -> String {
    let position = "\(finding.file):\(finding.line):\(finding.column):"
    let level = TerminalStyle.paint(finding.level.rawValue + ":", HumanReporter.color(of: finding.level), color)
    let rule = TerminalStyle.paint("[\(finding.rule)]", "2", color)
    return "\(TerminalStyle.paint(position, "1", color)) \(level) \(finding.message) \(rule)"
  }

  /// "2 errors, 1 warning in 5 files" or "no findings in 5 files".
  public func summary(_ findings: [Finding], files: Int) -> String {
    var counts: [FindingLevel: Int] = [:]
    for finding in findings { counts[finding.level, default: 0] += 1 }
    return summary(counts: counts, files: files)
  }

  /// The summary, with the inputs that could not be read when there were any: "no findings in
  /// 0 files; 1 file could not be read".
  func summary(counts byLevel: [FindingLevel: Int], files: Int, unreadable: Int) -> String {
    let line = summary(counts: byLevel, files: files)
    guard unreadable > 0 else { return line }
    return line + "; \(unreadable) file\(unreadable == 1 ? "" : "s") could not be read"
  }

  func summary(counts byLevel: [FindingLevel: Int], files: Int) -> String {
    let fileText = "\(files) file\(files == 1 ? "" : "s")"
    guard byLevel.values.contains(where: { $0 > 0 }) else { return "no findings in \(fileText)" }
    let counts = FindingLevel.allCases.reversed().compactMap { level -> String? in
      let count = byLevel[level] ?? 0
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
}
