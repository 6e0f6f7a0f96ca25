/// Which items a rollup keeps.
public struct ActionFilter: Sendable, Hashable {
  public enum Status: String, Sendable, CaseIterable {
    case open, done, all
  }

  public var status: Status = .open
  /// Matched case-insensitively, with or without a leading `@`.
  public var owner: String?
  /// Keep incidents at this level or more severe.
  public var severity: IncidentSeverity.Level?
  public var overdueOnly = false
  /// Incident dates, inclusive.
  public var since: CalendarDate?
  public var until: CalendarDate?

  public init() {}

  public func keeps(_ item: RolledUpItem) -> Bool {
    switch status {
    case .open: if item.done { return false }
    case .done: if !item.done { return false }
    case .all: break
    }
    if let owner {
      let wanted = owner.lowercased().trimmingCharacters(in: "@ ")
      guard item.owner?.lowercased() == wanted else { return false }
    }
    if let severity {
      guard let rank = item.postmortem.severityRank, rank <= severity.rank else { return false }
    }
    if overdueOnly && !item.overdue { return false }
    if let since {
      guard let date = item.postmortem.date, date >= since else { return false }
    }
    if let until {
      guard let date = item.postmortem.date, date <= until else { return false }
    }
    return true
  }
}
