/// One event of the timeline.
public struct TimelineEntry: Sendable, Hashable, Codable {
  /// How far the entry's time could be read.
  public enum Status: String, Sendable, Hashable, Codable {
    /// Date, time and zone are known: `timestamp` is set.
    case resolved
    /// The time was read but the date or the zone is unknown.
    case partial
    /// Something stands where the time should be but it is not a time (`14.43`, `25:10`, `??:??`).
    case unrecognized
    /// A span of whole days (`Between 2023-07-10 to 2023-07-16: exports fell behind`): `date` is
    /// its first day, and it has no time of day to give.
    case days
    /// The time never showed on the zone's clocks that day: they skipped it going forward
    /// (02:30 on the night they jump from 02:00 to 03:00). No timestamp is given.
    case nonexistent
  }

  /// The time as written (`2:00PM`, `14:05 UTC`, `2025-04-29 14:00`, `14.43`).
  public var time: String
  /// ISO-8601 with offset (`2025-04-29T14:00:00-07:00`) when date and zone are known.
  public var timestamp: String?
  /// The calendar day the entry falls on, after any midnight rollover.
  public var date: CalendarDate?
  /// The wall-clock time.
  public var timeOfDay: TimeOfDay?
  /// The IANA zone the time was read in.
  public var timezone: String?
  /// The zone written in the entry itself, if any (`UTC` in `14:05 UTC`).
  public var zone: String?
  /// True when the time was marked approximate (`~14:20`, `approx.`).
  public var isApproximate: Bool
  /// True when the entry was placed on the next day because its time went backwards across midnight.
  public var rolledOver: Bool
  public var status: Status
  /// The event text, markup removed.
  public var text: String
  /// The milestone the entry marks, if any.
  public var milestone: Milestone?
  public var line: Int
  public var column: Int

  /// The same moment written again in a second zone (`06:05 PST` in `14:05 UTC / 06:05 PST`).
  public var alternate: AlternateTime? {
    get { alternateStorage.first }
    set { alternateStorage = newValue.map { [$0] } ?? [] }
  }
  /// An array (one pointer, nothing allocated when empty) keeps the rare alternate from
  /// lengthening every entry, which the parser and rules copy often.
  private var alternateStorage: [AlternateTime] = []

  /// Seconds since 1970-01-01T00:00:00Z, when the timestamp is resolved (not encoded).
  public var epochSeconds: Int?
  /// True when the entry wrote a date that is no calendar date (`2024-02-30 14:05`): it is
  /// placed by the dates around it (not encoded).
  public var writtenDateIsInvalid = false
  /// True when `date` is the day the entry sits under (a date heading, a date line) rather than
  /// one it writes, and it has no time (not encoded).
  public var dateIsFromContext = false
  /// Seconds from T+0 for an entry written as a relative time (`T+0:26`) whose T+0 the document
  /// never places: no clock time, but the span between two such entries can be measured (not
  /// encoded).
  public var offsetSeconds: Int?

  /// Whether the entry has a moment a span can be measured from: a time of day, or an offset
  /// from an unplaced T+0.
  public var hasMoment: Bool { timeOfDay != nil || offsetSeconds != nil }

  /// A time written beside the entry's own in another zone, resolved on the day that puts it
  /// nearest the entry's own time, so the two can be compared.
  public struct AlternateTime: Sendable, Hashable, Codable {
    /// As written (`06:05 PST`).
    public var time: String
    /// ISO-8601 in its own zone, when the entry's date is known.
    public var timestamp: String?
    /// Seconds since the epoch (not encoded).
    public var epochSeconds: Int?

    enum CodingKeys: String, CodingKey {
      case time, timestamp
    }
  }

  public init(
    time: String, text: String, status: Status, timeOfDay: TimeOfDay?, date: CalendarDate?, zone: String?,
    isApproximate: Bool, location: SourceLocation
  ) {
    self.time = time
    self.text = text
    self.status = status
    self.timeOfDay = timeOfDay
    self.date = date
    self.zone = zone
    self.isApproximate = isApproximate
    self.rolledOver = false
    self.line = location.line
    self.column = location.column
  }

  public var location: SourceLocation { SourceLocation(line: line, column: column) }

  enum CodingKeys: String, CodingKey {
    case time, timestamp, date, timeOfDay, timezone, zone, isApproximate, rolledOver, status, text, milestone
    case alternate, line, column
  }
}
