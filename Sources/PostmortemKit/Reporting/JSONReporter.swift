/// One JSON array of findings, sorted by file, line and column.
public struct JSONReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    JSONOutput.prettyArray(findings)
  }
}
