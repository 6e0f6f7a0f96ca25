/// Turns findings into text. Reporters only format: everything they need comes in as arguments.
public protocol Reporter: Sendable {
  func report(_ findings: [Finding], context: ReportContext) -> String

  /// The same text as `report`, handed to `emit` in pieces, so that a large report never has to
  /// exist in memory whole.
  func stream(_ findings: [Finding], context: ReportContext, to emit: (String) -> Void)

  /// Reports findings as they arrive, file by file. A requirement, not only an extension
  /// method, so that the streaming reporters' own versions are the ones called through
  /// `any Reporter`.
  func streamBatches(_ batches: FindingBatches, context: ReportContext, to output: (String) -> Void)
}

/// Findings handed over one file at a time: call the closure given to it once per file linted.
public typealias FindingBatches = (_ eachFile: ([Finding]) -> Void) -> Void

extension Reporter {
  public func stream(_ findings: [Finding], context: ReportContext, to emit: (String) -> Void) {
    emit(report(findings, context: context))
  }

  /// The text `stream` emits, gathered: `report` for reporters that stream natively.
  func gathered(_ findings: [Finding], context: ReportContext) -> String {
    var output = ""
    stream(findings, context: context) { output += $0 }
    return output
  }

  /// Reports findings as they arrive, file by file (`context.fileCount` is ignored: the files
  /// are counted as they come). By default the batches are gathered and reported at the end;
  /// line-oriented formats write each file's findings at once instead.
  public func streamBatches(_ batches: FindingBatches, context: ReportContext, to output: (String) -> Void) {
    // `batches` calls back into code that emits: allowed, as neither closure outlives this call.
    withoutActuallyEscaping(output) { emit in
      var all: [Finding] = []
      var files = 0
      batches { findings in
        all += findings
        files += 1
      }
      var counted = context
      counted.fileCount = files
      stream(all, context: counted, to: emit)
    }
  }
}

/// What reporters may know besides the findings.
public struct ReportContext: Sendable {
  public var toolVersion: String
  /// The absolute path findings' relative file paths are relative to (SARIF's %SRCROOT%).
  public var workingDirectory: String
  /// How many files were linted, for summaries.
  public var fileCount: Int
  public var color: Bool
  /// The text of a line, for formats that count columns in bytes (reviewdog).
  public var lineText: @Sendable (_ file: String, _ line: Int) -> String?
  /// How many inputs could not be read, asked once the findings are reported (their errors
  /// went to standard error), so that a summary does not pass them over in silence.
  public var unreadableCount: @Sendable () -> Int = { 0 }

  public init(
    toolVersion: String, workingDirectory: String, fileCount: Int, color: Bool = false,
    lineText: @escaping @Sendable (String, Int) -> String? = { _, _ in nil }
  ) {
    self.toolVersion = toolVersion
    self.workingDirectory = workingDirectory
    self.fileCount = fileCount
    self.color = color
    self.lineText = lineText
  }
}
