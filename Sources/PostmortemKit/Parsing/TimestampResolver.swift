import Foundation

/// Turns a wall-clock date and time in a zone into an ISO-8601 timestamp with its offset.
///
/// Keeps its `TimeZone` values in a per-parse cache; nothing is shared between threads.
struct TimestampResolver {
  private var zones: [String: TimeZone] = [:]

  /// Seconds since the epoch and the offset for `date` `time` in the zone, or nil for an unknown zone.
  mutating func resolve(date: CalendarDate, time: TimeOfDay, identifier: String?, fixedOffset: Int?)
    -> (epoch: Int, offset: Int)?
  {
    let local = date.daysSinceEpoch * 86400 + time.secondsSinceMidnight
    if let fixedOffset { return (local - fixedOffset, fixedOffset) }
    guard let identifier, let zone = zone(identifier) else { return nil }
    // The offset depends on the instant, which depends on the offset: two rounds settle it
    // (in a DST gap the earlier offset is kept).
    let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
    let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - guess)))
    return (local - offset, offset)
  }

  private mutating func zone(_ identifier: String) -> TimeZone? {
    if let cached = zones[identifier] { return cached }
    let zone = identifier == "UTC" ? TimeZone(secondsFromGMT: 0) : TimeZone(identifier: identifier)
    zones[identifier] = zone
    return zone
  }

  /// `2025-04-29T14:00:00-07:00`, or with `Z` when the zone is UTC.
  static func format(date: CalendarDate, time: TimeOfDay, offset: Int, isUTC: Bool) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(25)
    date.appendISO(to: &bytes)
    bytes.append(UInt8(ascii: "T"))
    appendPadded(time.hour, 2, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    appendPadded(time.minute, 2, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    appendPadded(time.second, 2, to: &bytes)
    if isUTC && offset == 0 {
      bytes.append(UInt8(ascii: "Z"))
    } else {
      let magnitude = abs(offset)
      bytes.append(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
      appendPadded(magnitude / 3600, 2, to: &bytes)
      bytes.append(UInt8(ascii: ":"))
      appendPadded(magnitude % 3600 / 60, 2, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
