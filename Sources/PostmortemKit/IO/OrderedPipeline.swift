import Dispatch
import Foundation

/// Runs a transform over `count` inputs on worker threads and hands the results to the calling
/// thread in input order, as soon as each is ready.
///
/// Workers run ahead of the consumer by at most `window` results, so memory is bounded however
/// many inputs there are, and the consumer's work (formatting, writing) overlaps the workers'
/// instead of leaving the cores idle between chunks. A thread is woken only when what it waits
/// for has happened (its result is in, or a slot came free): waking every thread on every
/// result cost tens of thousands of context switches a run.
final class OrderedPipeline<Value>: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  /// Signalled when the result the consumer waits for arrives.
  private let resultReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  /// Signalled when the consumer frees a slot that a waiting worker needs.
  private let slotFree = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private var slots: [Value?]
  private var nextToClaim = 0
  private var nextToConsume = 0
  private var consumerWaiting = false
  private var workersWaiting = 0
  private let count: Int
  private let window: Int

  private init(count: Int, window: Int) {
    self.count = count
    self.window = window
    slots = Array(repeating: nil, count: window)
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(resultReady, nil)
    pthread_cond_init(slotFree, nil)
  }

  deinit {
    pthread_cond_destroy(slotFree)
    pthread_cond_destroy(resultReady)
    pthread_mutex_destroy(mutex)
    slotFree.deallocate()
    resultReady.deallocate()
    mutex.deallocate()
  }

  /// Calls `transform` for `0..<count` on `workers` threads and `consume` on the calling thread,
  /// in order. With one worker everything runs on the calling thread.
  static func run(
    count: Int, workers: Int, window: Int? = nil, transform: @escaping @Sendable (Int) -> Value,
    consume: (Value) -> Void
  ) {
    guard workers > 1, count > 1 else {
      for index in 0..<count { consume(transform(index)) }
      return
    }
    let pipeline = OrderedPipeline(count: count, window: max(window ?? workers * 32, workers))
    let group = DispatchGroup()
    for _ in 0..<min(workers, count) {
      DispatchQueue.global().async(group: group) { pipeline.work(transform) }
    }
    for index in 0..<count { consume(pipeline.take(index)) }
    // The workers have stored every result; let them finish before the pipeline goes.
    group.wait()
  }

  private func work(_ transform: (Int) -> Value) {
    while let index = claim() {
      let value = transform(index)
      pthread_mutex_lock(mutex)
      slots[index % window] = value
      if consumerWaiting && batchReady() { pthread_cond_signal(resultReady) }
      pthread_mutex_unlock(mutex)
    }
  }

  /// Whether the consumer has a run of results to take: waking it for each one in turn cost a
  /// pair of context switches per file.
  private func batchReady() -> Bool {
    let end = min(nextToConsume + max(window / 4, 1), count)
    var index = nextToConsume
    while index < end {
      if slots[index % window] == nil { return false }
      index += 1
    }
    return true
  }

  /// The next input to transform, waiting while the workers are a full window ahead.
  private func claim() -> Int? {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    while nextToClaim < count && nextToClaim - nextToConsume >= window {
      workersWaiting += 1
      pthread_cond_wait(slotFree, mutex)
      workersWaiting -= 1
    }
    guard nextToClaim < count else { return nil }
    nextToClaim += 1
    return nextToClaim - 1
  }

  private func take(_ index: Int) -> Value {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    while slots[index % window] == nil {
      consumerWaiting = true
      pthread_cond_wait(resultReady, mutex)
      consumerWaiting = false
    }
    let value = slots[index % window].take()!
    nextToConsume += 1
    if workersWaiting > 0 { pthread_cond_broadcast(slotFree) }
    return value
  }
}
