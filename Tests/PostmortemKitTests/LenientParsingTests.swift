import Foundation
import Testing

@testable import PostmortemKit

/// The parser never fails on content: it records what it could not read.
@Suite struct LenientParsingTests {
  @Test func documentWithNothingRecognisable() {
    let document = TestSupport.parse("just some words\n\nand more words\n")
    #expect(document.title == nil)
    #expect(document.timeline == nil)
    #expect(document.actionItems.isEmpty)
    #expect(document.sections.isEmpty)
    #expect(document.severity == nil)
  }

  @Test(arguments: [
    "", "#", "---", "---\n---", "+++\n", "|", "| a |\n|---|", "- [ ]", "## Timeline\n\n- ",
    "## Timeline\n\n|Time|\n|-|\n||",
    "## Action Items\n\n| |\n|-|\n| |", "**Date:**", "**:** x", "\u{0}",
    "## Timeline\n\n- 99:99:99 x\n- 2024-13-45T25:61 y",
    String(repeating: "> ", count: 200) + "deep", String(repeating: "- ", count: 200) + "deep",
    "## Timeline\n\n" + String(repeating: "- 10:00 x\n", count: 2000),
  ])
  func oddInputsParseWithoutCrashing(_ text: String) throws {
    let document = TestSupport.parse(text)
    // Encoding must work too: the model is always valid JSON.
    _ = try JSONOutput.encode(document, pretty: false)
  }

  @Test func randomBytesNeverCrashTheParser() throws {
    // A deterministic generator: the same documents every run.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    let alphabet = Array("#-*_`|:[]()~>!\n\n 0123456789APMUTCaz@.,/\u{E9}🔥\t".unicodeScalars)
    for _ in 0..<300 {
      let length = Int(next() % 400)
      var text = String.UnicodeScalarView()
      for _ in 0..<length { text.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
      let document = TestSupport.parse("## Timeline\n\n" + String(text) + "\n## Action Items\n\n" + String(text))
      _ = try JSONOutput.encode(document, pretty: false)
    }
  }

  @Test func locationsAreAlwaysOneBased() throws {
    for name in SampleParsingTests.expectations.map(\.file) {
      let document = try TestSupport.sample(name)
      let json = try JSONOutput.encode(document, pretty: false)
      #expect(!json.contains("\"line\":0"), "\(name)")
      #expect(!json.contains("\"column\":0"), "\(name)")
    }
  }
}
