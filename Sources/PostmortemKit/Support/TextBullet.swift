/// A list's bullet written as text where Markdown read no list: Google Docs' export escapes its
/// bullets and numbers ("\- 09:10 …", "1\. Add an alert"), and some type "•" themselves.
enum TextBullet {
  /// The length in bytes of the bullet that opens `line` and the space after it ("- ", "• "; a
  /// number, "1. " or "2) ", when `numbered`), or nil when none does.
  static func length(in line: String, numbered: Bool) -> Int? {
    let bytes = line.utf8
    guard let first = bytes.first else { return nil }
    var marker = 0
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      marker = 1
    } else if bytes.starts(with: "•".utf8) {
      marker = 3
    } else if numbered, ASCIIText.isDigit(first) {
      let digits = bytes.prefix(while: ASCIIText.isDigit).count
      guard digits <= 3, let after = bytes.dropFirst(digits).first,
        after == UInt8(ascii: ".") || after == UInt8(ascii: ")")
      else { return nil }
      marker = digits + 1
    } else {
      return nil
    }
    let rest = bytes.dropFirst(marker)
    guard rest.first == UInt8(ascii: " "), let next = rest.dropFirst().first, next != UInt8(ascii: " ") else {
      return nil
    }
    return marker + 1
  }
}
