/// Checks made before cmark-gfm sees a document, for shapes it handles in quadratic time.
///
/// The cmark-gfm Debian ships (0.29.0.gfm.6) predates the 2023 fixes: a table row with tens of
/// thousands of columns takes seconds to minutes. Such documents are parsed without the table
/// extension (their tables read as text) and the limit is recorded.
enum InputGuard {
  /// Far beyond any real postmortem's table.
  static let maximumTableColumns = 256

  /// The first table delimiter row (`|---|---|`) with more columns than the limit, and its count.
  static func wideTable(in source: SourceText) -> (line: Int, columns: Int)? {
    let bytes = source.bytes
    // Nearly every document has no line with that many pipes: nothing to check.
    guard source.mostPipesOnALongDelimiterLine > maximumTableColumns else { return nil }
    var line = 1
    var index = 0
    while index < bytes.count {
      var end = index
      var linePipes = 0
      var delimiterOnly = true
      var sawDash = false
      while end < bytes.count, bytes[end] != 10, bytes[end] != 13 {
        switch bytes[end] {
        case 124: linePipes += 1
        case 45: sawDash = true
        case 58, 32, 9: break
        default: delimiterOnly = false
        }
        end += 1
      }
      if delimiterOnly, sawDash, linePipes > maximumTableColumns { return (line, linePipes - 1) }
      // CRLF counts as one line ending.
      if end < bytes.count, bytes[end] == 13, end + 1 < bytes.count, bytes[end + 1] == 10 { end += 1 }
      index = end + 1
      line += 1
    }
    return nil
  }
}
