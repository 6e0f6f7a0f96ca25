/// A turning point of an incident that a timeline entry marks.
public enum Milestone: String, Sendable, Hashable, Codable, CaseIterable {
  case started, detected, mitigated, resolved
}
