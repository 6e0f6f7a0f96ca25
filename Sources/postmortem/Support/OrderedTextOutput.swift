import Foundation
import PostmortemKit

extension PostmortemReader {
  /// Makes each document's text in the worker that parsed it (`make`) and hands the texts to
  /// `emit` in the order of `files`, as soon as those before are done: nothing is kept, so memory
  /// stays flat however many files there are. Inputs that cannot be read, and texts that cannot
  /// be made (nil), are reported. Returns whether any was.
  func emitInOrder(
    files: [String], _ make: @escaping @Sendable (ParsedPostmortem) -> String?, emit: (String) -> Void
  ) -> Bool {
    var failed = false
    processInOrder(files: files, standardInput: { FileHandle.standardInput.readDataToEndOfFile() }, make) {
      outcome in
      switch outcome {
      case .processed(_, let text?):
        emit(text)
      case .processed(let file, nil):
        Diagnostics.error("\(file): could not be encoded as JSON")
        failed = true
      case .failed(let error):
        Diagnostics.error(error)
        failed = true
      }
    }
    return failed
  }
}
