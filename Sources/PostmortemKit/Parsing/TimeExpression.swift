/// A time (and possibly a date and zone) read from the start of a piece of text.
public struct TimeExpression: Sendable, Hashable {
  /// The span as written (`2:00PM`, `14:05 UTC`, `2025-04-29 14:00`, `14.43`).
  public var raw: String
  public var date: CalendarDate?
  /// True when a date was written but names no real day.
  public var dateIsInvalid: Bool = false
  /// A weekday written before the time (`Mon 23:50`), 0 = Sunday.
  public var weekday: Int?
  public var time: TimeOfDay?
  public var zone: TimeZoneTable.Match?
  public var isApproximate: Bool = false
  /// True when something stands where a time should be but cannot be read.
  public var isUnrecognized: Bool = false
  /// The text after the time and its separator (`Builder service began…`).
  public var rest: Substring
}
