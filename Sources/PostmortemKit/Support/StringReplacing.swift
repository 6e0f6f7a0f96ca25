extension StringProtocol {
  /// Every occurrence of `target` replaced by `replacement`, on UTF-8 bytes and without
  /// Foundation, whose string search is slow on Linux (it goes through CFString).
  public func replacingEvery(_ target: String, with replacement: String) -> String {
    var bytes = Array(utf8)
    let needle = Array(target.utf8)
    guard !needle.isEmpty, UTF8Scan.firstOffset(of: needle, in: bytes) != nil else { return String(self) }
    UTF8Scan.replaceEvery(needle, with: Array(replacement.utf8), in: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
