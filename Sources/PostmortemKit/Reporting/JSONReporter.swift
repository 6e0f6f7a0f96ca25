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
      var written = 0
      batches { findings in
        for finding in findings {
          let object = (try? JSONOutput.encode(finding, pretty: true)) ?? "{}"
          emit((written == 0 ? "[\n  " : ",\n  ") + object.replacingEvery("\n", with: "\n  "))
          written += 1
        }
      }
      emit(written == 0 ? "[\n\n]\n" : "\n]\n")
    }
  }
}
