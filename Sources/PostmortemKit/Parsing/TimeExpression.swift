/// A time (and possibly a date and zone) read from the start of a piece of text.
public struct TimeExpression: Sendable, Hashable {
  /// The span as written (`2:00PM`, `14:05 UTC`, `2025-04-29 14:00`, `14.43`).
  public var raw: String
  public var date: CalendarDate?
  /// A date written without its year (`Mar 2 14:05`, `03/02 00:30`); the reader supplies the
  /// year from the dates around it.
  public var monthDay: MonthDay?
  /// The day of the incident written instead of a date (`Day 2, 00:35`: 2), counted from 1.
  public var dayNumber: Int?
  /// True when a date was written but names no real day.
  public var dateIsInvalid: Bool = false
  /// A weekday written before the time (`Mon 23:50`), 0 = Sunday.
  public var weekday: Int?
  public var time: TimeOfDay?
  public var zone: TimeZoneTable.Match?
  public var isApproximate: Bool = false
  /// The days a note beside the time moves it by: 1 for the day after (`00:35 (next day)`), -1
  /// for the day before (`21:01 (prev. night)`), else 0.
  public var dayShift: Int8 = 0
  /// How the clock was written: with AM/PM, on a 24-hour clock, or as either half of the day.
  public var clockStyle: ClockStyle = .twentyFourHour

  /// How a time's clock was written.
  public enum ClockStyle: Sendable, Hashable {
    /// `14:05`, `09:05`, `1405Z`: the hour says the half of the day.
    case twentyFourHour
    /// `2:05 PM`, `9 a.m.`.
    case twelveHour
    /// `1:05`, `11:40`: an hour up to 12 without AM/PM, which a timeline that writes 12-hour
    /// times elsewhere means in the half of the day nearer the entry before.
    case eitherHalf
  }
  /// True when something stands where a time should be but cannot be read.
  public var isUnrecognized: Bool = false
  /// The text after the time and its separator (`Builder service began…`).
  public var rest: Substring
  /// A time written relative to a reference moment (`T+0:09`, `T+1h10m`, `T-12m`, `T0`): the
  /// seconds after it (negative before it). The reader places it once it knows when T+0 was.
  public var relativeSeconds: Int?
  /// The same moment written again in another zone after the first (`14:05 UTC / 06:05 PST`,
  /// `14:05 UTC (7:05 AM PDT)`).
  public var alternate: Alternate? {
    get { alternateStorage.first }
    set { alternateStorage = newValue.map { [$0] } ?? [] }
  }
  /// Held in an array, which is one pointer and allocates nothing when empty: expressions are
  /// copied for every timeline line, and the rare alternate inline made each copy twice as long.
  private var alternateStorage: [Alternate] = []

  /// A time written in a second zone beside the first.
  public struct Alternate: Sendable, Hashable {
    /// As written (`06:05 PST`).
    public var raw: String
    public var time: TimeOfDay
    public var zone: TimeZoneTable.Match
  }

  /// An expression of `raw` with nothing read yet, `rest` the text after it.
  public init(raw: String, rest: Substring) {
    self.raw = raw
    self.rest = rest
  }

  /// Whether the expression places an event in time: a clock time, or a time relative to T+0.
  public var isTimed: Bool { time != nil || relativeSeconds != nil }

  /// The date written, or the one a date written without its year names near `reference`.
  public func date(near reference: CalendarDate?) -> CalendarDate? {
    date ?? reference.flatMap { monthDay?.date(near: $0) }
  }

  /// A month and day without a year.
  public struct MonthDay: Sendable, Hashable {
    public var month: Int
    public var day: Int

    /// The date with this month and day nearest to `reference` (so `Jan 2` in a postmortem of
    /// 30 December is in the next year); nil when no year has such a day (`Feb 30`).
    public func date(near reference: CalendarDate) -> CalendarDate? {
      let candidates = (reference.year - 1...reference.year + 1).compactMap {
        CalendarDate(year: $0, month: month, day: day)
      }
      return candidates.min {
        abs($0.daysSinceEpoch - reference.daysSinceEpoch) < abs($1.daysSinceEpoch - reference.daysSinceEpoch)
      }
    }
  }
}
