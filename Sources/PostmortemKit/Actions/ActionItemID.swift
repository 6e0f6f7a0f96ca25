/// Stable identifiers for action items.
///
/// An explicit `id:` written in the item wins. Otherwise the ID is derived from the postmortem's
/// identity (its file name without folder or extension, which outlives edits to its text) and the
/// item's normalised title, so it does not change when other items are added, removed or
/// reordered, or when unrelated text changes. Two items with the same title in one postmortem are
/// told apart by their order (`…-2`).
public enum ActionItemID {
  /// `ai-` and 12 hex digits of a 64-bit FNV-1a hash.
  public static func derive(postmortem: String, title: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (postmortem + "\u{0}" + normalize(title)).utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    return "ai-" + padded.prefix(12)
  }

  /// The postmortem's identity: its file name without folder and extension.
  public static func postmortemIdentity(file: String) -> String {
    var name = String(file.split(separator: "/").last ?? Substring(file))
    for suffix in [".markdown", ".md"] where name.lowercased().hasSuffix(suffix) {
      name.removeLast(suffix.count)
    }
    return name
  }

  /// Lower-case words of letters and digits: "Add an alert!" and "add  an ALERT" are one title.
  public static func normalize(_ title: String) -> String {
    // ASCII titles (nearly all) on bytes; the result is the same, and IDs must never change.
    if title.utf8.allSatisfy({ $0 < 0x80 }) {
      var words: [UInt8] = []
      words.reserveCapacity(title.utf8.count)
      var pendingSpace = false
      for byte in title.utf8 {
        if ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte) {
          if pendingSpace && !words.isEmpty { words.append(UInt8(ascii: " ")) }
          pendingSpace = false
          words.append(ASCIIText.lower(byte))
        } else {
          pendingSpace = true
        }
      }
      return String(decoding: words, as: UTF8.self)
    }
    return title.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
  }

  /// IDs for all items of one postmortem, in document order.
  public static func ids(for document: PostmortemDocument) -> [String] {
    let identity = postmortemIdentity(file: document.file)
    var seen: [String: Int] = [:]
    return document.actionItems.map { item in
      if let explicit = item.id?.trimmingWhitespace(), !explicit.isEmpty { return explicit }
      let base = derive(postmortem: identity, title: item.title)
      seen[base, default: 0] += 1
      return seen[base]! == 1 ? base : "\(base)-\(seen[base]!)"
    }
  }
}
