import Foundation

/// Writes a folder of files so that it appears whole or not at all: the files go to a temporary
/// folder beside the target, which then takes the target's place.
public enum SiteWriter {
  /// Writes `files` (relative name → content) as the folder `directory`. An existing non-empty
  /// folder is replaced only with `overwrite`; an existing file is never replaced.
  public static func write(_ files: [String: String], to directory: String, overwrite: Bool)
    throws(AtomicFile.WriteError)
  {
    try write(files, to: directory, overwrite: overwrite) { data, url in
      try data.write(to: url, options: [.withoutOverwriting])
    }
  }

  /// `write` with the step that puts bytes on disk supplied, for tests that make it fail.
  static func write(
    _ files: [String: String], to directory: String, overwrite: Bool, writeData: (Data, URL) throws -> Void
  ) throws(AtomicFile.WriteError) {
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
      for (name, text) in files.sorted(by: { $0.key < $1.key }) {
        try writeData(Data(text.utf8), staging.appendingPathComponent(name))
      }
    } catch {
      try? manager.removeItem(at: staging)
      throw AtomicFile.WriteError(path: directory, reason: "cannot write: \((error as NSError).localizedDescription)")
    }
    if exists {
      // Swap: the old folder moves aside, the new one takes its name, the old one goes.
      let retired = parent.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).old")
      guard rename(target.path, retired.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? manager.removeItem(at: staging)
        throw AtomicFile.WriteError(path: directory, reason: "cannot replace: \(reason)")
      }
      guard rename(staging.path, target.path) == 0 else {
        let reason = String(cString: strerror(errno))
        _ = rename(retired.path, target.path)
        try? manager.removeItem(at: staging)
        throw AtomicFile.WriteError(path: directory, reason: "cannot replace: \(reason)")
      }
      try? manager.removeItem(at: retired)
    } else if rename(staging.path, target.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(at: staging)
      throw AtomicFile.WriteError(path: directory, reason: "cannot write: \(reason)")
    }
  }
}
