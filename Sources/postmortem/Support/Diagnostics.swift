import Foundation
import PostmortemKit

/// Writes one-line errors to standard error, in the `postmortem: error: file:line: reason` form.
enum Diagnostics {
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("postmortem: error: \(message)\n".utf8))
  }

  static func error(_ loadError: DocumentLoader.LoadError) {
    error(loadError.description)
  }
}
