import Foundation

/// reviewdog diagnostics, one JSON object per line. reviewdog counts columns in UTF-8 bytes,
/// so columns are converted from the line text.
public struct RDJSONLReporter: Reporter {
  public init() {}

  struct Diagnostic: Encodable {
    struct Position: Encodable {
      var line: Int
      var column: Int
    }
    struct Range: Encodable {
      var start: Position
      var end: Position
    }
    struct Location: Encodable {
      var path: String
      var range: Range
    }
    struct Code: Encodable {
      var value: String
    }
    struct Source: Encodable {
      var name: String
    }
    var message: String
    var location: Location
    var severity: String
    var code: Code
    var source: Source
  }

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    gathered(findings, context: context)
  }

  public func stream(_ findings: [Finding], context: ReportContext, to emit: (String) -> Void) {
    let encoder = JSONOutput.encoder(pretty: false)
    for finding in findings {
      if let line = diagnostic(finding, context: context, encoder: encoder) { emit(line + "\n") }
    }
  }

  public func streamBatches(_ batches: FindingBatches, context: ReportContext, to output: (String) -> Void) {
    // `batches` calls back into code that emits: allowed, as neither closure outlives this call.
    withoutActuallyEscaping(output) { emit in
      batches { findings in stream(findings, context: context, to: emit) }
    }
  }

  /// One finding as one line of JSON.
  private func diagnostic(_ finding: Finding, context: ReportContext, encoder: JSONEncoder) -> String? {
    let start = byteColumn(finding.column, file: finding.file, line: finding.line, context: context)
    let end = byteColumn(finding.endColumn, file: finding.file, line: finding.endLine, context: context)
    let diagnostic = Diagnostic(
      message: finding.message,
      location: .init(
        path: finding.file,
        range: .init(start: .init(line: finding.line, column: start), end: .init(line: finding.endLine, column: end))),
      severity: finding.level.rawValue.uppercased(), code: .init(value: finding.rule), source: .init(name: "postmortem")
    )
    return try? JSONOutput.encode(diagnostic, with: encoder)
  }

  /// The 1-based UTF-8 byte column of a 1-based scalar column.
  private func byteColumn(_ column: Int, file: String, line: Int, context: ReportContext) -> Int {
    guard let text = context.lineText(file, line) else { return column }
    let scalars = text.unicodeScalars
    var bytes = 1
    for (index, scalar) in scalars.enumerated() where index < column - 1 {
      bytes += String(scalar).utf8.count
    }
    // Past the end of the line, keep counting one byte per column.
    return bytes + max(0, column - 1 - scalars.count)
  }
}
