import Foundation
import PostmortemKit

/// Where a report goes: standard output, or a file written atomically (never replacing an
/// existing file without --force).
struct OutputDestination {
  var path: String?
  var force: Bool

  var isTerminal: Bool { path == nil && isatty(STDOUT_FILENO) == 1 }

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
