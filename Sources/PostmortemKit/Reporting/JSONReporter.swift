/// One JSON array of findings, sorted by file, line and column.
public struct JSONReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    JSONOutput.prettyArray(findings)
  }

  public func stream(_ findings: [Finding], context: ReportContext, to emit: (String) -> Void) {
    JSONOutput.streamPrettyArray(findings, to: emit)
  }

  public func streamBatches(_ batches: FindingBatches, context: ReportContext, to output: (String) -> Void) {
    // `batches` calls back into code that emits: allowed, as neither closure outlives this call.
    withoutActuallyEscaping(output) { emit in
      var array = PrettyJSONArrayStream(emit: emit)
      batches { findings in
        for finding in findings { array.append(finding) }
      }
      array.finish()
    }
  }
}
