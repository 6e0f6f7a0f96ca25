import Testing

@testable import PostmortemKit

/// The byte-level shortcuts of the trimming helpers must cut exactly where the character-level
/// definitions cut, wherever combining marks, CR LF and prepended characters stand.
@Suite struct StringHelpersTests {
  private static let pieces: [String] = [
    ":", "[", "]", "*", "_", "`", " ", "\n", "\r", "\r\n", "\t", "a", "é", "e\u{301}", ":\u{301}", "\u{600}",
    "🔥", "\u{00A0}", "—",
  ]

  private static func sample(_ random: inout TestRandom) -> String {
    (0..<random.next(7)).map { _ in pieces[random.next(pieces.count)] }.joined()
  }

  @Test func trimmingCharactersCutsWhereCharactersEnd() {
    var random = TestRandom(seed: 7)
    for set in [":", "[]()*_`", ":\n", " \t"] {
      for _ in 0..<3000 {
        let text = StringHelpersTests.sample(&random)
        var slice = Substring(text)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        #expect(text.trimmingCharacters(in: set) == String(slice), "\(text.unicodeScalars.map(\.value))")
      }
    }
  }

  @Test func trimmingWhitespaceMatchesCharacterProperties() {
    var random = TestRandom(seed: 11)
    for _ in 0..<3000 {
      let text = StringHelpersTests.sample(&random)
      var slice = Substring(text)
      while let first = slice.first, first.isWhitespace { slice.removeFirst() }
      while let last = slice.last, last.isWhitespace { slice.removeLast() }
      #expect(text.trimmingWhitespace() == String(slice), "\(text.unicodeScalars.map(\.value))")
      #expect(text[...].trimmingWhitespace() == String(slice), "\(text.unicodeScalars.map(\.value))")
    }
  }
}

extension StringHelpersTests {
  /// The byte path that normalises ASCII headings, and headings whose other characters are
  /// neither letters nor digits (dashes, emoji, other scripts' digits), agrees with the
  /// scalar-by-scalar definition.
  @Test func asciiHeadingsNormaliseAsTheDefinitionSays() {
    var random = TestRandom(seed: 3)
    let pieces = [
      "1", "2.", "10", " ", "  ", ".", ":", "-", "#", "Time", "line", "ROOT", "cause", "(UTC)", "3)", "iv", "_",
      "—", "–", "🕐", "✅ ", "\u{FE0F}", "٣", "·", "Ü", "é", "ℹ️ ",
    ]
    for _ in 0..<3000 {
      let heading = (0..<random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined()
      #expect(SectionKind.normalize(heading) == SectionKind.normalizeScalars(heading), "\(heading)")
    }
  }
}

extension StringHelpersTests {
  /// The heading and metadata-key names are looked up as normalised text, and their tables are
  /// built from the names as written: a name not written normalised ("started_at", "Root Cause")
  /// could never be found.
  @Test func knownNamesAreWrittenNormalised() {
    let headings = SectionKind.aliases.flatMap(\.1)
    #expect(headings.count > 300)
    for name in headings { #expect(SectionKind.normalize(name) == name, "\(name)") }
    #expect(MetadataKey.names.count > 150)
    for name in MetadataKey.names { #expect(MetadataKey.normalize(name) == name, "\(name)") }
  }
}
