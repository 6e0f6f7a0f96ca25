/// One JSON array of findings, sorted by file, line and column.
public struct JSONReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    // Encoding plain strings and integers cannot fail.
    (try? JSONOutput.encode(findings, pretty: true)).map { $0 + "\n" } ?? "[]\n"
  }
}
