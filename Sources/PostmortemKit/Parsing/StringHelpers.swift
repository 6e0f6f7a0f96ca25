extension StringProtocol {
  /// The text without leading and trailing white space (spaces, tabs, newlines).
  func trimmingWhitespace() -> String {
    // ASCII ends (nearly always): trim on bytes without grapheme breaking.
    let fast: String?? = utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var start = 0
      var end = bytes.count
      while start < end, ASCIIText.isSpace(bytes[start]) { start += 1 }
      while end > start, ASCIIText.isSpace(bytes[end - 1]) { end -= 1 }
      if start == end { return "" }
      // Only when both ends are ASCII are the cut points certainly character boundaries.
      guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    if let fast, let result = fast { return result }
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }

  /// The text without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    if let trimmed = trimmingASCII(in: set) { return trimmed }
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }

  /// `trimmingCharacters(in:)` on bytes, for an ASCII `set` without CR: nil where a byte at a
  /// cut might belong to a longer character (a non-ASCII neighbour), which the general path judges.
  private func trimmingASCII(in set: String) -> String? {
    var members = ByteSet("")
    for byte in set.utf8 {
      guard byte < 0x80, byte != 0x0D else { return nil }
      members.insert(byte)
    }
    let trimmed = utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var start = 0
      var end = bytes.count
      // An ASCII byte followed by an ASCII byte (or nothing) is a whole character.
      while start < end, members.contains(bytes[start]) {
        guard start + 1 == end || bytes[start + 1] < 0x80 else { return nil }
        start += 1
      }
      // An ASCII byte after an ASCII byte (or at the start) is a whole character, but for the
      // LF of a CR LF.
      while end > start, members.contains(bytes[end - 1]) {
        guard end - 1 == start || (bytes[end - 2] < 0x80 && !(bytes[end - 2] == 0x0D && bytes[end - 1] == 0x0A))
        else { return nil }
        end -= 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    return trimmed ?? nil
  }

  /// The text without a note in brackets after it, as a role follows a name ("Ana Ortiz (SRE)"
  /// is "Ana Ortiz"); text that is all brackets ("(Ana)") keeps them.
  func droppingTrailingAside() -> String {
    let text = trimmingWhitespace()
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return text }
    return text[..<open].trimmingWhitespace()
  }

  /// The number of Unicode scalars, which is how columns are counted.
  var scalarCount: Int { unicodeScalars.count }

  /// Whether the text is an ellipsis alone ("…", "...", "⋯"), as a table or list marks the rows
  /// it leaves out.
  var isElision: Bool { self == "…" || self == "..." || self == "⋯" }
}

extension String {
  /// The text without leading and trailing white space; the text itself (no copy) when it has none.
  func trimmingWhitespace() -> String {
    // Most text handed here is trimmed already. Only ASCII ends are judged here: a non-ASCII
    // end may be Unicode white space, which the general path handles.
    guard let first = utf8.first, let last = utf8.last else { return self }
    if first < 0x80, last < 0x80, !ASCIIText.isSpace(first), !ASCIIText.isSpace(last) { return self }
    return self[...].trimmingWhitespace()
  }
}
