import Dispatch
import Foundation

extension Array where Element: Sendable {
  /// `map` run on up to `maxConcurrency` threads; results keep the order of the input.
  public func parallelMap<Result: Sendable>(
    maxConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    guard count > 1, maxConcurrency > 1 else { return map(transform) }
    let box = ResultBox<Result>(count: count)
    let input = self
    let workers = Swift.min(maxConcurrency, count)
    let next = ResultBox<Int>(count: 0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let index = next.claim(below: input.count) {
        box.store(transform(input[index]), at: index)
      }
    }
    return box.values()
  }
}

/// Slots written by worker threads under a lock.
private final class ResultBox<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private var cursor = 0
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ value: Value, at index: Int) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// Hands out the next index below `limit`, once each.
  func claim(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard cursor < limit else { return nil }
    cursor += 1
    return cursor - 1
  }

  func values() -> [Value] { slots.map { $0! } }
}
