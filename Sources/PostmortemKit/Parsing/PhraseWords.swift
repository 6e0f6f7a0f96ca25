/// A phrase's words, lower-cased (ASCII letters; other bytes of 0x80 and above kept), in one
/// buffer with a space after each word.
///
/// The milestone table holds some 640 phrases and is built when the first timeline entry is
/// read; an array per word made that a tenth of a one-file lint's own work. One buffer per phrase
/// is one allocation, and the words are compared in place.
struct PhraseWords: Sendable, Hashable {
  /// The words, each followed by one space.
  let bytes: [UInt8]
  /// How many words the phrase has.
  let count: Int

  /// The words of `phrase`: runs of letters (or bytes of 0x80 and above), as `ASCIIText.words`
  /// splits them.
  init(_ phrase: String) {
    var text = phrase
    var count = 0
    // Written into place: appending byte by byte cost more than the rest of the table.
    bytes = text.withUTF8 { source in
      [UInt8](unsafeUninitializedCapacity: source.count + 1) { buffer, written in
        var inWord = false
        for byte in source {
          if ASCIIText.isLetter(byte) || byte >= 0x80 {
            buffer[written] = ASCIIText.isUpper(byte) ? byte + 32 : byte
            inWord = true
          } else if inWord {
            buffer[written] = UInt8(ascii: " ")
            count += 1
            inWord = false
          } else {
            continue
          }
          written += 1
        }
        if inWord {
          buffer[written] = UInt8(ascii: " ")
          written += 1
          count += 1
        }
      }
    }
    self.count = count
  }

  /// The first word, as a table key.
  var firstWord: [UInt8] {
    Array(bytes.prefix { $0 != UInt8(ascii: " ") })
  }

  /// Whether the word that starts at byte `offset` of the phrase is `word`; the offset of the
  /// next word is `offset + word.count + 1`.
  func hasWord(_ word: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    let end = offset + word.count
    guard end < bytes.count, bytes[end] == UInt8(ascii: " ") else { return false }
    for index in 0..<word.count where bytes[offset + index] != word[index] { return false }
    return true
  }
}
