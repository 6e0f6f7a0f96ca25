/// The text of one source file with a line index, for slicing lines and converting cmark-gfm's
/// byte columns into Unicode-scalar columns.
public struct SourceText: Sendable {
  /// The file's UTF-8 bytes (without a byte-order mark).
  public let bytes: [UInt8]
  /// Byte offset where each line starts; line N starts at `lineStarts[N - 1]`.
  private let lineStarts: [Int]
  /// Whether each line holds only ASCII bytes, so its byte and scalar columns agree.
  private let lineIsASCII: [Bool]
  /// How many `|` the text holds, so most documents skip the wide-table check.
  let pipeCount: Int
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
      var nonASCII: UInt64 = 0
      var index = 0
      let count = buffer.count
      while index < count {
        // Eight bytes at a time up to the next line end: lines are tens of bytes long.
        if index + 8 <= count {
          let word = ByteWord.load(buffer, at: index)
          let ends = ByteWord.matches(word, 0x0A) | ByteWord.matches(word, 0x0D)
          let before = ends == 0 ? 8 : ends.trailingZeroBitCount / 8
          let kept = before == 8 ? word : ByteWord.prefix(word, before)
          nonASCII |= kept
          // Zeroed bytes are not pipes, so counting the kept part is exact; most words have none.
          if ByteWord.has(kept, 0x7C) { pipes &+= ByteWord.count(kept, 0x7C) }
          index += before
          if before == 8 { continue }
        }
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          if byte == 0x0D { carriageReturns = true }
          if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
          ascii.append(nonASCII & ByteWord.highBits == 0)
          nonASCII = 0
          starts.append(index + 1)
        } else {
          nonASCII |= UInt64(byte)
          if byte == 0x7C { pipes += 1 }
        }
        index += 1
      }
      ascii.append(nonASCII & ByteWord.highBits == 0)
    }
    self.lineStarts = starts
    self.lineIsASCII = ascii
    self.pipeCount = pipes
    self.hasCarriageReturns = carriageReturns
  }

  /// The number of lines (a trailing newline does not start a new, counted line).
  public var lineCount: Int {
    if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
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
