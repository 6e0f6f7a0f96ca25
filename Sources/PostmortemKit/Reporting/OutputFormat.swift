/// The formats `postmortem lint` writes. Adding one: a reporter file and a case here.
public enum OutputFormat: String, Sendable, CaseIterable {
  case human, json, sarif, github, rdjsonl

  /// The reporter that writes this format.
  public var reporter: any Reporter {
    switch self {
    case .human: return HumanReporter()
    case .json: return JSONReporter()
    case .sarif: return SARIFReporter()
    case .github: return GitHubReporter()
    case .rdjsonl: return RDJSONLReporter()
    }
  }
}
