/// How much a finding matters. Not to be confused with `IncidentSeverity`, the incident's level.
public enum FindingLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case info, warning, error

  private var order: Int {
    switch self {
    case .info: return 0
    case .warning: return 1
    case .error: return 2
    }
  }

  public static func < (lhs: FindingLevel, rhs: FindingLevel) -> Bool { lhs.order < rhs.order }
}
