/// Stable identifiers for action items.
///
/// An explicit `id:` written in the item wins (a bare number, a table's row number, or an item
/// number such as `AI-1` is qualified by the postmortem: `2024-01-04-slack#2`). Otherwise the ID
/// is derived from the postmortem's identity (its file name without folder or extension, which
/// outlives edits to its text) and the item's normalised title, so it does not change when other
/// items are added, removed or reordered, or when unrelated text changes. Two items with the same title in one postmortem are
/// told apart by their order (`…-2`).
public enum ActionItemID {
  /// `ai-` and 12 hex digits of a 64-bit FNV-1a hash of the postmortem's identity, a NUL and the
  /// normalised title.
  public static func derive(postmortem: String, title: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    for byte in postmortem.utf8 { mix(byte) }
    mix(0)
    for byte in normalizedBytes(title) { mix(byte) }
    // The hash's first 12 hex digits, leading zeros included, written in place.
    return String(unsafeUninitializedCapacity: 15) { buffer in
      buffer[0] = UInt8(ascii: "a")
      buffer[1] = UInt8(ascii: "i")
      buffer[2] = UInt8(ascii: "-")
      for index in 0..<12 { buffer[3 + index] = hexDigits[Int((hash >> UInt64(60 - 4 * index)) & 0xF)] }
      return 15
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// The postmortem's identity: its file name without folder and extension.
  public static func postmortemIdentity(file: String) -> String {
    // ASCII paths (nearly all) on bytes; others as the definition below reads them.
    guard file.utf8.allSatisfy({ $0 < 0x80 }) else { return identityByCharacters(file: file) }
    var name = Array(file.utf8)
    // The last non-empty component between slashes.
    while name.last == UInt8(ascii: "/") { name.removeLast() }
    guard !name.isEmpty else { return file }
    if let slash = name.lastIndex(of: UInt8(ascii: "/")) { name.removeSubrange(...slash) }
    for suffix in [".markdown", ".md"] {
      let suffix = Array(suffix.utf8)
      if name.count >= suffix.count, zip(name.suffix(suffix.count), suffix).allSatisfy({ ASCIIText.lower($0) == $1 }) {
        name.removeLast(suffix.count)
      }
    }
    return String(decoding: name, as: UTF8.self)
  }

  /// `postmortemIdentity` for any path, on characters: the definition the byte path follows.
  static func identityByCharacters(file: String) -> String {
    var name = String(file.split(separator: "/").last ?? Substring(file))
    for suffix in [".markdown", ".md"] where name.lowercased().hasSuffix(suffix) {
      name.removeLast(suffix.count)
    }
    return name
  }

  /// Lower-case words of letters and digits: "Add an alert!" and "add  an ALERT" are one title.
  public static func normalize(_ title: String) -> String {
    String(decoding: normalizedBytes(title), as: UTF8.self)
  }

  /// `normalize` as UTF-8 bytes.
  private static func normalizedBytes(_ title: String) -> [UInt8] {
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
      return words
    }
    return Array(title.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ").utf8)
  }

  /// Whether an explicit ID only numbers the items of its postmortem: `3`, `AI-1`, `AR-2`, `A3`.
  static func isLocalNumber(_ id: String) -> Bool {
    // Every item's ticket comes here ("OPS-42"): the first letter rules most out.
    guard let first = id.utf8.first, ASCIIText.isDigit(first) || localInitials.contains(first | 0x20) else {
      return false
    }
    let bytes = Array(id.utf8)
    let letters = bytes.prefix(while: ASCIIText.isLetter)
    var rest = bytes.dropFirst(letters.count)
    if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "_") || rest.first == UInt8(ascii: " ") {
      rest = rest.dropFirst()
    }
    guard !rest.isEmpty, rest.allSatisfy(ASCIIText.isDigit) else { return false }
    return letters.isEmpty || localPrefixes.contains(String(decoding: letters, as: UTF8.self).uppercased())
  }

  /// Prefixes teams number a postmortem's own items with (action item, action required, follow-up).
  private static let localPrefixes: Set<String> = ["AI", "A", "AR", "ACT", "ACTION", "FU", "ITEM"]
  /// Their first letters, lower case.
  private static let localInitials = Set(localPrefixes.map { $0.utf8.first! | 0x20 })

  /// IDs for all items of one postmortem, in document order.
  public static func ids(for document: PostmortemDocument) -> [String] {
    let identity = postmortemIdentity(file: document.file)
    var seen: [String: Int] = [:]
    return document.actionItems.map { item in
      if let explicit = item.id?.trimmingWhitespace(), !explicit.isEmpty {
        // A bare number ("| # |" column: 1, 2, 3) or an item number ("AI-1", "A2") counts items
        // of this postmortem only; across a roll-up it names the item within its postmortem.
        return isLocalNumber(explicit) ? "\(identity)#\(explicit)" : explicit
      }
      let base = derive(postmortem: identity, title: item.title)
      seen[base, default: 0] += 1
      return seen[base]! == 1 ? base : "\(base)-\(seen[base]!)"
    }
  }
}
