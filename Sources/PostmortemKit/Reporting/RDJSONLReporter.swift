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

    /// The diagnostic as `JSONOutput.encoder(pretty: false)` writes it; written by hand because
    /// a large archive's report holds tens of thousands (a test holds the two equal).
    func compactJSON() -> String {
      var writer = PrettyJSONWriter.compact()
      writer.field("code") { code in code.field("value", self.code.value) }
      writer.field("location") { location in
        location.field("path", self.location.path)
        location.field("range") { range in
          range.field("end") { Diagnostic.write(self.location.range.end, to: &$0) }
          range.field("start") { Diagnostic.write(self.location.range.start, to: &$0) }
        }
      }
      writer.field("message", message)
      writer.field("severity", severity)
      writer.field("source") { source in source.field("name", self.source.name) }
      return writer.finish()
    }

    private static func write(_ position: Position, to object: inout PrettyJSONWriter) {
      object.field("column", position.column)
      object.field("line", position.line)
    }
  }

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    gathered(findings, context: context)
  }

  public func stream(_ findings: [Finding], context: ReportContext, to emit: (String) -> Void) {
    for finding in findings { emit(diagnostic(finding, context: context).compactJSON() + "\n") }
  }

  public func streamBatches(_ batches: FindingBatches, context: ReportContext, to output: (String) -> Void) {
    // `batches` calls back into code that emits: allowed, as neither closure outlives this call.
    withoutActuallyEscaping(output) { emit in
      batches { findings in stream(findings, context: context, to: emit) }
    }
  }

  /// One finding as a reviewdog diagnostic.
  private func diagnostic(_ finding: Finding, context: ReportContext) -> Diagnostic {
    let start = byteColumn(finding.column, file: finding.file, line: finding.line, context: context)
    let end = byteColumn(finding.endColumn, file: finding.file, line: finding.endLine, context: context)
    return Diagnostic(
      message: finding.message,
      location: .init(
        path: finding.file,
        range: .init(start: .init(line: finding.line, column: start), end: .init(line: finding.endLine, column: end))),
      severity: finding.level.rawValue.uppercased(), code: .init(value: finding.rule), source: .init(name: "postmortem")
    )
  }

  /// The 1-based UTF-8 byte column of a 1-based scalar column.
  private func byteColumn(_ column: Int, file: String, line: Int, context: ReportContext) -> Int {
    guard let text = context.lineText(file, line) else { return column }
    let scalars = text.unicodeScalars
    var bytes = 1
    for (index, scalar) in scalars.enumerated() where index < column - 1 {
      bytes += UTF8.width(scalar)
    }
    // Past the end of the line, keep counting one byte per column.
    return bytes + max(0, column - 1 - scalars.count)
  }
}
