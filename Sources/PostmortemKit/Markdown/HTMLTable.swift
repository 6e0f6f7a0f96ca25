/// Reads a table written in HTML (`<table><tr><td>14:05</td>…`), as wiki and Confluence exports
/// leave them in Markdown, into the shape of a GFM table node, so that the readers of timelines,
/// action items and metadata tables take it as they take a pipe table.
///
/// cmark-gfm keeps such a table as raw HTML blocks (split at blank lines); this reads their rows
/// and cells and nothing else: markup inside a cell is dropped, entities are decoded.
enum HTMLTable {
  /// One `<tr>` with the text of its cells.
  struct Row {
    var cells: [Cell]
    var isHeader: Bool
  }

  struct Cell {
    var text: String
    var location: SourceLocation
  }

  /// Cells beyond this many in a row are dropped, as the input guard keeps pipe tables narrow.
  static let maximumCells = 64

  /// Whether `html` may hold table rows (`<tr`, `<td`): the cheap test run on every HTML block.
  static func mayHoldRows(_ html: String) -> Bool {
    hasTag(html, allowingClose: false, seconds: rowTagSeconds)
  }

  /// Whether `html` has any tag of a table (`<table>`, `</tbody>`, `<th>`…): such blocks around
  /// the rows belong to the same table.
  static func belongsToTable(_ html: String) -> Bool {
    hasTag(html, allowingClose: true, seconds: tableTagSeconds)
  }

  /// The second letters of `<tr` and `<td`, and of every table tag (`table`, `tbody`, `th`…).
  private static let rowTagSeconds = ByteSet("rd")
  private static let tableTagSeconds = ByteSet("rdhab")

  private static func hasTag(_ html: String, allowingClose: Bool, seconds second: ByteSet) -> Bool {
    var html = html
    return html.withUTF8 { bytes in
      for index in bytes.indices.dropLast(2) where bytes[index] == UInt8(ascii: "<") {
        var name = index + 1
        if allowingClose, bytes[name] == UInt8(ascii: "/") { name += 1 }
        guard name + 1 < bytes.count else { continue }
        if bytes[name] | 0x20 == UInt8(ascii: "t"), second.contains(bytes[name + 1] | 0x20) { return true }
      }
      return false
    }
  }

  /// The rows of `html`, a block that starts at `start`.
  static func rows(in html: String, startingAt start: SourceLocation) -> [Row] {
    let bytes = Array(html.utf8)
    let lower = bytes.map { ASCIIText.lower($0) }
    var rows: [Row] = []
    var index = 0
    var inHead = false
    // Line and column are counted as the scan goes, never from the start again.
    var line = start.line
    var lineStart = 0
    var counted = 0
    func location(of offset: Int) -> SourceLocation {
      while counted < offset {
        if bytes[counted] == UInt8(ascii: "\n") {
          line += 1
          lineStart = counted + 1
        }
        counted += 1
      }
      let column = (line == start.line ? start.column : 1) + (offset - lineStart)
      return SourceLocation(line: line, column: column)
    }
    while let tag = nextTag(in: lower, from: index) {
      index = tag.end
      switch tag.name {
      case "thead": inHead = true
      case "/thead": inHead = false
      case "tr":
        var row = Row(cells: [], isHeader: inHead)
        var allHeaders = true
        // Cells until the row closes or the next row opens.
        while let cellTag = nextTag(in: lower, from: index), cellTag.name != "/tr", cellTag.name != "tr",
          cellTag.name != "/table"
        {
          index = cellTag.end
          guard cellTag.name == "td" || cellTag.name == "th" else { continue }
          if cellTag.name == "td" { allHeaders = false }
          let contentEnd = cellEnd(in: lower, from: index)
          if row.cells.count < maximumCells {
            let (text, offset) = cellText(bytes, index..<contentEnd)
            row.cells.append(Cell(text: text, location: location(of: offset)))
          }
          index = contentEnd
        }
        row.isHeader = row.isHeader || (allHeaders && !row.cells.isEmpty)
        if !row.cells.isEmpty { rows.append(row) }
      default:
        break
      }
    }
    return rows
  }

  /// A GFM-shaped table node of `rows`. A table without a header row gets an empty one, so that
  /// its first row stays data.
  static func node(from rows: [Row], at start: SourceLocation) -> MarkdownNode? {
    guard !rows.isEmpty else { return nil }
    var body = rows
    let header: Row
    if rows[0].isHeader {
      header = body.removeFirst()
    } else {
      let width = rows.map(\.cells.count).max() ?? 0
      header = Row(cells: Array(repeating: Cell(text: "", location: start), count: width), isHeader: true)
    }
    func rowNode(_ row: Row, isHeader: Bool) -> MarkdownNode {
      let cells = row.cells.map { cell in
        let range = SourceRange(
          start: cell.location,
          end: SourceLocation(line: cell.location.line, column: cell.location.column + max(cell.text.count, 1)))
        return MarkdownNode(
          kind: .tableCell, range: range, children: [MarkdownNode(kind: .text(cell.text), range: range)])
      }
      let first = row.cells.first?.location ?? start
      return MarkdownNode(
        kind: .tableRow(isHeader: isHeader), range: SourceRange(start: first, end: first), children: cells)
    }
    let children = [rowNode(header, isHeader: true)] + body.map { rowNode($0, isHeader: false) }
    return MarkdownNode(kind: .table, range: SourceRange(start: start, end: start), children: children)
  }

