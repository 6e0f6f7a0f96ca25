extension StringProtocol {
  /// Every occurrence of `target` replaced by `replacement`, on UTF-8 bytes and without
  /// Foundation, whose string search is slow on Linux (it goes through CFString).
  public func replacingEvery(_ target: String, with replacement: String) -> String {
    let bytes = Array(utf8)
    let needle = Array(target.utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return String(self) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    let replacementBytes = Array(replacement.utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == needle[0], index + needle.count <= bytes.count,
        bytes[index..<(index + needle.count)].elementsEqual(needle)
      {
        output += replacementBytes
        index += needle.count
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
