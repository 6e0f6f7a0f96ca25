/// Reads a clock time written with Korean, Japanese or Chinese hour and minute marks at the start
/// of a timeline line: "10시 31분", "오전 10시 31분 12초", "10時35分", "午後3時40分", "下午3点20分",
/// "9点半" (half past nine). "1時間" and "2시간" are lengths, not times.
enum CJKClockReader {
  /// The words before the hour that say which half of the day it is; true for the afternoon.
  private static let meridiems: [(word: [Unicode.Scalar], afternoon: Bool)] = [
    ("오전", false), ("오후", true), ("上午", false), ("下午", true), ("午前", false), ("午後", true),
    ("凌晨", false), ("早上", false), ("晚上", true),
  ].map { (Array($0.0.unicodeScalars), $0.1) }
  private static let hourMarks: Set<Unicode.Scalar> = ["시", "時", "点", "點", "时"]
  private static let minuteMarks: Set<Unicode.Scalar> = ["분", "分"]
  private static let secondMarks: Set<Unicode.Scalar> = ["초", "秒"]
  /// What makes an hour mark a length: 時間, 시간, 时间 ("hours").
  private static let lengthMarks: Set<Unicode.Scalar> = ["間", "간", "间"]
  /// What may part the time from the event after it.
  private static let separators: Set<Unicode.Scalar> = [" ", ":", "：", "-", "–", "—", "，", "、", "|"]

  /// The time at the start of `text`, with the rest of the line after it; nil when the line does
  /// not open with such a clock.
  static func read(_ text: Substring) -> TimeExpression? {
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    func skipSpaces() { while index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) } }
    func number() -> Int? {
      var value = 0
      var digits = 0
      while index < scalars.endIndex, digits < 2, ("0"..."9").contains(scalars[index]) {
        value = value * 10 + Int(scalars[index].value) - 48
        digits += 1
        index = scalars.index(after: index)
      }
      return digits > 0 ? value : nil
    }
    skipSpaces()
    let start = index
    var afternoon: Bool?
    for (word, isAfternoon) in meridiems where scalars[index...].starts(with: word) {
      afternoon = isAfternoon
      index = scalars.index(index, offsetBy: word.count)
      skipSpaces()
      break
    }
    guard var hour = number(), index < scalars.endIndex, hourMarks.contains(scalars[index]) else { return nil }
    index = scalars.index(after: index)
    if index < scalars.endIndex, lengthMarks.contains(scalars[index]) { return nil }
    var minute = 0
    var second = 0
    var end = index
    skipSpaces()
    if index < scalars.endIndex, scalars[index] == "半" {
      minute = 30
      index = scalars.index(after: index)
      end = index
    } else if let minutes = number(), index < scalars.endIndex, minuteMarks.contains(scalars[index]) {
      minute = minutes
      index = scalars.index(after: index)
      end = index
      skipSpaces()
      if let seconds = number(), index < scalars.endIndex, secondMarks.contains(scalars[index]) {
        second = seconds
        index = scalars.index(after: index)
        end = index
      }
    }
    index = end
    if let afternoon {
      guard (1...12).contains(hour) else { return nil }
      if afternoon, hour < 12 { hour += 12 }
      if !afternoon, hour == 12 { hour = 0 }
    }
    guard let time = TimeOfDay(hour: hour, minute: minute, second: second) else { return nil }
    while index < scalars.endIndex, separators.contains(scalars[index]) { index = scalars.index(after: index) }
    var expression = TimeExpression(raw: String(text[start..<end]), rest: text[index...])
    expression.time = time
    expression.clockStyle = afternoon == nil ? .twentyFourHour : .twelveHour
    return expression
  }

  /// Whether `text` may open with such a clock: a meridiem word, or digits then a character
  /// beyond ASCII; looked at on the first bytes only, as every line of every timeline comes here.
  static func mayOpenWithClock(_ text: Substring) -> Bool {
    let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var index = 0
      while index < bytes.count, bytes[index] == 32 { index += 1 }
      guard index < bytes.count else { return false }
      if bytes[index] >= 0xE0 { return true }
      guard ASCIIText.isDigit(bytes[index]) else { return false }
      let limit = min(bytes.count, index + 3)
      index += 1
      while index < limit, ASCIIText.isDigit(bytes[index]) { index += 1 }
      return index < bytes.count && bytes[index] >= 0xE0
    }
    // Text with no contiguous bytes (bridged) is left to `read`, which decides.
    return answer ?? true
  }
}
