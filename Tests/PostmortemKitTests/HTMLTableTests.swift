import Testing

@testable import PostmortemKit

/// Tables written in HTML read as GFM tables do (see `HTMLTable`).
@Suite struct HTMLTableTests {
  @Test func rowsCellsEntitiesAndHeaders() throws {
    let html = """
      <table><thead><tr><th>Time</th><th>Event</th></tr></thead>
      <tr><td>14:05</td><td><b>Deploy</b> &amp; <i>flush</i>&#8212;done&nbsp;&#x2713;</td></tr>
      <tr><td>14:09<td>alert
      </table>
      """
    let rows = HTMLTable.rows(in: html, startingAt: SourceLocation(line: 10, column: 1))
    #expect(
      rows.map { $0.cells.map(\.text) } == [
        ["Time", "Event"], ["14:05", "Deploy & flush—done ✓"], ["14:09", "alert"],
      ])
    #expect(rows.map(\.isHeader) == [true, false, false])
    #expect(rows.map { $0.cells.first?.location.line } == [10, 11, 12])
    #expect(rows[1].cells.first?.location.column == 9)
    // Windows line ends inside a cell are white space like any other.
    let crlf = HTMLTable.rows(
      in: "<tr><td>14:05</td><td>two\r\nlines</td></tr>\r\n", startingAt: SourceLocation(line: 1, column: 1))
    #expect(crlf.first?.cells.map(\.text) == ["14:05", "two lines"])
  }

  /// A table without a header row gets an empty one, so its first row stays data; a block with
  /// no rows makes no table.
  @Test func headerlessTablesKeepTheirFirstRow() throws {
    let rows = HTMLTable.rows(
      in: "<tr><td>14:05</td><td>deploy</td></tr>", startingAt: SourceLocation(line: 1, column: 1))
    let table = try #require(HTMLTable.node(from: rows, at: SourceLocation(line: 1, column: 1)))
    #expect(table.children.count == 2)
    #expect(table.children.first?.kind == .tableRow(isHeader: true))
    #expect(table.children.first?.plainText().trimmingWhitespace() == "")
    #expect(
      HTMLTable.node(
        from: HTMLTable.rows(in: "<div>x</div>", startingAt: SourceLocation(line: 1, column: 1)),
        at: SourceLocation(line: 1, column: 1)) == nil)
    let entries = try #require(
      TestSupport.parse(
        "**Date:** 2024-03-02\n\n## Timeline\n\nAll times UTC.\n\n<table>\n<tr><td>14:05</td><td>deploy</td></tr>\n<tr><td>14:20</td><td>resolved</td></tr>\n</table>\n"
      ).timeline?.entries)
    #expect(entries.map(\.timestamp) == ["2024-03-02T14:05:00Z", "2024-03-02T14:20:00Z"])
  }
}
