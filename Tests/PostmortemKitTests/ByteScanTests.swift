import Foundation
import Testing

@testable import PostmortemKit

/// The word-at-a-time scans over raw file bytes must agree with the obvious byte-by-byte
/// definitions, wherever line ends, pipes, NULs and multi-byte characters fall in a word.
@Suite struct ByteScanTests {
  /// Deterministic pseudo-random bytes drawn mostly from the interesting ones.
  /// With `lineFeedsOnly`, the only line end is a rare LF (long lines, as most files have).
  private static func sample(seed: UInt64, length: Int, lineFeedsOnly: Bool = false) -> [UInt8] {
    var random = TestRandom(seed: seed)
    let characters: [[UInt8]] = [
      [UInt8(ascii: "a")], [UInt8(ascii: " ")], [UInt8(ascii: "|")], [UInt8(ascii: "|")],
      Array("é".utf8), Array("—".utf8), Array("🔥".utf8), [UInt8(ascii: "x")], [UInt8(ascii: "\t")],
    ]
    let alphabet =
      lineFeedsOnly
      ? characters + Array(repeating: [UInt8(ascii: "-")], count: 200) + [[0x0A]]
      : characters + [[0x0A], [0x0D], [0x0D, 0x0A]]
    var bytes: [UInt8] = []
    while bytes.count < length { bytes += alphabet[random.next(alphabet.count)] }
    return bytes
  }

  /// Samples 1...300 are short, with every kind of line end; later ones are long and LF-only,
  /// with lines past the table-column limit, where pipes are counted.
  private static func sample(seed: Int) -> [UInt8] {
    seed <= 300
      ? sample(seed: UInt64(seed), length: seed % 97)
      : sample(seed: UInt64(seed), length: 200 + seed * 3, lineFeedsOnly: true)
  }

