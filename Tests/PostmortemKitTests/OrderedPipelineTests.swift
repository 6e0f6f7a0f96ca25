import Foundation
import Testing

@testable import PostmortemKit

/// The pipeline behind `lint` and `actions` over many files: ordered, bounded, complete.
@Suite struct OrderedPipelineTests {
  /// A counter shared with worker threads.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() {
      lock.lock()
      value += 1
      lock.unlock()
    }
    var current: Int {
      lock.lock()
      defer { lock.unlock() }
      return value
    }
  }

  @Test(arguments: [1, 2, 4])
  func resultsArriveInInputOrderWhateverTheScheduling(_ workers: Int) {
    var seen: [Int] = []
    OrderedPipeline.run(count: 300, workers: workers, window: 8) { index -> Int in
      // Uneven work, so later inputs often finish first.
      usleep(UInt32((index * 7919) % 5) * 100)
      return index * index
    } consume: {
      seen.append($0)
    }
    #expect(seen == (0..<300).map { $0 * $0 })
  }

  @Test func workersNeverRunMoreThanAWindowAhead() {
    let started = Counter()
    let window = 6
    var consumed = 0
    var furthestAhead = 0
    OrderedPipeline.run(count: 200, workers: 3, window: window) { index -> Int in
      started.increment()
      return index
    } consume: { index in
      consumed += 1
      furthestAhead = max(furthestAhead, started.current - consumed)
      // A slow consumer: the workers would race ahead if nothing held them.
      if index % 10 == 0 { usleep(500) }
    }
    #expect(consumed == 200)
    #expect(furthestAhead <= window)
    #expect(furthestAhead > 0, "the workers should run ahead of a slow consumer")
  }

  @Test func emptyAndSingleInputs() {
    var seen: [Int] = []
    OrderedPipeline.run(count: 0, workers: 2) {
      $0
    } consume: {
      seen.append($0)
    }
    OrderedPipeline.run(count: 1, workers: 2) {
      $0 + 41
    } consume: {
      seen.append($0)
    }
    #expect(seen == [41])
  }
}
