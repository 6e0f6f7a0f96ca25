import Foundation
import PostmortemKit

/// The machine's calendar date, used when `--today` is not given.
enum Clock {
  /// Today in the local time zone (TZ, else /etc/localtime), read with `localtime_r`: Foundation's
  /// Calendar loads ICU first, a twentieth of a one-file lint's start-up.
  static func today() -> CalendarDate {
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil,
      let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    else { return CalendarDate(daysSinceEpoch: Int(now) / 86400) }
    return date
  }
}
