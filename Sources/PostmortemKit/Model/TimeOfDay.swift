/// A wall-clock time, 00:00:00 to 23:59:59.
public struct TimeOfDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var hour: Int
  public var minute: Int
  public var second: Int

  /// Creates a time when the parts are in range.
  public init?(hour: Int, minute: Int, second: Int = 0) {
    guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
      return nil
    }
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// The time on the clock `seconds` after midnight, wrapped onto one day (`-300` is 23:55).
  public init(wrapping seconds: Int) {
    let second = (seconds % 86_400 + 86_400) % 86_400
    self.hour = second / 3600
    self.minute = second % 3600 / 60
    self.second = second % 60
  }

  /// Seconds between two moments of the day given as seconds since midnight, the short way round
  /// the clock (23:50 and 00:10 are 20 minutes apart).
  public static func secondsApart(_ a: Int, _ b: Int) -> Int {
    let ahead = ((a - b) % 86_400 + 86_400) % 86_400
    return min(ahead, 86_400 - ahead)
  }

  /// Seconds since midnight.
  public var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
    lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
  }

  /// `HH:MM`, or `HH:MM:SS` when seconds are set.
  public var description: String {
    second == 0 ? "\(pad(hour, 2)):\(pad(minute, 2))" : "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
  }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    let parts = text.split(separator: ":").compactMap { Int($0) }
    guard parts.count >= 2,
      let time = TimeOfDay(hour: parts[0], minute: parts[1], second: parts.count > 2 ? parts[2] : 0)
    else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a time of day: \(text)"))
    }
    self = time
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
