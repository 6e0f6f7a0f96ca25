import CCmarkGFM

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses Markdown with cmark-gfm into a `MarkdownNode` tree.
///
/// This is the only file that calls cmark-gfm. It registers the GFM extensions once per process,
/// attaches only the thread-safe ones (tables and task lists), converts the C tree into Swift
/// values with Unicode-scalar columns, and frees every C pointer before it returns.
public enum MarkdownParser {
  /// How deep the Swift tree may nest; deeper content is kept as text (see `Converter.convert`).
  public static let maximumDepth = 48

  /// Parses `source` into a document node.
  public static func parse(_ source: SourceText) -> MarkdownNode {
    parse(source, tables: true).tree
  }

  /// Parses `source`; `tables: false` leaves GFM tables unparsed (as text), for documents whose
  /// tables are too wide for cmark-gfm's table extension to handle in reasonable time. Reports
  /// where the tree was cut at `maximumDepth`, if it was.
  public static func parse(_ source: SourceText, tables: Bool) -> (tree: MarkdownNode, depthLimitAt: SourceLocation?) {
    // Ordinary documents take their C memory from the thread's arena (see ParseArena). Large
    // ones, whose parse frees and reuses a lot (and the hostile shapes the hardening tests
    // feed in), use the system allocator: an arena that never reuses would only grow there.
    let useArena = source.bytes.count <= arenaLimit
    let parsed = parse(source, tables: tables, memory: useArena ? ArenaAllocator.shared.memory : nil)
    if useArena { ParseArena.withCurrentThread { $0.reset() } }
    return parsed
  }

  /// Documents up to this size (several times the longest real postmortem) are parsed with
  /// the per-thread arena.
  static let arenaLimit = 64 * 1024

