#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A bump allocator for the C parser's memory, one per thread, emptied after each document.
///
/// cmark-gfm allocates every node, buffer and delimiter with `calloc` and frees them one by one.
/// With several threads, glibc's allocator takes a lock for each of those calls, and that cost
/// the parallel run a tenth of its time. Handing cmark-gfm memory from a per-thread arena makes
/// allocation a pointer bump and freeing nothing; the arena is reset once the tree is converted.
final class ParseArena {
  /// Each allocation is preceded by its size, so `reallocate` knows how much to copy.
  private static let header = 16
  private static let chunkSize = 256 * 1024

  private var chunks: [UnsafeMutableRawPointer] = []
  private var current: UnsafeMutableRawPointer?
  private var used = 0
  private var capacity = 0
  /// The most recent allocation, which can grow in place.
  private var last: UnsafeMutableRawPointer?

  deinit {
    for chunk in chunks { free(chunk) }
  }

  /// `size` bytes, 16-byte aligned; zero-filled when `zeroed`. Nil only when the system is out of
  /// memory (cmark-gfm then aborts, as it does with its own allocator).
  func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
    let total = ParseArena.rounded(size)
    if current == nil || used + total > capacity {
      guard addChunk(minimum: total) else { return nil }
    }
    let block = current! + used
    block.storeBytes(of: size, as: Int.self)
    used += total
    let payload = block + ParseArena.header
    if zeroed { memset(payload, 0, size) }
    last = payload
    return payload
  }

  /// `pointer`'s block resized to `size` bytes, its contents kept; grows in place when it is the
  /// latest allocation and there is room.
  func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let pointer else { return allocate(size, zeroed: false) }
    let block = pointer - ParseArena.header
    let oldSize = block.load(as: Int.self)
    if pointer == last, let current {
      let offset = current.distance(to: block)
      let total = ParseArena.rounded(size)
      if offset >= 0, offset + total <= capacity {
        block.storeBytes(of: size, as: Int.self)
        used = offset + total
        return pointer
      }
    }
    guard let fresh = allocate(size, zeroed: false) else { return nil }
    memcpy(fresh, pointer, min(oldSize, size))
    return fresh
  }

  /// Forgets every allocation, keeping one chunk for the next document.
  func reset() {
    if chunks.count > 1 || capacity > ParseArena.chunkSize {
      for chunk in chunks { free(chunk) }
      chunks = []
      current = nil
      capacity = 0
    }
    used = 0
    last = nil
  }

  private static func rounded(_ size: Int) -> Int { (max(size, 0) + header + 15) & ~15 }

  private func addChunk(minimum: Int) -> Bool {
    let size = max(ParseArena.chunkSize, minimum)
    guard let chunk = malloc(size) else { return false }
    chunks.append(chunk)
    current = chunk
    used = 0
    capacity = size
    return true
  }

  /// Runs `body` with the calling thread's arena, without retaining it: this runs for every
  /// allocation cmark-gfm makes, and a retain and release each was 3 % of a lint run.
  static func withCurrentThread<Result>(_ body: (ParseArena) -> Result) -> Result {
    if let stored = pthread_getspecific(key) {
      return Unmanaged<ParseArena>.fromOpaque(stored)._withUnsafeGuaranteedRef(body)
    }
    let arena = ParseArena()
    pthread_setspecific(key, Unmanaged.passRetained(arena).toOpaque())
    return body(arena)
  }

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    // A thread's arena goes with the thread.
    pthread_key_create(&key) { stored in
      if let stored { Unmanaged<ParseArena>.fromOpaque(stored).release() }
    }
    return key
  }()
}