  @Test func sourceTextAgreesWithALineByLineReading() {
    var samplesWithCountedPipes = 0
    for seed in 1...400 {
      let bytes = ByteScanTests.sample(seed: seed)
      let source = SourceText(bytes: bytes)
      // The reference: split on CRLF, CR or LF.
      var lines: [[UInt8]] = [[]]
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == 0x0A || byte == 0x0D {
          if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
          lines.append([])
        } else {
          lines[lines.count - 1].append(byte)
        }
        index += 1
      }
      let mostPipes =
        lines.filter { line in
          line.count > InputGuard.maximumTableColumns
            && line.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }.map { "|-:".utf8.contains($0) }
              == true
        }
        .map { line in line.filter { $0 == UInt8(ascii: "|") }.count }.max() ?? 0
      #expect(source.mostPipesOnALongDelimiterLine == mostPipes, "seed \(seed)")
      if mostPipes > 0 { samplesWithCountedPipes += 1 }
      #expect(source.hasCarriageReturns == bytes.contains(0x0D), "seed \(seed)")
      for (number, line) in lines.enumerated() {
        #expect(source.line(number + 1) == String(decoding: line, as: UTF8.self), "seed \(seed) line \(number + 1)")
        // Columns count scalars: the last byte of the line is in the column of its last scalar.
        let scalars = String(decoding: line, as: UTF8.self).unicodeScalars.count
        if !line.isEmpty {
          #expect(source.scalarColumn(line: number + 1, byteColumn: line.count) == scalars, "seed \(seed)")
        }
      }
    }
    // The long samples must exercise the counting, not only the lines it skips.
    #expect(samplesWithCountedPipes > 20)
  }

  /// Blanking front-matter lines reuses the line index: it must read exactly as the blanked
  /// bytes indexed afresh, pipes and columns included.
  @Test func blankedLinesReadAsIfIndexedAfresh() {
    for seed in 1...400 {
      let bytes = ByteScanTests.sample(seed: seed)
      let source = SourceText(bytes: bytes)
      let last = 1 + seed % max(source.lineCount, 1)
      let blanked = source.blankingLines(1, through: last)
      var expected = bytes
      for number in 1...last {
        if let range = source.byteRange(ofLine: number) { for index in range { expected[index] = 0x20 } }
      }
      let fresh = SourceText(bytes: expected)
      #expect(blanked.bytes == fresh.bytes && blanked.lineCount == fresh.lineCount, "seed \(seed)")
      #expect(blanked.mostPipesOnALongDelimiterLine == fresh.mostPipesOnALongDelimiterLine, "seed \(seed)")
      #expect(blanked.hasCarriageReturns == fresh.hasCarriageReturns, "seed \(seed)")
      for number in 1...max(fresh.lineCount, 1) {
        let width = fresh.byteRange(ofLine: number)?.count ?? 0
        #expect(blanked.line(number) == fresh.line(number), "seed \(seed) line \(number)")
        #expect(
          blanked.scalarColumn(line: number, byteColumn: width + 1)
            == fresh.scalarColumn(line: number, byteColumn: width + 1),
          "seed \(seed) line \(number)")
      }
    }
  }

  @Test func loaderChecksAgreeWithTheDefinitions() {
    let loader = DocumentLoader()
    for seed in 1...300 {
      var bytes = ByteScanTests.sample(seed: UInt64(seed), length: 8 + seed % 61)
      // Plant a NUL or a broken sequence at a varying place in some samples.
      if seed % 3 == 0 { bytes[seed % bytes.count] = 0 }
      if seed % 5 == 0 { bytes[(seed * 7) % bytes.count] = 0xFF }
      let result = loader.decode(Data(bytes), path: "x.md")
      let blank = bytes.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
      let nul = bytes.firstIndex(of: 0)
      let valid = String(validating: bytes, as: UTF8.self) != nil
      switch result {
      case .success: #expect(!blank && nul == nil && valid, "seed \(seed)")
      case .failure(let error):
        if blank {
          #expect(error.reason == "file is empty", "seed \(seed)")
        } else if nul != nil {
          #expect(error.reason.hasPrefix("binary file"), "seed \(seed)")
        } else {
          #expect(!valid && error.reason.hasPrefix("not valid UTF-8"), "seed \(seed)")
        }
      }
    }
  }

  @Test func wordHelpersCountAndFindEveryByte() {
    for position in 0..<8 {
      var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
      bytes[position] = UInt8(ascii: "|")
      bytes.withUnsafeBufferPointer { buffer in
        let word = ByteWord.load(buffer, at: 0)
        #expect(ByteWord.matches(word, UInt8(ascii: "|")) != 0 && ByteWord.matches(word, 0x0A) == 0)
        #expect(ByteWord.count(word, UInt8(ascii: "|")) == 1 && ByteWord.count(word, UInt8(ascii: "a")) == 7)
      }
    }
    let pipes = [UInt8](repeating: UInt8(ascii: "|"), count: 8)
    pipes.withUnsafeBufferPointer { #expect(ByteWord.count(ByteWord.load($0, at: 0), UInt8(ascii: "|")) == 8) }
  }
}

extension ByteScanTests {
  @Test func betweenFindsExactlyTheBytesInTheRange() {
    // Every byte value, alone in a word of letters and alone in a word of zeros.
    for value in 0...255 {
      for filler: UInt8 in [0, UInt8(ascii: "a"), 0xFF] {
        var bytes = [UInt8](repeating: filler, count: 8)
        bytes[value % 8] = UInt8(value)
        let expected = bytes.contains { $0 > 64 && $0 < 91 }
        let first = bytes.firstIndex { $0 > 64 && $0 < 91 }
        bytes.withUnsafeBufferPointer { buffer in
          let word = ByteWord.load(buffer, at: 0)
          #expect((ByteWord.between(word, 64, 91) != 0) == expected, "byte \(value)")
          // The mask marks exactly the bytes in the range, so its first byte is the first such byte.
          let mask = ByteWord.between(word, 64, 91)
          #expect(mask.nonzeroBitCount == bytes.filter { $0 > 64 && $0 < 91 }.count, "byte \(value)")
          #expect((mask == 0 ? nil : ByteWord.firstByte(mask)) == first, "byte \(value)")
        }
      }
    }
  }
}

