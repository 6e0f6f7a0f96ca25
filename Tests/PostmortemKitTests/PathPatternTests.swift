import Testing

@testable import PostmortemKit

/// `exclude` patterns, matched as `.gitignore` matches them.
@Suite struct PathPatternTests {
  @Test(arguments: [
    ("README.md", "README.md", true), ("README.md", "2024/README.md", true), ("README.md", "README.mdx", false),
    ("_*.md", "2024/_template.md", true), ("_*.md", "2024/a_b.md", false), ("drafts", "drafts/wip.md", true),
    ("drafts", "2024/drafts/wip.md", true), ("drafts", "drafts.md", false), ("drafts/*.md", "2024/drafts/a.md", true),
    ("drafts/*.md", "drafts/x/a.md", false), ("archive/**", "archive/2019/q1/a.md", true),
    ("archive/**/a.md", "archive/a.md", true), ("archive/**/a.md", "x/archive/2019/a.md", true),
    ("2024-0?-*.md", "2024-03-02-dns.md", true), ("2024-0?-*.md", "2024-11-02-dns.md", false),
    ("./docs/", "docs/a.md", true), ("*", "a.md", true),
  ])
  func matches(_ pattern: String, _ path: String, _ expected: Bool) {
    #expect(PathPattern(pattern).matches(relativePath: path) == expected, "\(pattern) ~ \(path)")
  }

  /// Stars that cannot match are given up after one pass per star, not tried in every
  /// combination (which would not finish for this name).
  @Test func hostileStarsAreGivenUp() {
    let name = String(repeating: "a", count: 20_000)
    #expect(!PathPattern(String(repeating: "*a", count: 50) + "b").matches(relativePath: name))
    #expect(PathPattern(String(repeating: "*a", count: 50)).matches(relativePath: name))
  }
}
