/// Text saved as UTF-8, read back as Windows-1252 (or its Turkish twin, Windows-1254) and saved
/// again: "ğŸ“ˆ Timeline" for "📈 Timeline", "âœ… Action Items" for "✅ Action Items". Templates
/// passed through such an editor keep their headings in this form.
enum Mojibake {
  /// The text to read in place of `text` when it was misread: repaired, else without the
  /// misread characters that open it; nil when it was not misread.
  static func readable(_ text: String) -> String? {
    repaired(text) ?? strippingMisreadLead(text)
  }

  /// The text as it was before the wrong reading, when its characters are all bytes of those code
  /// pages that together make valid UTF-8 holding a symbol or emoji (what such headings open
  /// with; "é–" would make a letter of another script); nil otherwise.
  static func repaired(_ text: String) -> String? {
    guard mayBeMisread(text) else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        bytes.append(UInt8(value))
      } else if value <= 0xFF {
        // Latin-1's own letters, and the C1 controls some readers leave for bytes that
        // Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D).
        bytes.append(UInt8(value))
      } else if let byte = codePageBytes[value] {
        bytes.append(byte)
      } else {
        return nil
      }
    }
    guard let repaired = String(validating: bytes, as: UTF8.self), repaired != text,
      repaired.unicodeScalars.contains(where: { $0.value >= 0x2000 && !$0.properties.isAlphabetic })
    else { return nil }
    return repaired
  }

  /// The text without the misread characters that open it, when a misreading lost some of its
  /// bytes on the way ("ğŸ§ Impact": the no-break space that ended 🧠 became a space) and so cannot
  /// be repaired; nil when the text does not open so.
  static func strippingMisreadLead(_ text: String) -> String? {
    let scalars = text.unicodeScalars
    // An emoji's first two bytes (F0 9F: "ðŸ", "ğŸ"), or a symbol's (E2 and a byte 0x80–0xBF).
    var opening = scalars.makeIterator()
    guard let first = opening.next(), let second = opening.next(),
      ((first.value == 0xF0 || first.value == 0x011F) && second.value == 0x0178)
        || (first.value == 0xE2 && (codePageBytes[second.value] != nil || (0x80...0xBF).contains(second.value)))
    else { return nil }
    guard let start = scalars.firstIndex(where: { $0.isASCII && $0.properties.isAlphabetic }),
      scalars[..<start].allSatisfy({ !$0.isASCII || $0 == " " })
    else { return nil }
    return String(scalars[start...])
  }

  /// Whether a UTF-8 lead byte read as a character (Â to ô, ğ) stands before a character that a
  /// continuation byte reads as: the mark of a misreading, looked for before anything is copied.
  private static func mayBeMisread(_ text: String) -> Bool {
    var previousIsLead = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if previousIsLead, (0x80...0xBF).contains(value) || codePageBytes[value].map({ $0 < 0xC0 }) == true {
        return true
      }
      previousIsLead = (0xC2...0xF4).contains(value) || value == 0x011F || value == 0x011E
    }
    return false
  }

  /// The characters Windows-1252 gives bytes 0x80–0x9F, and those Windows-1254 gives in place of
  /// Latin-1's Ð Ý Þ ð ý þ; each with its byte.
  private static let codePageBytes: [UInt32: UInt8] = [
    0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
    0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
    0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
    0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    0x011E: 0xD0, 0x0130: 0xDD, 0x015E: 0xDE, 0x011F: 0xF0, 0x0131: 0xFD, 0x015F: 0xFE,
  ]
}