  private static func parse(_ source: SourceText, tables: Bool, memory: UnsafeMutablePointer<cmark_mem>?) -> (
    tree: MarkdownNode, depthLimitAt: SourceLocation?
  ) {
    let extensions = Extensions.shared
    let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
    let created = memory.map { cmark_parser_new_with_mem(options, $0) } ?? cmark_parser_new(options)
    guard let parser = created else { return (MarkdownNode(kind: .document), nil) }
    defer { cmark_parser_free(parser) }
    if tables, let table = extensions.table { cmark_parser_attach_syntax_extension(parser, table) }
    if let tasklist = extensions.tasklist { cmark_parser_attach_syntax_extension(parser, tasklist) }
    source.bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
      }
    }
    guard let root = cmark_parser_finish(parser) else { return (MarkdownNode(kind: .document), nil) }
    defer { cmark_node_free(root) }
    let converter = Converter(source: source, tasklist: extensions.tasklist)
    let tree = converter.convert(root)
    return (tree, converter.depthLimitAt.value)
  }

  /// cmark-gfm's allocator interface pointing at the calling thread's `ParseArena`; freeing is
  /// left to the arena's reset.
  private struct ArenaAllocator: @unchecked Sendable {
    let memory: UnsafeMutablePointer<cmark_mem>

    static let shared: ArenaAllocator = {
      let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
      memory.initialize(
        to: cmark_mem(
          // `size_t` arrives as `Int`: a size past `Int.max` reads as negative, and is refused.
          calloc: { count, size in
            let (total, overflow) = count.multipliedReportingOverflow(by: size)
            guard !overflow, count >= 0, size >= 0 else { return nil }
            return ParseArena.withCurrentThread { $0.allocate(total, zeroed: true) }
          },
          realloc: { pointer, size in
            guard size >= 0 else { return nil }
            return ParseArena.withCurrentThread { $0.reallocate(pointer, size) }
          },
          free: { _ in }))
      return ArenaAllocator(memory: memory)
    }()
  }

  /// Renders `markdown` to HTML with cmark-gfm's renderer in safe mode: raw HTML is replaced by a
  /// comment and `javascript:`, `vbscript:`, `file:` and `data:` links lose their target.
  public static func renderHTML(_ markdown: String) -> String {
    let extensions = Extensions.shared
    guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
    defer { cmark_parser_free(parser) }
    if let table = extensions.table { cmark_parser_attach_syntax_extension(parser, table) }
    if let tasklist = extensions.tasklist { cmark_parser_attach_syntax_extension(parser, tasklist) }
    let bytes = Array(markdown.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
      }
    }
    guard let root = cmark_parser_finish(parser) else { return "" }
    defer { cmark_node_free(root) }
    // CMARK_OPT_DEFAULT is the safe mode: CMARK_OPT_UNSAFE is never set.
    guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else {
      return ""
    }
    defer { free(html) }
    return String(cString: html)
  }

  /// The registered core extensions, looked up once: cmark-gfm's registration is not thread-safe.
  private struct Extensions: @unchecked Sendable {
    let table: OpaquePointer?
    let tasklist: OpaquePointer?

    static let shared: Extensions = {
      cmark_gfm_core_extensions_ensure_registered()
      return Extensions(
        table: cmark_find_syntax_extension("table"),
        tasklist: cmark_find_syntax_extension("tasklist"))
    }()
  }

  private struct Converter {
    let source: SourceText
    let tasklist: OpaquePointer?
    /// Where the first subtree was cut at the depth limit.
    let depthLimitAt = Box<SourceLocation?>(nil)
    /// The correction the inline nodes being converted need (see `BackslashBreaks`).
    let breaks = Box(BackslashBreaks())

    /// cmark-gfm places the inline nodes after a backslash line break ("…\" at a line's end) as
    /// if the paragraph's lines were one: on the line before, at columns that run on past its
    /// end; and every line after it one line too early. The converter counts those breaks in
    /// the paragraph being converted and moves the positions back where the source has them.
    struct BackslashBreaks {
      /// Backslash breaks so far in the paragraph: the lines its later nodes are placed too early.
      var count = 0
      /// How far right the nodes on the current line are placed, in bytes, until a line ending
      /// cmark-gfm counts (a soft break) sets the columns right again.
      var columnShift = 0
      /// Whether the next placed node opens a line after a backslash break (its shift is measured there).
      var opensLine = false
    }

    final class Box<Value> {
      var value: Value
      init(_ value: Value) { self.value = value }
    }

    func convert(_ node: OpaquePointer, depth: Int = 0) -> MarkdownNode {
      // Hostile input nests thousands deep; recursion that deep overflows thread stacks here and
      // in every walker of the Swift tree. Below the limit a subtree becomes its plain text.
      if depth >= MarkdownParser.maximumDepth, cmark_node_first_child(node) != nil {
        if depthLimitAt.value == nil { depthLimitAt.value = range(of: node)?.start }
        return MarkdownNode(
          kind: kind(of: node, cmark_node_get_type(node)), range: range(of: node),
          children: [MarkdownNode(kind: .text(flattenedText(node)))])
      }
      let type = cmark_node_get_type(node)
      // Each paragraph or heading counts its own breaks (neither holds another).
      if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
        breaks.value = BackslashBreaks()
      } else if type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_SOFTBREAK {
        noteLineEnd(node, type)
      }
      // Placed before the children, in document order, as the corrections above count.
      let ownRange = range(of: node)
      var children: [MarkdownNode] = []
      var child = cmark_node_first_child(node)
      // Sized up front: growing each node's array one child at a time was a tenth of converting.
      var childCount = 0
      while let current = child {
        childCount += 1
        child = cmark_node_next(current)
      }
      if childCount > 0 { children.reserveCapacity(childCount) }
      child = cmark_node_first_child(node)
      while let current = child {
        children.append(convert(current, depth: depth + 1))
        child = cmark_node_next(current)
      }
      return MarkdownNode(kind: kind(of: node, type), range: ownRange, children: children)
    }

    /// The text under `node`, gathered with cmark-gfm's own (iterative) iterator.
    private func flattenedText(_ node: OpaquePointer) -> String {
      guard let iterator = cmark_iter_new(node) else { return "" }
      defer { cmark_iter_free(iterator) }
      var text = ""
      while true {
        let event = cmark_iter_next(iterator)
        if event == CMARK_EVENT_DONE { break }
        guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
        switch cmark_node_get_type(current) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(current))
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
          if !text.isEmpty, text.last != " " { text += " " }
        default: break
        }
      }
      return text
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
      guard let pointer else { return "" }
      return String(cString: pointer)
    }

    private func kind(of node: OpaquePointer, _ type: cmark_node_type) -> MarkdownNode.Kind {
      switch type {
      case CMARK_NODE_DOCUMENT: return .document
      case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
      case CMARK_NODE_LIST:
        return .list(
          ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
          start: Int(cmark_node_get_list_start(node)))
      case CMARK_NODE_ITEM:
        let isTask = tasklist != nil && cmark_node_get_syntax_extension(node) == tasklist
        return .item(task: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil)
      case CMARK_NODE_CODE_BLOCK:
        // cmark writes the fence's length, offset and character whether or not they are wanted.
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
        return .codeBlock(
          info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)), fenced: fenced)
      case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
      case CMARK_NODE_PARAGRAPH: return .paragraph
      case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
      case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
      case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
      case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
      case CMARK_NODE_SOFTBREAK: return .softBreak
      case CMARK_NODE_LINEBREAK: return .lineBreak
      case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
      case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
      case CMARK_NODE_EMPH: return .emphasis
      case CMARK_NODE_STRONG: return .strong
      case CMARK_NODE_LINK:
        return .link(
          destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
      case CMARK_NODE_IMAGE:
        return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
      case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(string(cmark_node_get_literal(node)))
      default:
        // Extension node types are assigned at run time, so they are told apart by name (compared
        // as C strings: every table cell comes through here).
        guard let name = cmark_node_get_type_string(node) else { return .unknown("") }
        if strcmp(name, "table_cell") == 0 { return .tableCell }
        if strcmp(name, "table_row") == 0 {
          return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        }
        if strcmp(name, "table_header") == 0 { return .tableRow(isHeader: true) }
        if strcmp(name, "table") == 0 { return .table }
        if strcmp(name, "strikethrough") == 0 { return .strikethrough }
        return .unknown(String(cString: name))
      }
    }

    /// Counts a line break or soft break in the paragraph being converted.
    private func noteLineEnd(_ node: OpaquePointer, _ type: cmark_node_type) {
      // The line the break ends: where the node before it ends (or its parent starts), corrected.
      let before = cmark_node_previous(node)
      let reportedLine =
        before.map { cmark_node_get_end_line($0) } ?? cmark_node_get_start_line(cmark_node_parent(node))
      let line = Int(reportedLine) + breaks.value.count
      guard type == CMARK_NODE_LINEBREAK, let range = source.byteRange(ofLine: line), !range.isEmpty,
        source.bytes[range.upperBound - 1] == UInt8(ascii: "\\")
      else {
        // A soft break, or a break made by two spaces: cmark-gfm places what follows right.
        breaks.value.columnShift = 0
        breaks.value.opensLine = false
        return
      }
      breaks.value.count += 1
      breaks.value.opensLine = true
    }

    /// The byte column where the text of `line` starts, after its indentation and block-quote markers.
    private func contentStart(ofLine line: Int) -> Int {
      guard let range = source.byteRange(ofLine: line) else { return 1 }
      var index = range.lowerBound
      while index < range.upperBound,
        source.bytes[index] == UInt8(ascii: " ") || source.bytes[index] == UInt8(ascii: "\t")
          || source.bytes[index] == UInt8(ascii: ">")
      {
        index += 1
      }
      return index - range.lowerBound + 1
    }

    private func range(of node: OpaquePointer) -> SourceRange? {
      var startLine = Int(cmark_node_get_start_line(node))
      guard startLine > 0 else { return nil }
      var startColumn = max(Int(cmark_node_get_start_column(node)), 1)
      var endLine = max(Int(cmark_node_get_end_line(node)), startLine)
      var endColumn = max(Int(cmark_node_get_end_column(node)), 1)
      if breaks.value.count > 0 {
        // After a backslash break (see `BackslashBreaks`).
        let reportedStartLine = startLine
        startLine += breaks.value.count
        endLine += breaks.value.count
        if breaks.value.opensLine {
          breaks.value.columnShift = startColumn - contentStart(ofLine: startLine)
          breaks.value.opensLine = false
        }
        startColumn = max(startColumn - breaks.value.columnShift, 1)
        if endLine - breaks.value.count == reportedStartLine {
          endColumn = max(endColumn - breaks.value.columnShift, 1)
        }
      }
      return SourceRange(
        start: SourceLocation(
          line: startLine, column: source.scalarColumn(line: startLine, byteColumn: startColumn)),
        end: SourceLocation(
          line: endLine, column: source.scalarColumn(line: endLine, byteColumn: endColumn)))
    }
  }
}