extension ByteScanTests {
  /// The table answers as a dictionary would, for keys of every length (empty and past 31
  /// bytes included) and for words that share a key's first byte and length but are no key.
  @Test func byteWordTableAnswersAsADictionary() {
    for seed in 1...40 {
      var random = TestRandom(seed: UInt64(seed))
      func next(_ bound: Int) -> Int { random.next(bound) }
      func word() -> [UInt8] {
        let length = [0, 1, 2, 5, 8, 30, 31, 32, 40][next(9)]
        return (0..<length).map { _ in UInt8(ascii: "a") + UInt8(next(3)) }
      }
      var reference: [[UInt8]: Int] = [:]
      for value in 0..<next(12) { reference[word()] = value }
      let table = ByteWordTable(reference.map { ($0.key, $0.value) })
      for probe in (0..<60).map({ _ in word() }) + Array(reference.keys) {
        #expect(table[probe] == reference[probe], "seed \(seed)")
        #expect(table[probe[...]] == reference[probe], "seed \(seed)")
        probe.withUnsafeBufferPointer { #expect(table[$0] == reference[probe], "seed \(seed)") }
      }
    }
  }

  /// Grouped, each key holds its elements in the order given, as `Dictionary(grouping:by:)` would.
  @Test func byteWordTableGroupsAsADictionary() {
    for seed in 1...40 {
      var random = TestRandom(seed: UInt64(seed))
      let entries: [([UInt8], Int)] = (0..<random.next(30)).map { index in
        let length = [0, 1, 2, 5, 31, 32][random.next(6)]
        return ((0..<length).map { _ in UInt8(ascii: "a") + UInt8(random.next(2)) }, index)
      }
      let reference = Dictionary(grouping: entries, by: \.0).mapValues { $0.map(\.1) }
      let table = ByteWordTable(grouping: entries)
      for key in Array(reference.keys) + [Array("zz".utf8), []] {
        #expect(table[key] == reference[key], "seed \(seed)")
      }
    }
  }

  /// A milestone phrase's words, kept in one buffer, are the words `ASCIIText.words` splits
  /// (lower-cased): each is found where it stands, and no other word is.
  @Test func phraseWordsAgreeWithTheWordSplit() {
    var random = TestRandom(seed: 7)
    let pieces = ["Roll", "back", " ", "  ", "-", "é", "ÉTÉ", "2", "'", "fully", "x", "Über", "\t", ","]
    for seed in 0..<400 {
      var phrase = ""
      for _ in 0..<random.next(9) { phrase += pieces[random.next(pieces.count)] }
      let expected = ASCIIText.words(ASCIIText.lowercasedBytes(phrase)).map { Array($0) }
      let words = PhraseWords(phrase)
      #expect(words.count == expected.count, "seed \(seed): \(phrase)")
      #expect(words.bytes == expected.flatMap { $0 + [UInt8(ascii: " ")] }, "seed \(seed): \(phrase)")
      if let first = expected.first { #expect(words.firstWord == first, "seed \(seed)") }
      var offset = 0
      for (index, word) in expected.enumerated() {
        word.withUnsafeBufferPointer { #expect(words.hasWord($0, at: offset), "seed \(seed): word \(index)") }
        // A word one letter longer or shorter is not the phrase's word.
        (word + [UInt8(ascii: "s")]).withUnsafeBufferPointer {
          #expect(!words.hasWord($0, at: offset), "seed \(seed): longer word \(index)")
        }
        if word.count > 1 {
          Array(word.dropLast()).withUnsafeBufferPointer {
            #expect(!words.hasWord($0, at: offset), "seed \(seed): shorter word \(index)")
          }
        }
        offset += word.count + 1
      }
    }
  }
}
