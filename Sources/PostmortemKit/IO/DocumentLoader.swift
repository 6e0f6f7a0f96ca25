import Foundation

/// Reads postmortem files from disk with the checks a command-line tool owes its users: a size
/// cap, binary and encoding detection, and directories walked for `*.md` in a stable order.
public struct DocumentLoader: Sendable {
  /// Why a path could not be read; `description` is the one-line message shown to users.
  public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
      self.path = path
      self.line = line
      self.reason = reason
    }

    public var description: String {
      if let line { return "\(path):\(line): \(reason)" }
      return "\(path): \(reason)"
    }
  }

  /// 10 MiB: far above any real postmortem, low enough to keep a hostile file from stalling CI.
  public static let defaultMaximumFileSize = 10 * 1024 * 1024

  public var maximumFileSize: Int

  public init(maximumFileSize: Int = DocumentLoader.defaultMaximumFileSize) {
    self.maximumFileSize = maximumFileSize
  }

  /// The Markdown files named by `paths`: files as given, directories searched recursively for
  /// `.md` and `.markdown` files (hidden folders skipped), each directory's files sorted by path.
  /// Paths that do not exist, or directories with no Markdown, are reported as errors.
  public func expand(_ paths: [String]) -> (files: [String], errors: [LoadError]) {
    var files: [String] = []
    var errors: [LoadError] = []
    var seen = Set<String>()
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        errors.append(LoadError(path: path, reason: "no such file or directory"))
        continue
      }
      if !isDirectory.boolValue {
        if seen.insert(path).inserted { files.append(path) }
        continue
      }
      let found = markdownFiles(under: path)
      if found.isEmpty {
        errors.append(LoadError(path: path, reason: "no Markdown files (*.md) in this directory"))
      }
      for file in found where seen.insert(file).inserted { files.append(file) }
    }
    return (files, errors)
  }

  private func markdownFiles(under directory: String) -> [String] {
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
    var result: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      let lower = name.lowercased()
      guard lower.hasSuffix(".md") || lower.hasSuffix(".markdown") else { continue }
      let full = base.isEmpty ? relative : base + "/" + relative
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
        result.append(full)
      }
    }
    return result.sorted()
  }

  /// Reads `path` as UTF-8 text, refusing what is not a postmortem.
  public func read(_ path: String) -> Result<SourceText, LoadError> {
    let url = URL(fileURLWithPath: path)
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumFileSize {
      return .failure(
        LoadError(
          path: path,
          reason: "file is \(size) bytes, over the \(maximumFileSize)-byte limit (raise it with --max-file-size)"))
    }
    // An empty file is refused without reading it (reading one leaks in swift-foundation, which
    // the AddressSanitizer run reports).
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size == 0 {
      return .failure(LoadError(path: path, reason: "file is empty"))
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? "cannot be read"
      return .failure(LoadError(path: path, reason: "cannot read file: \(reason.lowercased())"))
    }
    return decode(data, path: path)
  }

  /// Checks and decodes the bytes of a file (also used for standard input).
  public func decode(_ data: Data, path: String) -> Result<SourceText, LoadError> {
    if data.count > maximumFileSize {
      return .failure(
        LoadError(
          path: path,
          reason: "input is \(data.count) bytes, over the \(maximumFileSize)-byte limit (raise it with --max-file-size)"
        ))
    }
    let bytes = [UInt8](data)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      return .failure(LoadError(path: path, reason: "file is empty"))
    }
    if let nul = bytes.firstIndex(of: 0) {
      return .failure(
        LoadError(
          path: path, line: lineNumber(at: nul, in: bytes), reason: "binary file (contains a NUL byte), not Markdown"))
    }
    if let invalid = firstInvalidUTF8(bytes) {
      return .failure(
        LoadError(
          path: path, line: lineNumber(at: invalid, in: bytes),
          reason:
            "not valid UTF-8 (byte 0x\(String(bytes[invalid], radix: 16, uppercase: true)) at offset \(invalid)); save the file as UTF-8"
        ))
    }
    return .success(SourceText(bytes: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes))
  }

  private func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    var index = 0
    while index < offset {
      if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
      }
      index += 1
    }
    return line
  }

  /// The offset of the first byte that breaks UTF-8, or nil for valid text.
  private func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      switch byte {
      case 0xC2...0xDF:
        length = 2
        minimum = 0x80
      case 0xE0...0xEF:
        length = 3
        minimum = 0x800
      case 0xF0...0xF4:
        length = 4
        minimum = 0x10000
      default: return index
      }
      guard index + length <= count else { return index }
      var scalar = UInt32(byte) & (0xFF >> (length + 1))
      for offset in 1..<length {
        let continuation = bytes[index + offset]
        guard continuation & 0xC0 == 0x80 else { return index }
        scalar = scalar << 6 | UInt32(continuation & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
      index += length
    }
    return nil
  }
}
