extension Timeline {
  /// The stretch of the incident the timeline covers: from the entry marked started (else the
  /// first timed entry; see `impactStart`) to the entry where it was resolved for good (see `resolvedForGood`; else
  /// the last timed entry).
  public struct Span: Sendable, Hashable {
    public var start: TimelineEntry
    public var end: TimelineEntry
    public var minutes: Int
  }

  /// The span, when at least two entries have times that can be compared and the end is not
  /// before the start (a timeline out of order spans nothing: its order is what is wrong).
  public var span: Span? {
    // Indices into the entries, not a filtered copy: several rules ask for every document.
    var timed = 0
    var first: Int?
    var last: Int?
    var started: Int?
    var detected: Int?
    for index in entries.indices where entries[index].hasMoment {
      timed += 1
      if first == nil { first = index }
      last = index
      if started == nil, entries[index].milestone == .started { started = index }
      if detected == nil, entries[index].milestone == .detected { detected = index }
    }
    guard timed >= 2, let first, let last else { return nil }
    let start =
      Timeline.impactStart(started: started.map { entries[$0] }, detected: detected.map { entries[$0] })
      ?? entries[first]
    let end = entries[Timeline.resolvedForGood(entries) ?? last]
    guard let minutes = Timeline.minutes(from: start, to: end), minutes >= 0 else { return nil }
    return Span(start: start, end: end, minutes: minutes)
  }

  /// Where the impact began, given the first entries marked started and detected: the start,
  /// unless the detection came earlier (an alert at 08:15:23, "all services returning 500s" at
  /// 08:16: nothing is detected before it begins, so it had begun by 08:15:23).
  static func impactStart(started: TimelineEntry?, detected: TimelineEntry?) -> TimelineEntry? {
    guard let started else { return nil }
    guard let detected, isEarlier(detected, than: started) else { return started }
    return detected
  }

  /// Whether `entry` happened before `other`, to the second: as moments when both are placed,
  /// else by their dates and clock times (the same day when either has no date).
  static func isEarlier(_ entry: TimelineEntry, than other: TimelineEntry) -> Bool {
    if let a = entry.epochSeconds, let b = other.epochSeconds { return a < b }
    if let a = entry.offsetSeconds, let b = other.offsetSeconds { return a < b }
    guard let a = entry.timeOfDay, let b = other.timeOfDay else { return false }
    if let dayA = entry.date, let dayB = other.date, dayA != dayB { return dayA < dayB }
    return a.secondsSinceMidnight < b.secondsSinceMidnight
  }

  /// The index of the entry where the incident was resolved for good: the first resolved entry
  /// after the last entry of another milestone ("OUTAGE ENDS" at 16:55 before "INCIDENT ENDS" at
  /// 17:25 is 16:55; a resolution that relapsed does not count), else the last resolved entry.
  /// Only entries with a time count.
  public static func resolvedForGood(_ entries: [TimelineEntry]) -> Int? {
    var run: Int?
    var last: Int?
    for index in entries.indices where entries[index].hasMoment {
      switch entries[index].milestone {
      case .resolved?:
        last = index
        if run == nil { run = index }
      case nil:
        break
      default:
        run = nil
      }
    }
    return run ?? last
  }

  /// Minutes between two entries: exactly when both are resolved or both count from an unplaced
  /// T+0, else from their clock times (and dates when both have one).
  public static func minutes(from start: TimelineEntry, to end: TimelineEntry) -> Int? {
    if let a = start.epochSeconds, let b = end.epochSeconds { return (b - a) / 60 }
    if let a = start.offsetSeconds, let b = end.offsetSeconds { return (b - a) / 60 }
    guard let a = start.timeOfDay, let b = end.timeOfDay else { return nil }
    var minutes = (b.secondsSinceMidnight - a.secondsSinceMidnight) / 60
    if let startDate = start.date, let endDate = end.date {
      minutes += (endDate.daysSinceEpoch - startDate.daysSinceEpoch) * 1440
    } else if minutes < 0 {
      minutes += 1440
    }
    return minutes
  }
}

/// `5h30m`, `45m`, `2d3h`: how durations are written in messages.
public func formatMinutes(_ minutes: Int) -> String {
  let sign = minutes < 0 ? "-" : ""
  let value = abs(minutes)
  let days = value / 1440
  let hours = value % 1440 / 60
  let rest = value % 60
  if days > 0 { return "\(sign)\(days)d\(hours)h\(rest > 0 ? "\(pad(rest, 2))m" : "")" }
  if hours > 0 { return "\(sign)\(hours)h\(pad(rest, 2))m" }
  return "\(sign)\(rest)m"
}
