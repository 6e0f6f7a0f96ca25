/// A `<!-- postmortem-… -->` comment that turns rules off and on inside a document.
///
/// ```markdown
/// <!-- postmortem-disable action-item-due-date -->
/// <!-- postmortem-enable action-item-due-date -->
/// <!-- postmortem-disable-next-line template-placeholder, action-item-owner -->
/// ```
/// With no rule IDs, a directive applies to every rule.
public struct SuppressionDirective: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case disable = "postmortem-disable"
    case enable = "postmortem-enable"
    case disableNextLine = "postmortem-disable-next-line"
  }

  public var kind: Kind
  /// The rule IDs named; empty means every rule.
  public var rules: [String]
  public var line: Int
  public var column: Int
  /// The last line of the comment (a disable-next-line applies to the line after it).
  public var endLine: Int

  /// A comment that starts like a directive but is not a valid one.
  public struct Malformed: Sendable, Hashable {
    public var text: String
    public var reason: String
    public var location: SourceLocation
    public var length: Int
  }

  /// Finds the directives in the HTML comments of `tree`; malformed ones are returned separately
  /// so that they are reported, never silently ignored.
  public static func scan(_ tree: MarkdownNode, knownRules: Set<String>) -> (
    directives: [SuppressionDirective], malformed: [Malformed]
  ) {
    var directives: [SuppressionDirective] = []
    var malformed: [Malformed] = []
    tree.forEach { node in
      let html: String
      switch node.kind {
      case .htmlBlock(let text), .htmlInline(let text): html = text
      default: return
      }
      guard let range = node.range else { return }
      var searchStart = html.startIndex
      while let open = html[searchStart...].range(of: "<!--") {
        guard let close = html[open.upperBound...].range(of: "-->") else { break }
        let body = html[open.upperBound..<close.lowerBound].trimmingWhitespace()
        searchStart = close.upperBound
        guard body.lowercased().hasPrefix("postmortem"), !body.hasPrefix(PostmortemParser.profileDirective) else {
          continue
        }
        // The comment's own line: count the newlines before it inside the HTML node.
        let lineOffset = html[..<open.lowerBound].filter { $0 == "\n" }.count
        let commentLines = html[open.lowerBound..<close.upperBound].filter { $0 == "\n" }.count
        let line = range.start.line + lineOffset
        let column = lineOffset == 0 ? range.start.column : 1
        let location = SourceLocation(line: line, column: column)
        let length = html[open.lowerBound..<close.upperBound].unicodeScalars.count
        let words = body.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }.map(String.init)
        guard let keyword = words.first, let kind = Kind(rawValue: keyword) else {
          let name = words.first ?? body
          let known = Kind.allCases.map(\.rawValue)
          malformed.append(
            Malformed(
              text: body, reason: "unknown directive '\(name)'\(Suggestion.hint(for: name, among: known))",
              location: location, length: length))
          continue
        }
        let rules = Array(words.dropFirst())
        if let unknown = rules.first(where: { !knownRules.contains($0) }) {
          malformed.append(
            Malformed(
              text: body,
              reason:
                "unknown rule '\(unknown)' in \(keyword)\(Suggestion.hint(for: unknown, among: Array(knownRules)))",
              location: location, length: length))
          continue
        }
        directives.append(
          SuppressionDirective(kind: kind, rules: rules, line: line, column: column, endLine: line + commentLines))
      }
    }
    return (directives.sorted { $0.line < $1.line }, malformed)
  }

  /// Whether the directives, in order, suppress a finding of `rule` on `line`.
  public static func suppresses(_ directives: [SuppressionDirective], rule: String, line: Int) -> Bool {
    var disabled = false
    for directive in directives where directive.line <= line {
      guard directive.rules.isEmpty || directive.rules.contains(rule) else { continue }
      switch directive.kind {
      case .disable: disabled = true
      case .enable: disabled = false
      case .disableNextLine: if directive.endLine + 1 == line { return true }
      }
    }
    return disabled
  }
}
