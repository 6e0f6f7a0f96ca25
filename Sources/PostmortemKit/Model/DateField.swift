/// A date as written, and the calendar date it names when it is one.
public struct DateField: Sendable, Hashable, Codable {
  /// The text as written.
  public var raw: String
  /// The calendar date; nil when the text is not a real date (`2023-MM-DD`, `2024-02-30`).
  public var date: CalendarDate?
  /// True when the text has the shape of a date but names no real day (`2024-02-30`, `13/45/2024`).
  public var isInvalid: Bool
  public var line: Int
  public var column: Int

  /// Reads `raw` with `DateParser`.
  public init(raw: String, location: SourceLocation) {
    self.raw = raw
    switch DateParser.parse(raw) {
    case .valid(let date):
      self.date = date
      self.isInvalid = false
    case .invalid:
      self.date = nil
      self.isInvalid = true
    case .none:
      self.date = nil
      self.isInvalid = false
    }
    self.line = location.line
    self.column = location.column
  }
}
