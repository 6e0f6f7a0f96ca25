import Foundation

/// Writes files so that a reader never sees half of one: a temporary file in the same folder,
/// then a rename over the target.
public enum AtomicFile {
  public struct WriteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
  }

  /// Writes `text` to `path`. Refuses to replace an existing file unless `overwrite` is true.
  public static func write(_ text: String, to path: String, overwrite: Bool) throws(WriteError) {
    try write(text, to: path, overwrite: overwrite) { data, url in
      try data.write(to: url, options: [.withoutOverwriting])
    }
  }

  /// `write` with the step that puts bytes on disk supplied, so tests can make it fail midway
  /// (a full disk) and check that nothing of the old file is lost.
  static func write(
    _ text: String, to path: String, overwrite: Bool, writeData: (Data, URL) throws -> Void
  ) throws(WriteError) {
    let url = URL(fileURLWithPath: path)
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { throw WriteError(path: path, reason: "is a directory") }
      if !overwrite { throw WriteError(path: path, reason: "already exists (use --force to replace it)") }
    }
    let directory = url.deletingLastPathComponent()
    guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw WriteError(path: path, reason: "folder \(directory.path) does not exist")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try writeData(Data(text.utf8), temporary)
    } catch {
      try? manager.removeItem(at: temporary)
      throw WriteError(path: path, reason: "cannot write: \((error as NSError).localizedDescription)")
    }
    if rename(temporary.path, path) != 0 {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(at: temporary)
      throw WriteError(path: path, reason: "cannot replace: \(reason)")
    }
  }
}
