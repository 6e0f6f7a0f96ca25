/// One JSON array of findings, sorted by file, line and column.
public struct JSONReporter: Reporter {
  public init() {}

  public func report(_ findings: [Finding], context: ReportContext) -> String {
    guard !findings.isEmpty else { return "[\n\n]\n" }
    // One finding at a time: encoding the whole array at once holds every finding twice more
    // in memory. The text is the same as the whole array pretty-printed.
    var output = "[\n"
    for (index, finding) in findings.enumerated() {
      // Encoding plain strings and integers cannot fail.
      let object = (try? JSONOutput.encode(finding, pretty: true)) ?? "{}"
      output += "  " + object.replacingEvery("\n", with: "\n  ")
      output += index == findings.count - 1 ? "\n" : ",\n"
    }
    return output + "]\n"
  }
}