  /// The next tag at or after `from`: its lower-cased name (`tr`, `/td`) and where it ends.
  private static func nextTag(in lower: [UInt8], from: Int) -> (name: String, end: Int)? {
    var index = from
    while index < lower.count {
      guard lower[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      var nameEnd = index + 1
      if nameEnd < lower.count, lower[nameEnd] == UInt8(ascii: "/") { nameEnd += 1 }
      while nameEnd < lower.count, ASCIIText.isLetter(lower[nameEnd]) || ASCIIText.isDigit(lower[nameEnd]) {
        nameEnd += 1
      }
      guard let close = lower[nameEnd...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
      return (String(decoding: lower[(index + 1)..<nameEnd], as: UTF8.self), close + 1)
    }
    return nil
  }

  /// Where a cell's content ends: at its closing tag, the next cell or the end of the row.
  private static func cellEnd(in lower: [UInt8], from: Int) -> Int {
    var index = from
    while let tag = nextTag(in: lower, from: index) {
      if ["/td", "/th", "td", "th", "tr", "/tr", "/table"].contains(tag.name) {
        return lower[index..<tag.end].lastIndex(of: UInt8(ascii: "<")) ?? tag.end
      }
      index = tag.end
    }
    return lower.count
  }

  /// The text of an HTML fragment read as a cell's content is (see `cellText`), and the offset
  /// where it starts: a callout's note, `<aside>💡 All times UTC</aside>`.
  static func text(of bytes: [UInt8]) -> (text: String, offset: Int) {
    cellText(bytes, 0..<bytes.count)
  }

  /// The text of a cell's content, tags dropped (a `<br>` is a space), entities decoded and
  /// white space collapsed; and the offset where the text starts.
  private static func cellText(_ bytes: [UInt8], _ range: Range<Int>) -> (String, Int) {
    var out: [UInt8] = []
    var index = range.lowerBound
    var firstOffset: Int?
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        let close = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ">")) ?? range.upperBound - 1
        // A line break or a block ends a word; inline markup (`<b>`, `</i>`) does not.
        var name = index + 1
        if name < close, bytes[name] == UInt8(ascii: "/") { name += 1 }
        let first = name < close ? bytes[name] | 0x20 : 0
        if first == UInt8(ascii: "b") && name + 1 < close && bytes[name + 1] | 0x20 == UInt8(ascii: "r")
          || first == UInt8(ascii: "p") || first == UInt8(ascii: "d") || first == UInt8(ascii: "l")
        {
          out.append(UInt8(ascii: " "))
        }
        index = close + 1
        continue
      }
      if byte == UInt8(ascii: "&"), let (decoded, end) = entity(bytes, at: index, limit: range.upperBound) {
        if firstOffset == nil { firstOffset = index }
        out += decoded
        index = end
        continue
      }
      let isSpace =
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
        || byte == UInt8(ascii: "\r")
      if firstOffset == nil, !isSpace { firstOffset = index }
      out.append(isSpace ? UInt8(ascii: " ") : byte)
      index += 1
    }
    var collapsed: [UInt8] = []
    for byte in out where !(byte == UInt8(ascii: " ") && (collapsed.last == UInt8(ascii: " ") || collapsed.isEmpty)) {
      collapsed.append(byte)
    }
    while collapsed.last == UInt8(ascii: " ") { collapsed.removeLast() }
    return (String(decoding: collapsed, as: UTF8.self), firstOffset ?? range.lowerBound)
  }

  private static let namedEntities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
  ]

  /// `&amp;`, `&#39;`, `&#x2014;` at `index`: the decoded bytes and where the entity ends.
  private static func entity(_ bytes: [UInt8], at index: Int, limit: Int) -> ([UInt8], Int)? {
    let end = min(limit, index + 12)
    guard let semicolon = bytes[(index + 1)..<end].firstIndex(of: UInt8(ascii: ";")), semicolon > index + 1 else {
      return nil
    }
    let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
    if let named = namedEntities[name] { return (Array(named.utf8), semicolon + 1) }
    guard name.hasPrefix("#") else { return nil }
    let digits = name.dropFirst()
    let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
    guard let value, let scalar = Unicode.Scalar(value) else { return nil }
    return (Array(String(Character(scalar)).utf8), semicolon + 1)
  }
}
