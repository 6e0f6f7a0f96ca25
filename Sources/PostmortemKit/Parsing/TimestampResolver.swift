import Foundation

/// Turns a wall-clock date and time in a zone into an ISO-8601 timestamp with its offset.
///
/// Keeps its `TimeZone` values in a per-parse cache; nothing is shared between threads.
struct TimestampResolver {
  private var zones: [String: TimeZone] = [:]

  /// Seconds since the epoch and the offset for `date` `time` in the zone, or nil for an unknown zone.
  /// `skipsClock` is true when no such wall-clock time existed there (02:30 on the night the clocks
  /// go forward from 02:00 to 03:00); the instant given then is only nominal.
  ///
  /// `abbreviation` is the zone as written: when the wall-clock time occurs twice (the hour the
  /// clocks go back), "01:05 PST" and "01:05 PDT" are different instants, and the abbreviation
  /// picks one. Otherwise the zone's own offset on that date wins (PST written in July is read as
  /// Pacific time; the timeline-timezone rule reports the mismatch).
  mutating func resolve(
    date: CalendarDate, time: TimeOfDay, identifier: String?, fixedOffset: Int?, abbreviation: String? = nil
  ) -> (epoch: Int, offset: Int, skipsClock: Bool)? {
    let local = date.daysSinceEpoch * 86400 + time.secondsSinceMidnight
    if let fixedOffset { return (local - fixedOffset, fixedOffset, false) }
    guard let identifier, let zone = zone(identifier) else { return nil }
    if let abbreviation, let stated = TimeZoneTable.seasonalOffset(of: abbreviation),
      zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - stated))) == stated
    {
      return (local - stated, stated, false)
    }
    // The offset depends on the instant, which depends on the offset: two rounds settle it, except
    // in the hour the clocks skip, where no offset holds at its own instant.
    let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
    let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - guess)))
    // Away from a change of offset the first guess holds and nothing needs checking.
    let settled =
      guess == offset || zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - offset))) == offset
    return (local - offset, offset, !settled)
  }

  private mutating func zone(_ identifier: String) -> TimeZone? {
    if let cached = zones[identifier] { return cached }
    let zone = identifier == "UTC" ? TimeZone(secondsFromGMT: 0) : TimeZone(identifier: identifier)
    zones[identifier] = zone
    return zone
  }

  /// `2025-04-29T14:00:00-07:00`, or with `Z` when the zone is UTC.
  static func format(date: CalendarDate, time: TimeOfDay, offset: Int, isUTC: Bool) -> String {
    let magnitude = abs(offset)
    // Written in place (every resolved timeline entry comes here); the general path below
    // keeps any year or offset outside the usual widths exact.
    guard (0...9999).contains(date.year), magnitude < 100 * 3600 else {
      return generalFormat(date: date, time: time, offset: offset, isUTC: isUTC)
    }
    let zulu = isUTC && offset == 0
    return String(unsafeUninitializedCapacity: zulu ? 20 : 25) { buffer in
      var index = 0
      func put(_ byte: UInt8) {
        buffer[index] = byte
        index += 1
      }
      func digits(_ value: Int, _ width: Int) {
        var divisor = width == 4 ? 1000 : 10
        while divisor > 0 {
          put(UInt8(ascii: "0") + UInt8(value / divisor % 10))
          divisor /= 10
        }
      }
      digits(date.year, 4)
      put(UInt8(ascii: "-"))
      digits(date.month, 2)
      put(UInt8(ascii: "-"))
      digits(date.day, 2)
      put(UInt8(ascii: "T"))
      digits(time.hour, 2)
      put(UInt8(ascii: ":"))
      digits(time.minute, 2)
      put(UInt8(ascii: ":"))
      digits(time.second, 2)
      if zulu {
        put(UInt8(ascii: "Z"))
      } else {
        put(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        digits(magnitude / 3600, 2)
        put(UInt8(ascii: ":"))
        digits(magnitude % 3600 / 60, 2)
      }
      return index
    }
  }

  /// `format` for any year and offset, padded as `appendPadded` pads.
  static func generalFormat(date: CalendarDate, time: TimeOfDay, offset: Int, isUTC: Bool) -> String {
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
