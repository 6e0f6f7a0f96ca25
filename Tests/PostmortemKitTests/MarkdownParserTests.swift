import Testing

@testable import PostmortemKit

/// The C boundary: node kinds, task items, tables and Unicode-scalar columns.
@Suite struct MarkdownParserTests {
  private func parse(_ text: String) -> MarkdownNode {
    MarkdownParser.parse(SourceText(text))
  }

  @Test func convertsBlocksAndInlines() throws {
    let root = parse("# Title *x*\n\n> quote\n\n```swift\nlet a = 1\n```\n\n1. one\n2. two\n")
    #expect(root.kind == .document)
    let kinds = root.children.map(\.kind)
    #expect(kinds.count == 4)
    #expect(kinds[0] == .heading(level: 1))
    #expect(kinds[1] == .blockQuote)
    #expect(kinds[2] == .codeBlock(info: "swift", literal: "let a = 1\n", fenced: true))
    #expect(kinds[3] == .list(ordered: true, start: 1))
    #expect(root.children[0].plainText() == "Title x")
  }

  @Test func taskItemsComeFromTheTasklistExtension() throws {
    let list = try #require(parse("- [x] done\n- [ ] open\n- plain\n- [y] not a task\n").children.first)
    #expect(list.children.map(\.kind) == [.item(task: true), .item(task: false), .item(task: nil), .item(task: nil)])
  }

  @Test func tablesKeepHeaderRows() throws {
    let table = try #require(parse("| a | b |\n|---|---|\n| 1 | 2 |\n").children.first)
    #expect(table.kind == .table)
    #expect(table.children.map(\.kind) == [.tableRow(isHeader: true), .tableRow(isHeader: false)])
    #expect(table.children[1].children.map { $0.plainText() } == ["1", "2"])
  }

  /// cmark-gfm places what follows a backslash line break on the line before, past its end, and
  /// every line after it one too early; the converter puts each node where the source has it,
  /// at the top level, in a list item, in a block quote, and across soft breaks.
  @Test func nodesAfterABackslashBreakStandWhereTheSourceHasThem() throws {
    let root = parse("aa\\\nbb\ncc\\\n*dd* é\\\nee\n\n- x\\\n  **y** z\n\n> q\\\n> w\n")
    func starts(_ node: MarkdownNode) -> [[Int]] {
      node.children.compactMap { $0.range.map { [$0.start.line, $0.start.column] } }
    }
    let paragraph = root.children[0]
    #expect(paragraph.range?.start == SourceLocation(line: 1, column: 1))
    #expect(starts(paragraph) == [[1, 1], [2, 1], [3, 1], [4, 1], [4, 5], [5, 1]])
    #expect(paragraph.children[7].range?.end == SourceLocation(line: 4, column: 6))
    #expect(paragraph.children[6].children.first?.range?.start == SourceLocation(line: 4, column: 2))
    #expect(paragraph.inlineLines().map { [$0.line, $0.column] } == [[1, 1], [2, 1], [3, 1], [4, 1], [5, 1]])
    let item = try #require(root.children[1].children.first?.children.first)
    #expect(starts(item) == [[7, 3], [8, 3], [8, 8]])
    let quoted = try #require(root.children[2].children.first)
    #expect(starts(quoted) == [[10, 3], [11, 3]])
    // A break made by two spaces is placed right by cmark-gfm itself.
    #expect(starts(parse("a  \nb\\\nc\n").children[0]) == [[1, 1], [2, 1], [3, 1]])
  }

  @Test func columnsCountUnicodeScalars() throws {
    // "é" is two UTF-8 bytes and "🔥" four; columns must count them once each.
    let root = parse("# 🔥 Café\n\nAé **bold**\n")
    let heading = root.children[0]
    #expect(heading.children.first?.range?.start == SourceLocation(line: 1, column: 3))
    #expect(heading.range?.end.column == 8)
    let strong = try #require(root.children[1].children.first { $0.kind == .strong })
    #expect(strong.range?.start == SourceLocation(line: 3, column: 4))
  }

  @Test func lineEndingsAndByteOrderMark() {
    let crlf = SourceText("a\r\nb\r\nc")
    #expect(crlf.lineCount == 3)
    #expect(crlf.line(2) == "b")
    let cr = SourceText("a\rb\rc\n")
    #expect(cr.lineCount == 3)
    #expect(cr.line(3) == "c")
    let bom = SourceText("\u{FEFF}# Title\n")
    #expect(bom.line(1) == "# Title")
    #expect(parse("\u{FEFF}# Title\n").children.first?.kind == .heading(level: 1))
  }

  @Test func inlineLinesSplitAtBreaks() throws {
    let paragraph = try #require(parse("**Date:** 2024-03-02\n**Authors:** Ana\nthird  \nfourth\n").children.first)
    let lines = paragraph.inlineLines()
    #expect(lines.map(\.line) == [1, 2, 3, 4])
    #expect(lines.map(\.plainText) == ["Date: 2024-03-02", "Authors: Ana", "third", "fourth"])
  }

  @Test func manyThreadsParseAtOnce() {
    // The extensions are registered once; attached extensions must be safe on several threads.
    let texts = (0..<64).map { "# Doc \($0)\n\n| a | b |\n|---|---|\n| \($0) | x |\n\n- [x] task \($0)\n" }
    var tables: [Int] = []
    OrderedPipeline.run(count: texts.count, workers: 4) { index in
      MarkdownParser.parse(SourceText(texts[index])).children.filter { $0.kind == .table }.count
    } consume: {
      tables.append($0)
    }
    #expect(tables == Array(repeating: 1, count: 64))
  }
}
