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
    let temporary = try temporaryFile(for: path, overwrite: overwrite)
    do {
      try writeData(Data(text.utf8), temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw WriteError(path: path, reason: "cannot write: \((error as NSError).localizedDescription)")
    }
    try moveIntoPlace(temporary, path)
  }

  /// Writes what `produce` hands out, as it comes, to a temporary file renamed over `path` at the
  /// end: a large report never exists whole in memory, and a reader never sees half of it.
  public static func stream(
    to path: String, overwrite: Bool, _ produce: ((String) -> Void) -> Void
  ) throws(WriteError) {
    try withoutActuallyEscaping(produce) { produce throws(WriteError) in
      try streamUnlessDiscarded(to: path, overwrite: overwrite) { emit in
        produce(emit)
        return true
      }
    }
  }

  /// `stream`, where `produce` says at the end whether to keep what it wrote: false leaves
  /// `path` as it was (a report of inputs that all failed is not written).
  public static func streamUnlessDiscarded(
    to path: String, overwrite: Bool, _ produce: ((String) -> Void) -> Bool
  ) throws(WriteError) {
    try stream(to: path, overwrite: overwrite, produce) { data, handle in try handle.write(contentsOf: data) }
  }

  /// `streamUnlessDiscarded` with the step that puts each piece on disk supplied, for tests.
  static func stream(
    to path: String, overwrite: Bool, _ produce: ((String) -> Void) -> Bool,
    writeChunk: (Data, FileHandle) throws -> Void
  ) throws(WriteError) {
    let temporary = try temporaryFile(for: path, overwrite: overwrite)
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary.path)
    else {
      try? FileManager.default.removeItem(at: temporary)
      throw WriteError(
        path: path, reason: "cannot write: cannot create a file in \(temporary.deletingLastPathComponent().path)")
    }
    // The first failure is kept and later pieces dropped: the producer cannot be stopped midway.
    let (keep, failure): (Bool, (any Error)?) = withoutActuallyEscaping(writeChunk) { writeChunk in
      var failure: (any Error)?
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1 << 16)
      let flush = {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        do { try writeChunk(Data(buffer), handle) } catch { failure = error }
      }
      let keep = produce { piece in
        buffer += piece.utf8
        if buffer.count >= 1 << 16 { flush() }
      }
      flush()
      return (keep, failure)
    }
    try? handle.close()
    if !keep {
      try? FileManager.default.removeItem(at: temporary)
      return
    }
    if let failure {
      try? FileManager.default.removeItem(at: temporary)
      throw WriteError(path: path, reason: "cannot write: \((failure as NSError).localizedDescription)")
    }
    try moveIntoPlace(temporary, path)
  }

  /// The temporary file to write `path` through, after the checks: an existing file is replaced
  /// only with `overwrite`, never a folder, and the folder must exist.
  private static func temporaryFile(for path: String, overwrite: Bool) throws(WriteError) -> URL {
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
    return directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
  }

  private static func moveIntoPlace(_ temporary: URL, _ path: String) throws(WriteError) {
    if rename(temporary.path, path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw WriteError(path: path, reason: "cannot replace: \(reason)")
    }
  }
}
