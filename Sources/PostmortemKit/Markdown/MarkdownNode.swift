/// A node of the Markdown tree: a Swift value copied out of cmark-gfm's C tree.
///
/// The tree keeps what postmortem parsing needs (structure, literals, task-list state, table
/// shape, source ranges) and nothing that would tie it to the C library's lifetime.
public struct MarkdownNode: Sendable, Hashable {
  /// What kind of Markdown construct the node is, with the data specific to that kind.
  public enum Kind: Sendable, Hashable {
    case document
    case blockQuote
    case list(ordered: Bool, start: Int)
    /// A list item; `task` is nil for a plain item and holds the checked state for a GFM task item.
    case item(task: Bool?)
    /// A code block; `fenced` is false for one indented by four spaces or a tab.
    case codeBlock(info: String, literal: String, fenced: Bool)
    case htmlBlock(String)
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case table
    case tableRow(isHeader: Bool)
    case tableCell
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String)
    case emphasis
    case strong
    case strikethrough
    case link(destination: String, title: String)
    case image(source: String, title: String)
    case footnoteReference(String)
    case footnoteDefinition
    /// A node type this converter does not know (e.g. from a newer cmark-gfm); kept, never fatal.
    case unknown(String)
  }

  public var kind: Kind
  /// Where the node stands in the source, when cmark-gfm reports it.
  public var range: SourceRange?
  public var children: [MarkdownNode]

  /// Creates a node.
  public init(kind: Kind, range: SourceRange? = nil, children: [MarkdownNode] = []) {
    self.kind = kind
    self.range = range
    self.children = children
  }

  /// The first line of the node, or 0 when cmark-gfm gave no position.
  public var line: Int { range?.start.line ?? 0 }

  /// Whether the node is a block (as opposed to inline content).
  public var isBlock: Bool {
    switch kind {
    case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading,
      .thematicBreak, .table, .tableRow, .tableCell, .footnoteDefinition:
      return true
    default:
      return false
    }
  }

  /// The text of the node's inline content, with Markdown markup removed.
  ///
  /// Soft and hard line breaks become `lineSeparator`; inline code keeps its literal; links keep
  /// their text; raw HTML is dropped.
  public func plainText(lineSeparator: String = " ") -> String {
    var out = ""
    visitInPlace { MarkdownNode.appendPlainText(of: $0, to: &out, lineSeparator: lineSeparator) }
    return out
  }

  private static func appendPlainText(
    of node: UnsafePointer<MarkdownNode>, to out: inout String, lineSeparator: String
  ) {
    switch node.pointee.kind {
    case .text(let s), .code(let s):
      out += s
    case .softBreak, .lineBreak:
      out += lineSeparator
    case .htmlInline(let html):
      // "a<br>b" in a table cell or an exported paragraph is two lines.
      if MarkdownNode.isBreakTag(html) { out += lineSeparator }
    case .htmlBlock, .footnoteReference:
      return
    case .codeBlock(_, let literal, _):
      out += literal
    default:
      node.pointee.children.withUnsafeBufferPointer { children in
        for index in children.indices {
          let child = children.baseAddress! + index
          if index > 0, child.pointee.isBlock, !out.isEmpty { out += lineSeparator }
          appendPlainText(of: child, to: &out, lineSeparator: lineSeparator)
        }
      }
    }
  }

  /// Whether inline HTML is a line break: `<br>`, `<br/>`, `<br />`, in any case.
  static func isBreakTag(_ html: String) -> Bool {
    let bytes = html.utf8
    guard (4...6).contains(bytes.count), bytes.first == UInt8(ascii: "<"), bytes.last == UInt8(ascii: ">") else {
      return false
    }
    let inner = bytes.dropFirst().dropLast().filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "/") }
    return inner.count == 2 && inner[inner.startIndex] | 0x20 == UInt8(ascii: "b")
      && inner[inner.startIndex + 1] | 0x20 == UInt8(ascii: "r")
  }

  /// Whether a child's kind satisfies `test`, judged in place (no child is copied).
  func hasChild(where test: (borrowing Kind) -> Bool) -> Bool {
    children.withUnsafeBufferPointer { children in
      for index in children.indices where test((children.baseAddress! + index).pointee.kind) { return true }
      return false
    }
  }

  /// The children that are lists (most items have none, and then nothing is copied).
  var nestedLists: [MarkdownNode] {
    guard hasChild(where: { if case .list = $0 { true } else { false } }) else { return [] }
    return children.filter { if case .list = $0.kind { true } else { false } }
  }

  /// Calls `body` with the node in place. Walkers of the whole tree recurse through pointers
  /// into `children` this way: passing a child by value copies it, a retain and a release of its
  /// children and text for every node visited.
  func visitInPlace<Result>(_ body: (UnsafePointer<MarkdownNode>) throws -> Result) rethrows -> Result {
    try withUnsafePointer(to: self, body)
  }

  /// Visits the node and all its descendants in document order.
  public func forEach(_ body: (MarkdownNode) -> Void) {
    body(self)
    // By index: binding each child to a loop variable copies it (a retain and release per node).
    for index in children.indices { children[index].forEach(body) }
  }

  /// Whether a line of this node's inline children opens with text that `leads`, asked of the
  /// text each line opens with (not of lines opening with markup); cheaper than `inlineLines` for
  /// a question most paragraphs answer no to.
  func opensALine(where leads: (String) -> Bool) -> Bool {
    var lineStart = true
    for child in children {
      switch child.kind {
      case .softBreak, .lineBreak: lineStart = true
      case .text(let text) where lineStart:
        if leads(text) { return true }
        lineStart = false
      default: lineStart = false
      }
    }
    return false
  }

  /// The inline children split into lines at soft and hard breaks.
  ///
  /// Each line knows the source line it came from, so a paragraph that holds several
  /// `**Key:** value` lines or several timeline entries can be read line by line.
  public func inlineLines() -> [InlineLine] {
    var lines: [InlineLine] = []
    let firstLine = range?.start.line ?? 0
    var current = InlineLine(line: firstLine, column: range?.start.column ?? 1, nodes: [])
    for child in children {
      switch child.kind {
      case .softBreak, .lineBreak:
        lines.append(current)
        let next = current.line + 1
        current = InlineLine(line: next, column: 0, nodes: [])
      case .htmlInline(let html) where MarkdownNode.isBreakTag(html):
        // Exports from wikis and word processors write a paragraph's lines on one source line,
        // "14:05 deploy<br>14:10 alert": each is a line of its own, on the same source line.
        lines.append(current)
        current = InlineLine(line: current.line, column: 0, nodes: [])
      default:
        if current.column == 0 { current.column = child.range?.start.column ?? 1 }
        current.nodes.append(child)
      }
    }
    if current.column == 0 { current.column = 1 }
    lines.append(current)
    return lines.filter { !$0.nodes.isEmpty }
  }
}

/// One source line of a paragraph's inline content.
public struct InlineLine: Sendable, Hashable {
  /// The 1-based source line.
  public var line: Int
  /// The 1-based column of the line's first inline node.
  public var column: Int
  /// The inline nodes on this line.
  public var nodes: [MarkdownNode]

  /// The line's text with markup removed.
  public var plainText: String {
    nodes.map { $0.plainText() }.joined()
  }
}
