#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scanning helpers over UTF-8 bytes that stay exact for non-ASCII text: ASCII bytes are judged
/// directly, other characters by decoding their scalar. For hot paths that must not pay for
/// `Character` (grapheme breaking) on every byte.
enum UTF8Scan {
  /// The scalar that starts at `offset`, with its length in bytes; nil inside a malformed sequence.
  static func scalar<C: Collection<UInt8>>(at offset: C.Index, in bytes: C) -> (Unicode.Scalar, Int)?
  where C.Index == Int {
    var iterator = bytes[offset...].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
    return (scalar, UTF8.width(scalar))
  }

  /// The start of the scalar whose last byte is at `offset - 1`.
  static func scalarStart<C: Collection<UInt8>>(endingAt offset: C.Index, in bytes: C) -> C.Index
  where C.Index == Int {
    var start = offset - 1
    while start > bytes.startIndex, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// Whether the byte at `offset` starts a letter (ASCII or any alphabetic scalar).
  static func isLetter<C: Collection<UInt8>>(at offset: C.Index, in bytes: C) -> Bool where C.Index == Int {
    let byte = bytes[offset]
    if byte < 0x80 { return ASCIIText.isLetter(byte) }
    return scalar(at: offset, in: bytes)?.0.properties.isAlphabetic ?? false
  }

  /// The length of the name character (letter, digit, `-`, `_`, `.`) at `offset`, or nil.
  static func nameCharacterLength(at offset: Int, in bytes: [UInt8]) -> Int? {
    let byte = bytes[offset]
    if byte < 0x80 {
      let isName =
        ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: ".")
      return isName ? 1 : nil
    }
    guard let (scalar, length) = scalar(at: offset, in: bytes),
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    else { return nil }
    return length
  }

  /// Where the handle of the `@` at `at` ends: name characters and `/` ("@ana", "@org/sre"), less
  /// the full stops that end a sentence after it. `at + 1` when no handle follows.
  static func mentionEnd(after at: Int, in bytes: [UInt8]) -> Int {
    var end = at + 1
    while end < bytes.count {
      if bytes[end] == UInt8(ascii: "/") {
        end += 1
      } else if let length = nameCharacterLength(at: end, in: bytes) {
        end += length
      } else {
        break
      }
    }
    while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    return end
  }

  /// Whether the character just before `offset` is a name character.
  static func isNameCharacter(endingAt offset: Int, in bytes: [UInt8]) -> Bool {
    nameCharacterLength(at: scalarStart(endingAt: offset, in: bytes), in: bytes) != nil
  }

  /// Where the last word before offset `end` of `bytes` stands; a word is a run of letters, and
  /// anything else (digits, punctuation, spaces) separates words.
  static func lastWord(in bytes: [UInt8], before end: Int, maxGap: Int = .max) -> Range<Int>? {
    var end = end
    let limit = end
    // Skip separators backwards (at most `maxGap` bytes of them), then take the letters before.
    while end > 0, !isLetter(endingAt: end, in: bytes) {
      guard limit - end < maxGap else { return nil }
      end = characterStart(endingAt: end, in: bytes)
    }
    var start = end
    while start > 0, isLetter(endingAt: start, in: bytes) { start = characterStart(endingAt: start, in: bytes) }
    return start < end ? start..<end : nil
  }

  /// `scalarStart` with ASCII (nearly every byte here) answered without a loop.
  @inline(__always) private static func characterStart(endingAt offset: Int, in bytes: [UInt8]) -> Int {
    bytes[offset - 1] < 0x80 ? offset - 1 : scalarStart(endingAt: offset, in: bytes)
  }

  /// Whether the scalar that ends just before `offset` is a letter.
  @inline(__always) private static func isLetter(endingAt offset: Int, in bytes: [UInt8]) -> Bool {
    let byte = bytes[offset - 1]
    if byte < 0x80 { return ASCIIText.isLetter(byte) }
    return isLetter(at: scalarStart(endingAt: offset, in: bytes), in: bytes)
  }

  /// Where `needle` first occurs in `haystack`: libc's vectorised `memchr` finds each candidate
  /// first byte, `memcmp` checks the rest.
  static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
    guard let first = needle.first, haystack.count - start >= needle.count, start >= 0 else { return nil }
    return haystack.withUnsafeBytes { hay -> Int? in
      needle.withUnsafeBytes { pin -> Int? in
        guard let base = hay.baseAddress, let pattern = pin.baseAddress else { return nil }
        let last = hay.count - pin.count
        var offset = start
        while offset <= last {
          guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
          let position = base.distance(to: UnsafeRawPointer(hit))
          if memcmp(base + position, pattern, pin.count) == 0 { return position }
          offset = position + 1
        }
        return nil
      }
    }
  }

  /// Where the next full stop followed by a space stands in `bytes` at or after `start` (a
  /// sentence's end, or an abbreviation's): each full stop found by `memchr`, in place.
  static func nextSentenceStop(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = start
    while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: ".")), bytes.count - offset) {
      let dot = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if dot + 1 < bytes.count, bytes[dot + 1] == UInt8(ascii: " ") { return dot }
      offset = dot + 1
    }
    return nil
  }

  /// `bytes` without leading and trailing ASCII white space.
  static func trimmingSpace(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var slice = bytes
    while let first = slice.first, ASCIIText.isSpace(first) { slice.removeFirst() }
    while let last = slice.last, ASCIIText.isSpace(last) { slice.removeLast() }
    return slice
  }

  /// Replaces every occurrence of `target` in `bytes`, left to right; untouched (and not copied)
  /// when `target` does not occur.
  static func replaceEvery(_ target: [UInt8], with replacement: [UInt8], in bytes: inout [UInt8]) {
    guard let first = target.first, var start = firstOffset(of: target, in: bytes) else { return }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    output += bytes[..<start]
    while start < bytes.count {
      if bytes[start] == first, start + target.count <= bytes.count,
        bytes[start..<(start + target.count)].elementsEqual(target)
      {
        output += replacement
        start += target.count
      } else {
        output.append(bytes[start])
        start += 1
      }
    }
    bytes = output
  }
}
