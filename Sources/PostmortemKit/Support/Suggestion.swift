/// "Did you mean …?" for misspelt names: the closest candidate by edit distance.
public enum Suggestion {
  /// `"; did you mean 'x'?"`, or an empty string when nothing is close.
  public static func hint(for word: String, among candidates: [String]) -> String {
    guard let best = nearest(to: word, among: candidates) else { return "" }
    return "; did you mean '\(best)'?"
  }

  /// The candidate the word starts, else the one within a third of its length in edits, if any.
  public static func nearest(to word: String, among candidates: [String]) -> String? {
    // A shortened name ("tolerance" for "tolerance_minutes") is the likeliest mistake of all.
    let lower = word.lowercased()
    if lower.count >= 4, let prefixed = candidates.sorted().first(where: { $0.lowercased().hasPrefix(lower) }) {
      return prefixed
    }
    let limit = max(2, word.count / 3)
    let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= limit else { return nil }
    return best.0
  }

  /// Levenshtein distance.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
