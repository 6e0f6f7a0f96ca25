import Foundation
import Testing

@testable import PostmortemKit

/// The hand-written JSON of findings and action items must stay the exact text `JSONEncoder`
/// produces, which the golden files and downstream tools rely on.
@Suite struct PrettyJSONTests {
  /// Strings that exercise every escape: quotes, backslashes, every control character, slashes
  /// and non-ASCII text.
  static let awkward: [String] = [
    "plain", "", "say \"hi\" \\ back/slash", "tab\there\nnew line\r\u{8}\u{C}",
    String((0..<32).map { Character(Unicode.Scalar($0)!) }), "ünïcødé — 🚒 \u{7F} \u{2028}",
  ]

  @Test(arguments: awkward)
  func findingsMatchJSONEncoder(_ text: String) throws {
    let finding = Finding(
      rule: "rule-\(text)", level: .warning, message: text, file: "dir/\(text).md",
      range: SourceRange(start: SourceLocation(line: 3, column: 7), end: SourceLocation(line: 4, column: 1)))
    let expected = try JSONOutput.encode(finding, pretty: true)
    #expect(finding.prettyJSON() == expected)
    let array = try JSONOutput.encode([finding, finding], pretty: true) + "\n"
    #expect(JSONOutput.prettyArray([finding, finding]) == array)
  }

  /// Numbers written digit by digit: every length, zero, negatives and the extremes.
  @Test(arguments: [0, 1, 9, 10, 99, 100, 12_345, -1, -10, Int.max, Int.min, Int.min + 1])
  func numbersMatchJSONEncoder(_ value: Int) throws {
    let finding = Finding(
      rule: "r", level: .error, message: "m", file: "f.md",
      range: SourceRange(start: SourceLocation(line: value, column: 1), end: SourceLocation(line: 2, column: value)))
    #expect(finding.prettyJSON(indent: 70) == (try JSONOutput.encode(finding, pretty: true)).reindented(by: 70))
  }

  /// Nested objects and arrays of objects, empty or not, in both forms.
  @Test func nestingMatchesJSONEncoder() throws {
    struct Inner: Encodable {
      var b: Int?
      var c: String
    }
    struct Outer: Encodable {
      var a: [Inner]
      var d: Inner
      var e: [Inner]

      func write(to writer: inout PrettyJSONWriter) {
        writer.field("a", objects: a.count) { index, element in
          element.field("b", a[index].b)
          element.field("c", a[index].c)
        }
        writer.field("d") { nested in
          nested.field("b", d.b)
          nested.field("c", d.c)
        }
        writer.field("e", objects: e.count) { _, _ in }
      }
    }
    let value = Outer(a: [Inner(b: 1, c: "x"), Inner(b: -2, c: "\"y\"")], d: Inner(b: 3, c: "z"), e: [])
    var pretty = PrettyJSONWriter(indent: 0)
    value.write(to: &pretty)
    #expect(pretty.finish() == (try JSONOutput.encode(value, pretty: true)))
    var compact = PrettyJSONWriter.compact()
    value.write(to: &compact)
    #expect(compact.finish() == (try JSONOutput.encode(value, pretty: false)))
  }

  @Test func emptyArrayMatchesJSONEncoder() throws {
    #expect(JSONOutput.prettyArray([Finding]()) == (try JSONOutput.encode([Finding](), pretty: true)) + "\n")
  }

  @Test(arguments: awkward)
  func actionItemsMatchJSONEncoder(_ text: String) throws {
    let full = RolledUpItem(
      id: "AI-\(text)", title: text, description: text, done: true, status: text, owner: text,
      due: CalendarDate(year: 2024, month: 2, day: 29), dueRaw: text, ticket: text, priority: text, type: text,
      group: text, line: 12, overdue: false,
      postmortem: RolledUpItem.Postmortem(
        file: text, title: text, date: CalendarDate(year: 2023, month: 1, day: 2), severity: text, severityRank: 0))
    let empty = RolledUpItem(
      id: "x", title: text, description: nil, done: false, status: nil, owner: nil, due: nil, dueRaw: nil,
      ticket: nil, priority: nil, type: nil, group: nil, line: 1, overdue: true,
      postmortem: RolledUpItem.Postmortem(file: text, title: nil, date: nil, severity: nil, severityRank: nil))
    for item in [full, empty] {
      #expect(item.prettyJSON() == (try JSONOutput.encode(item, pretty: true)))
      #expect(item.compactJSON() == (try JSONOutput.encode(item, pretty: false)))
    }
    #expect(JSONOutput.prettyArray([full, empty]) == (try JSONOutput.encode([full, empty], pretty: true)) + "\n")
  }
}

extension String {
  /// The text with every line after the first moved right by `count` spaces, as an object
  /// nested at that indent is written.
  func reindented(by count: Int) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .map { $0.offset == 0 ? String($0.element) : String(repeating: " ", count: count) + $0.element }
      .joined(separator: "\n")
  }
}
