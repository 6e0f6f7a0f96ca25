import Testing

@testable import PostmortemKit

/// The front-matter shortcut must give exactly the fields Yams gives, or step aside.
@Suite struct FlatYAMLReaderTests {
  /// Line shapes front matter is written in, the simple ones and their near misses.
  private static let keys = ["title", "date", "severity", "authors", "last_update.date", "x-team", "2024", "-k", ".k"]
  private static let values = [
    "Search outage", "2024-03-02", "SEV2", "14:00", "no", "~", "null", "a: b", "a:b", "a #b", "a#b", "'quoted'",
    "\"quoted\"", "&anchor x", "*alias", "!tag x", "|", ">", "- x", "-5", "?x", "%x", "@x", "`x`", "x:", "{a: 1}",
    "[ana, bo]", "[ana,bo]", "[]", "[ ]", "[ana, ]", "[ana, [bo]]", "[a: b]", "[ana] x", "[ana]  ", "[-x]",
    "[ana, bo #c]", "José", "x\ty", "x\r", "x  ", "  x", "a, b", "a{b}", "50%", "C#", "x # comment", "",
    "\"2024-03-02: Search outage\"", "'a: b # c'", "'it''s'", "'it's'", "''", "\"\"", "\"a \\\"b\\\" c\"",
    "\"a\\nb\"", "\"open", "'open", "\"a\" b", "'a' # c", "\"x\"  ", "\"[ana]\"", "\"José — ok\"", "— dash",
    "Zoë Ünal", "x\u{2028}y", "x\u{85}y", "\u{FEFF}x", "🔥 hot", "'🔥'", "\"\u{2029}\"",
  ]
  private static let others = [
    "", "   ", "# comment", "  # indented comment", "  - item", "- item", "  - item two", "    - deeper",
    "  continued", "  -", "-", "key : v", "key:v", "dup: 1", "dup: 2", "%YAML 1.2", "  - [a, b]", "  - a: b",
    "  - 'q'", "  - \"q: r\"", "  - 'it''s'", "  - José",
  ]

  private static func line(_ random: inout TestRandom) -> String {
    if random.next(3) == 0 { return others[random.next(others.count)] }
    let value = values[random.next(values.count)]
    let key = keys[random.next(keys.count)]
    return value.isEmpty ? key + ":" + String(repeating: " ", count: random.next(2)) : key + ": " + value
  }

  private static func check(_ body: String, firstLine: Int = 2) -> Bool {
    guard let fast = FlatYAMLReader.fields(body, firstLine: firstLine) else { return false }
    let (yams, error) = FrontMatterReader.composeYAML(body, firstLine: firstLine)
    #expect(error == nil, "\(body.debugDescription): Yams failed where the shortcut read fields")
    #expect(fast == yams, "\(body.debugDescription)")
    return true
  }

  @Test func shortcutMatchesYamsOnRandomFrontMatter() {
    var random = TestRandom(seed: 29)
    var read = 0
    for _ in 0..<8000 {
      let body = (0..<(1 + random.next(6))).map { _ in FlatYAMLReaderTests.line(&random) }.joined(separator: "\n")
      if FlatYAMLReaderTests.check(body, firstLine: 1 + random.next(4)) { read += 1 }
    }
    // Both sides of the comparison must be exercised.
    #expect(read > 400)
    #expect(read < 7600)
  }

  @Test func shortcutReadsTheUsualShapes() {
    let usual = [
      "title: Search outage\ndate: 2024-03-02\nseverity: SEV2\nauthors: [Ana, Bo]\ntags: [db, cache]",
      "title: Search outage\nauthors:\n  - Ana\n  - Bo\nstatus: draft",
      "authors:\n- Ana\n- Bo",
      "# generated\ntitle: x\n\nseverity:\nimpact: 20% of requests failed for 14:00-15:00",
      "severity: SEV2   \ntags: [ ]\n",
      "title: \"2024-03-02: Elevated errors\"\nauthors:\n  - 'Ana Ortiz'\n  - José",
      "title: 'It''s down — again'\nstatus: \"\"",
    ]
    for body in usual { #expect(FlatYAMLReaderTests.check(body), "\(body.debugDescription) was not read") }
  }

  @Test func shortcutStepsAsideForEverythingElse() {
    let unusual = [
      "title: \"Quo\\\"ted\\\"\"", "title: 'a' b", "title: a: b", "title: a # note", "title: one\n  two",
      "authors:\n  - a\n   - b",
      "x: 1\nx: 2", "title: x\u{2028}y", "title:\tx", "key:value", "- a\n- b", "anchor: &a x\ncopy: *a",
      "title: x\r\ndate: y", "last: {date: 2024-03-02, author: ana}", "a:\n  b: 1",
    ]
    for body in unusual { #expect(FlatYAMLReader.fields(body, firstLine: 2) == nil, "\(body.debugDescription)") }
  }
}
