import Foundation
import PostmortemKit

/// Where a report goes: standard output, or a file written atomically (never replacing an
/// existing file without --force).
struct OutputDestination {
  var path: String?
  var force: Bool

  var isTerminal: Bool { path == nil && isatty(STDOUT_FILENO) == 1 }

  /// Writes what `produce` emits in 64 KB pieces as it comes, so a large report never exists
  /// whole in memory: to standard output, or to a file through a temporary file renamed at the end.
  func stream(_ produce: ((String) -> Void) -> Void) throws {
    try withoutActuallyEscaping(produce) { produce in
      try streamUnlessDiscarded { emit in
        produce(emit)
        return true
      }
    }
  }

  /// `stream`, where `produce` says at the end whether to keep what it wrote: a file is then
  /// left as it was (standard output has had it already).
  func streamUnlessDiscarded(_ produce: ((String) -> Void) -> Bool) throws {
    guard let path, path != "-" else {
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1 << 16)
      _ = produce { chunk in
        buffer += chunk.utf8
        if buffer.count >= 1 << 16 {
          FileHandle.standardOutput.write(Data(buffer))
          buffer.removeAll(keepingCapacity: true)
        }
      }
      if !buffer.isEmpty { FileHandle.standardOutput.write(Data(buffer)) }
      return
    }
    do {
      try AtomicFile.streamUnlessDiscarded(to: path, overwrite: force, produce)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
  }

  func write(_ text: String) throws {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try AtomicFile.write(text, to: path, overwrite: force)
    } catch {
      Diagnostics.error(error.description)
      throw ExitCodes.usage
    }
  }
}
