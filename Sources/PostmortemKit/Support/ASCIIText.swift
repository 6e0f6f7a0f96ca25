/// Byte-level helpers for hot paths: postmortem syntax is ASCII, so scanning UTF-8 bytes avoids
/// the cost of `Character` and Unicode property lookups (see DESIGN.md, "Swift Regex is the trap").
enum ASCIIText {
  @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
  @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
  @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }
  @inline(__always) static func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 32 : byte }
  /// Space, tab, LF, VT, FF, CR.
  @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }

  /// The text's UTF-8 bytes with ASCII letters lower-cased.
  static func lowercasedBytes(_ text: String) -> [UInt8] {
    var bytes = Array(text.utf8)
    for index in bytes.indices where isUpper(bytes[index]) { bytes[index] += 32 }
    return bytes
  }

  /// The words of `bytes`: runs of letters (non-ASCII bytes count as letters, so "café" stays one
  /// word) separated by anything else.
  static func words(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    wordRanges(bytes).map { bytes[$0] }
  }

  /// Where the `words` of `bytes` stand, as ranges (which, unlike slices, hold no reference to
  /// the buffer: cheap for per-line code).
  static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(bytes.count / 4 + 1)
    var start = -1
    for index in bytes.indices {
      let byte = bytes[index]
      if isLetter(byte) || byte >= 0x80 {
        if start < 0 { start = index }
      } else if start >= 0 {
        ranges.append(start..<index)
        start = -1
      }
    }
    if start >= 0 { ranges.append(start..<bytes.count) }
    return ranges
  }

  /// Whether `needle` occurs in `haystack`.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    UTF8Scan.firstOffset(of: needle, in: haystack) != nil || needle.isEmpty
  }
}
