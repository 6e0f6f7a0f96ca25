import Foundation
import Testing

@testable import PostmortemKit

/// The arena cmark-gfm allocates from must behave like calloc and realloc: zeroed memory,
/// contents kept across growth, alignment, and nothing of one document left for the next.
@Suite struct ParseArenaTests {
  @Test func allocationsAreAlignedZeroedAndKeepTheirContentsWhenGrown() throws {
    let arena = ParseArena()
    for round in 0..<3 {
      var blocks: [(UnsafeMutableRawPointer, Int)] = []
      for size in [300_000, 1, 7, 16, 100, 4096] {
        let block = try #require(arena.allocate(size, zeroed: true))
        #expect(Int(bitPattern: block) % 16 == 0)
        let bytes = block.assumingMemoryBound(to: UInt8.self)
        #expect((0..<size).allSatisfy { bytes[$0] == 0 }, "round \(round), size \(size)")
        // Dirty it, so a reused chunk would show through on the next round.
        memset(block, 0xAB, size)
        blocks.append((block, size))
      }
      // The latest block grows in place; an older one moves with its contents.
      let (latest, latestSize) = blocks[blocks.count - 1]
      let grown = try #require(arena.reallocate(latest, latestSize + 64))
      #expect(grown == latest)
      let (older, olderSize) = blocks[2]
      let moved = try #require(arena.reallocate(older, olderSize * 10))
      let movedBytes = moved.assumingMemoryBound(to: UInt8.self)
      #expect((0..<olderSize).allSatisfy { movedBytes[$0] == 0xAB })
      let fresh = try #require(arena.reallocate(nil, 32))
      #expect(Int(bitPattern: fresh) % 16 == 0)
      arena.reset()
    }
  }

  /// Documents above the arena limit use the system allocator: both paths give the same tree.
  @Test func largeAndSmallDocumentsParseAlike() throws {
    let seed = try TestSupport.read("postmortems/2025-04-29-k8s-jobs-too-big.md")
    let small = MarkdownParser.parse(SourceText(seed))
    var padded = seed
    while padded.utf8.count <= MarkdownParser.arenaLimit {
      padded += "\n\n" + String(repeating: "filler ", count: 2000)
    }
    let large = MarkdownParser.parse(SourceText(padded))
    // The last block of the seed runs on into the padding; everything before it is the same.
    let compared = small.children.count - 1
    #expect(large.children.count > small.children.count)
    #expect(Array(large.children.prefix(compared)) == Array(small.children.prefix(compared)))
  }
}
