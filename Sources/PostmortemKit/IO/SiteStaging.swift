import Foundation

/// A site folder being written a page at a time: the files go to a hidden folder beside the
/// target, which takes the target's place on `commit`. The site appears whole or not at all,
/// and no page has to be kept in memory until the last one is ready.
public final class SiteStaging {
  private let directory: String
  private let target: URL
  private let targetExists: Bool
  private let staging: URL
  private let writeData: (Data, URL) throws -> Void
  /// False once committed or discarded: nothing more is written.
  private var isOpen = true

  /// Checks that `directory` may be written (an existing non-empty folder only with `overwrite`,
  /// a file never) and creates the staging folder beside it.
  public convenience init(directory: String, overwrite: Bool) throws(AtomicFile.WriteError) {
    try self.init(directory: directory, overwrite: overwrite) { data, url in
      try data.write(to: url, options: [.withoutOverwriting])
    }
  }

  /// `init` with the step that puts bytes on disk supplied, for tests that make it fail.
  init(directory: String, overwrite: Bool, writeData: @escaping (Data, URL) throws -> Void)
    throws(AtomicFile.WriteError)
  {
    let manager = FileManager.default
    let target = URL(fileURLWithPath: directory).standardizedFileURL
    var isDirectory: ObjCBool = false
    let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
    if exists && !isDirectory.boolValue {
      throw AtomicFile.WriteError(path: directory, reason: "is a file, but a folder is needed for several postmortems")
    }
    if exists, !overwrite, let contents = try? manager.contentsOfDirectory(atPath: target.path), !contents.isEmpty {
      throw AtomicFile.WriteError(
        path: directory, reason: "already exists and is not empty (use --force to replace it)")
    }
    let parent = target.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
      try manager.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      throw AtomicFile.WriteError(path: directory, reason: "cannot write: \((error as NSError).localizedDescription)")
    }
    self.directory = directory
    self.target = target
    self.targetExists = exists
    self.staging = staging
    self.writeData = writeData
  }

  deinit {
    if isOpen { discard() }
  }

  /// Writes `text` as the file `name` of the site; on failure the staging folder is removed.
  public func write(_ text: String, as name: String) throws(AtomicFile.WriteError) {
    try requireOpen()
    do {
      try writeData(Data(text.utf8), staging.appendingPathComponent(name))
    } catch {
      throw failure("cannot write: \((error as NSError).localizedDescription)")
    }
  }

  /// Renames the site's file `name` to `newName` (pages are written before their names are known).
  public func rename(_ name: String, to newName: String) throws(AtomicFile.WriteError) {
    try requireOpen()
    let from = staging.appendingPathComponent(name).path
    let to = staging.appendingPathComponent(newName).path
    // The staging folder is this writer's own, so nothing else can appear under `newName` between
    // the check and the rename (rename(2), unlike link(2), works on every file system).
    guard !FileManager.default.fileExists(atPath: to) else { throw failure("cannot write: two pages named \(newName)") }
    guard renameItem(from, to) == 0 else { throw failure("cannot write: \(String(cString: strerror(errno)))") }
  }

  /// Puts the staged folder in the target's place; an existing target goes only once the new
  /// folder has its name.
  public func commit() throws(AtomicFile.WriteError) {
    try requireOpen()
    isOpen = false
    let manager = FileManager.default
    let parent = target.deletingLastPathComponent()
    if targetExists {
      // Swap: the old folder moves aside, the new one takes its name, the old one goes.
      let retired = parent.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).old")
      guard renameItem(target.path, retired.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? manager.removeItem(at: staging)
        throw AtomicFile.WriteError(path: directory, reason: "cannot replace: \(reason)")
      }
      guard renameItem(staging.path, target.path) == 0 else {
        let reason = String(cString: strerror(errno))
        _ = renameItem(retired.path, target.path)
        try? manager.removeItem(at: staging)
        throw AtomicFile.WriteError(path: directory, reason: "cannot replace: \(reason)")
      }
      try? manager.removeItem(at: retired)
    } else if renameItem(staging.path, target.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(at: staging)
      throw AtomicFile.WriteError(path: directory, reason: "cannot write: \(reason)")
    }
  }

  private func requireOpen() throws(AtomicFile.WriteError) {
    guard isOpen else { throw AtomicFile.WriteError(path: directory, reason: "cannot write: the site was closed") }
  }

  /// The error for `reason`, the staging folder removed first: nothing half-written is left.
  private func failure(_ reason: String) -> AtomicFile.WriteError {
    discard()
    return AtomicFile.WriteError(path: directory, reason: reason)
  }

  /// Removes the staging folder and everything written to it; the target is left as it was.
  public func discard() {
    guard isOpen else { return }
    isOpen = false
    try? FileManager.default.removeItem(at: staging)
  }
}

/// rename(2), out of reach of `SiteStaging.rename` inside the class.
private func renameItem(_ from: String, _ to: String) -> Int32 { rename(from, to) }
