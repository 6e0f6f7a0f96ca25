extension StringProtocol {
  /// The text without leading and trailing white space (spaces, tabs, newlines).
  func trimmingWhitespace() -> String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }

  /// The text without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }

  /// The number of Unicode scalars, which is how columns are counted.
  var scalarCount: Int { unicodeScalars.count }
}
