/// A pattern naming files to leave out of a folder walk, as `.gitignore` writes them:
/// `README.md`, `_*.md`, `drafts`, `2024/drafts/*.md`, `archive/**`.
///
/// A pattern without `/` matches the name of the file or of any folder it sits in below the folder
/// walked. A pattern with `/` matches the end of the file's path below that folder, folder by
/// folder. `*` stands for any run of characters within one name, `?` for one character, and `**`
/// for any number of folders.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public let description: String
  private let segments: [[UInt8]]
  private let matchesAnyName: Bool

  public init(_ pattern: String) {
    description = pattern
    var trimmed = Substring(pattern)
    while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
    while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    let parts = trimmed.split(separator: "/", omittingEmptySubsequences: true)
    segments = parts.map { Array($0.utf8) }
    matchesAnyName = parts.count == 1
  }

  /// Whether the file at `relativePath` (below the folder walked, `/`-separated) is left out.
  public func matches(relativePath: String) -> Bool {
    let names = relativePath.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
    guard !segments.isEmpty, !names.isEmpty else { return false }
    if matchesAnyName {
      return names.contains { PathPattern.name($0[...], matches: segments[0][...]) }
    }
    // The pattern may start at any folder: "drafts/*.md" leaves out "2024/drafts/a.md".
    return names.indices.contains { PathPattern.names(names[$0...], match: segments[...]) }
  }

  /// Whether `names` (to the end of the path) match `pattern`, `**` taking any number of names.
  private static func names(_ names: ArraySlice<[UInt8]>, match pattern: ArraySlice<[UInt8]>) -> Bool {
    guard let first = pattern.first else { return names.isEmpty }
    if first == Array("**".utf8) {
      let rest = pattern.dropFirst()
      // Bounded by the path's depth: at most one try per remaining name.
      return (names.startIndex...names.endIndex).contains { Self.names(names[$0...], match: rest) }
    }
    guard let name = names.first, Self.name(name[...], matches: first[...]) else { return false }
    return Self.names(names.dropFirst(), match: pattern.dropFirst())
  }

  /// Whether one name matches one segment with `*` and `?`: the classic greedy match with one
  /// backtrack point, linear in practice and never exponential.
  private static func name(_ name: ArraySlice<UInt8>, matches pattern: ArraySlice<UInt8>) -> Bool {
    var n = name.startIndex
    var p = pattern.startIndex
    var starAt: Int?
    var resumeAt = n
    while n < name.endIndex {
      if p < pattern.endIndex, pattern[p] == UInt8(ascii: "?") || pattern[p] == name[n] {
        n += 1
        p += 1
      } else if p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") {
        starAt = p
        resumeAt = n
        p += 1
      } else if let star = starAt {
        p = star + 1
        resumeAt += 1
        n = resumeAt
      } else {
        return false
      }
    }
    while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") { p += 1 }
    return p == pattern.endIndex
  }
}
