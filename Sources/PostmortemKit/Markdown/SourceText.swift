#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text of one source file with a line index, for slicing lines and converting cmark-gfm's
/// byte columns into Unicode-scalar columns.
public struct SourceText: Sendable {
  /// The file's UTF-8 bytes (without a byte-order mark).
  public let bytes: [UInt8]
  /// Byte offset where each line starts; line N starts at `lineStarts[N - 1]`.
  private let lineStarts: [Int]
  /// Whether each line holds only ASCII bytes, so its byte and scalar columns agree.
  private let lineIsASCII: [Bool]
  /// The most `|` on one line that could be a table's delimiter row wider than the table limit:
  /// longer than `InputGuard.maximumTableColumns` bytes and starting (after blanks) with `|`, `-`
  /// or `:`. Other lines are not counted, so this is 0 for nearly every document.
  let mostPipesOnALongDelimiterLine: Int
  /// Whether any line ends in CR (alone or in CRLF), so that LF-only text can be sliced as is.
  let hasCarriageReturns: Bool

  /// Indexes `text`. CRLF, LF and lone CR all end a line, as in CommonMark.
  public init(_ text: String) {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    self.init(bytes: bytes)
  }

  init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var ascii: [Bool] = []
    // About one line per 40 bytes in prose; reserving avoids most regrowth.
    starts.reserveCapacity(bytes.count / 32 + 1)
    ascii.reserveCapacity(bytes.count / 32 + 1)
    var pipes = 0
    var carriageReturns = false
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else {
        ascii.append(true)
        return
      }
      carriageReturns = memchr(base, 0x0D, buffer.count) != nil
      var start = 0
      while true {
        // LF-only text (nearly all of it): memchr finds each line end many bytes at a time.
        let end: Int
        if carriageReturns {
          end = SourceText.lineEnd(buffer, from: start)
        } else if let found = memchr(base + start, 0x0A, buffer.count - start) {
          end = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
        } else {
          end = buffer.count
        }
        ascii.append(SourceText.isASCII(buffer, start..<end))
        if end - start > InputGuard.maximumTableColumns, SourceText.startsLikeDelimiterRow(buffer, start..<end) {
          pipes = max(pipes, SourceText.count(0x7C, in: buffer, start..<end))
        }
        guard end < buffer.count else { break }
        start = end + 1
        if buffer[end] == 0x0D, start < buffer.count, buffer[start] == 0x0A { start += 1 }
        starts.append(start)
      }
    }
    self.lineStarts = starts
    self.lineIsASCII = ascii
    self.mostPipesOnALongDelimiterLine = pipes
    self.hasCarriageReturns = carriageReturns
  }

  /// The offset of the first CR or LF at or after `start`, or the end of the buffer.
  private static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index + 8 <= buffer.count {
      let word = ByteWord.load(buffer, at: index)
      let ends = ByteWord.matches(word, 0x0A) | ByteWord.matches(word, 0x0D)
      if ends != 0 { return index + ends.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < buffer.count, buffer[index] != 0x0A, buffer[index] != 0x0D { index += 1 }
    return index
  }

  /// Whether the first byte in `range` that is not a space or tab is `|`, `-` or `:`, as in a
  /// table's delimiter row (long prose lines, most of the bytes of many files, are not).
  private static func startsLikeDelimiterRow(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
    guard index < range.upperBound else { return false }
    return buffer[index] == 0x7C || buffer[index] == 0x2D || buffer[index] == 0x3A
  }

  /// Whether the bytes in `range` are all ASCII.
  private static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    var seen: UInt64 = 0
    while index + 8 <= range.upperBound {
      seen |= ByteWord.load(buffer, at: index)
      index += 8
    }
    while index < range.upperBound {
      seen |= UInt64(buffer[index])
      index += 1
    }
    return seen & ByteWord.highBits == 0
  }

  /// How many bytes in `range` equal `byte`.
  private static func count(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var index = range.lowerBound
    var total = 0
    while index + 8 <= range.upperBound {
      total &+= ByteWord.count(ByteWord.load(buffer, at: index), byte)
      index += 8
    }
    while index < range.upperBound {
      if buffer[index] == byte { total += 1 }
      index += 1
    }
    return total
  }

  /// The number of lines (a trailing newline does not start a new, counted line).
  public var lineCount: Int {
    if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
  }

  /// A copy with lines `first...last` turned to spaces, their line endings kept (front matter,
  /// which cmark-gfm must not read). The lines stay where they were, so the line index is
  /// reused rather than rebuilt for the whole document.
  func blankingLines(_ first: Int, through last: Int) -> SourceText {
    var copy = bytes
    var ascii = lineIsASCII
    for number in first...last {
      guard let range = byteRange(ofLine: number) else { continue }
      for index in range { copy[index] = 0x20 }
      ascii[number - 1] = true
    }
    // Blanking cannot widen a table; only a blanked line that was the widest needs a recount.
    guard mostPipesOnALongDelimiterLine == 0 else { return SourceText(bytes: copy) }
    return SourceText(
      bytes: copy, lineStarts: lineStarts, lineIsASCII: ascii, mostPipesOnALongDelimiterLine: 0,
      hasCarriageReturns: hasCarriageReturns)
  }

  private init(
    bytes: [UInt8], lineStarts: [Int], lineIsASCII: [Bool], mostPipesOnALongDelimiterLine: Int,
    hasCarriageReturns: Bool
  ) {
    self.bytes = bytes
    self.lineStarts = lineStarts
    self.lineIsASCII = lineIsASCII
    self.mostPipesOnALongDelimiterLine = mostPipesOnALongDelimiterLine
    self.hasCarriageReturns = hasCarriageReturns
  }

  /// The byte range of line `number` (1-based) without its line ending.
  func byteRange(ofLine number: Int) -> Range<Int>? {
    guard number >= 1, number <= lineStarts.count else { return nil }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] : bytes.count
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// The text of line `number` (1-based), without its line ending; empty when out of range.
  public func line(_ number: Int) -> String {
    guard let range = byteRange(ofLine: number) else { return "" }
    return String(decoding: bytes[range], as: UTF8.self)
  }

  /// The text of lines `first...last` joined with LF.
  public func lines(_ first: Int, through last: Int) -> String {
    guard first <= last else { return "" }
    return (max(first, 1)...min(last, lineCount)).map(line).joined(separator: "\n")
  }

  /// Converts a 1-based byte column on `line` into a 1-based Unicode-scalar column.
  ///
  /// A byte column may point into the middle of a multi-byte character (cmark-gfm's end columns
  /// point at a character's last byte); the result is the column of that character.
  public func scalarColumn(line: Int, byteColumn: Int) -> Int {
    guard line >= 1, line <= lineIsASCII.count, !lineIsASCII[line - 1],
      let range = byteRange(ofLine: line)
    else { return byteColumn }
    let target = range.lowerBound + max(byteColumn - 1, 0)
    let limit = min(target, range.upperBound - 1)
    var column = 0
    var index = range.lowerBound
    while index <= limit {
      // Continuation bytes (10xxxxxx) do not start a scalar.
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    // Columns past the end of the line (a line ending) keep their distance from it.
    return max(column, 1) + max(0, target - limit)
  }
}
