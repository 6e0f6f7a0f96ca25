import PostmortemKit

/// Which linter judges each file: the few distinct linters (one per configuration file) and an
/// index per file, so that a large archive costs a table entry per file, not a linter copy.
struct LinterTable: Sendable {
  private var linters: [Linter] = []
  private var indexByFile: [String: Int] = [:]

  /// Records that `file` is judged by `linters[index]` (see `add`).
  mutating func assign(_ file: String, to index: Int) { indexByFile[file] = index }

  /// Adds a linter and returns its index.
  mutating func add(_ linter: Linter) -> Int {
    linters.append(linter)
    return linters.count - 1
  }

  /// The linter for `file` ("-" for standard input), or nil when its configuration failed.
  func linter(for file: String) -> Linter? { indexByFile[file].map { linters[$0] } }
}
