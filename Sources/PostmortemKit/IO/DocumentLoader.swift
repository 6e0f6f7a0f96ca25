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
  /// Files a folder walk leaves out (`README.md`, `drafts/**`); files named outright are read.
  public var excluded: [PathPattern]

  public init(maximumFileSize: Int = DocumentLoader.defaultMaximumFileSize, excluded: [PathPattern] = []) {
    self.maximumFileSize = maximumFileSize
    self.excluded = excluded
  }

  /// The Markdown files named by `paths`: files as given, directories searched recursively for
  /// `.md` and `.markdown` files (hidden folders and `excluded` files skipped), each directory's
  /// files sorted by path.
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
      let walked = markdownFiles(under: path)
      let found = excluded.isEmpty ? walked : walked.filter { !isExcluded($0, under: path) }
      if walked.isEmpty {
        errors.append(LoadError(path: path, reason: "no Markdown files (*.md) in this directory"))
      }
      for file in found where seen.insert(file).inserted { files.append(file) }
    }
    return (files, errors)
  }

  /// Whether `file`, found below `folder`, matches an `excluded` pattern.
  private func isExcluded(_ file: String, under folder: String) -> Bool {
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    let relative = file.hasPrefix(base) ? String(file.dropFirst(base.count)) : file
    return excluded.contains { $0.matches(relativePath: relative) }
  }

  /// Walks `directory` with `opendir`/`readdir`: `FileManager`'s enumerator and a `fileExists`
  /// per entry cost more than parsing the files. Hidden entries are skipped; symbolic links to
  /// files are followed, links to folders are not descended into.
  private func markdownFiles(under directory: String) -> [String] {
    let base = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    var result: [String] = []
    var pending = [base]
    while let folder = pending.popLast() {
      guard let stream = opendir(folder) else { continue }
      defer { closedir(stream) }
      while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
        }
        guard !name.hasPrefix(".") else { continue }
        let full = folder == "/" ? "/" + name : folder + "/" + name
        var type = entry.pointee.d_type
        if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
          var status = stat()
          guard stat(full, &status) == 0 else { continue }
          let isFolder = status.st_mode & S_IFMT == S_IFDIR
          // Links are followed to files only, as FileManager's enumerator does.
          if isFolder && type == UInt8(DT_LNK) { continue }
          type = isFolder ? UInt8(DT_DIR) : status.st_mode & S_IFMT == S_IFREG ? UInt8(DT_REG) : UInt8(DT_UNKNOWN)
        }
        if type == UInt8(DT_DIR) {
          pending.append(full)
        } else if type == UInt8(DT_REG), DocumentLoader.isMarkdownName(name) {
          result.append(full)
        }
      }
    }
    return result.sorted()
  }

  private static func isMarkdownName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
  }

  /// Reads `path` as UTF-8 text, refusing what is not a postmortem.
  ///
  /// Reads with `open`/`fstat`/`read` straight into the byte array the parser uses: going
  /// through `FileManager` attributes and `Data` cost more than parsing small files.
  public func read(_ path: String) -> Result<SourceText, LoadError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(LoadError(path: path, reason: "cannot read file: \(errorText())")) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .failure(LoadError(path: path, reason: "cannot read file: \(errorText())"))
    }
    let isRegular = status.st_mode & S_IFMT == S_IFREG
    if status.st_mode & S_IFMT == S_IFDIR {
      return .failure(LoadError(path: path, reason: "cannot read file: is a directory"))
    }
    let size = Int(status.st_size)
    if size > maximumFileSize { return .failure(oversized(path: path, size: size, what: "file")) }
    // Pipes and devices report no size: read them to the end, within the cap.
    if isRegular && size == 0 { return .failure(LoadError(path: path, reason: "file is empty")) }
    // A regular file is read straight into its buffer (one byte more than its size, to see it
    // end), without zero-filling a second buffer and copying it over.
    var readError: Int32 = 0
    // (A pipe starts from the empty array: an uninitialised one of capacity 0 would write its count
    // into the storage every empty array shares, a race ThreadSanitizer reports.)
    var bytes: [UInt8] = []
    if isRegular {
      bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
        count = 0
        while count < buffer.count {
          let got = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
          if got < 0 && errno == EINTR { continue }
          if got < 0 { readError = errno }
          if got <= 0 { return }
          count += got
        }
      }
    }
    if readError != 0 {
      errno = readError
      return .failure(LoadError(path: path, reason: "cannot read file: \(errorText())"))
    }
    // Done unless the buffer filled up: a file that grew, or a pipe or device.
    if isRegular && bytes.count <= size { return check(bytes, path: path) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(LoadError(path: path, reason: "cannot read file: \(errorText())"))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[..<count])
      if bytes.count > maximumFileSize { return .failure(oversized(path: path, size: bytes.count, what: "file")) }
    }
    return check(bytes, path: path)
  }

  private func errorText() -> String { String(cString: strerror(errno)).lowercased() }

  private func oversized(path: String, size: Int, what: String) -> LoadError {
    LoadError(
      path: path,
      reason: "\(what) is \(size) bytes, over the \(maximumFileSize)-byte limit (raise it with --max-file-size)")
  }

  /// Checks and decodes the bytes of a file (also used for standard input).
  public func decode(_ data: Data, path: String) -> Result<SourceText, LoadError> {
    if data.count > maximumFileSize { return .failure(oversized(path: path, size: data.count, what: "input")) }
    return check([UInt8](data), path: path)
  }

  private func check(_ bytes: [UInt8], path: String) -> Result<SourceText, LoadError> {
    let scan = DocumentLoader.scan(bytes)
    if !scan.hasContent {
      return .failure(LoadError(path: path, reason: "file is empty"))
    }
    if let nul = scan.firstNUL {
      return .failure(
        LoadError(
          path: path, line: lineNumber(at: nul, in: bytes), reason: "binary file (contains a NUL byte), not Markdown"))
    }
    if let invalid = scan.firstInvalidUTF8 {
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

  /// What one pass over a file's bytes tells: whether anything but white space is in it, the
  /// first NUL byte, and the first byte that breaks UTF-8.
  private struct Scan {
    var hasContent = false
    var firstNUL: Int?
    var firstInvalidUTF8: Int?
  }

  private static func scan(_ bytes: [UInt8]) -> Scan {
    var result = Scan()
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      var index = 0
      while index < count {
        // Once content is seen, ASCII words without a NUL are passed eight bytes at a time.
        if result.hasContent, index + 8 <= count {
          let word = ByteWord.load(buffer, at: index)
          if word & ByteWord.highBits == 0 && !ByteWord.hasZero(word) {
            index += 8
            continue
          }
        }
        let byte = buffer[index]
        if byte < 0x80 {
          if byte == 0 {
            if result.firstNUL == nil { result.firstNUL = index }
            result.hasContent = true
          } else if !result.hasContent, byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
            result.hasContent = true
          }
          index += 1
          continue
        }
        result.hasContent = true
        if let length = validSequenceLength(buffer, at: index) {
          index += length
        } else {
          if result.firstInvalidUTF8 == nil { result.firstInvalidUTF8 = index }
          index += 1
        }
      }
    }
    return result
  }

  /// The length of the well-formed UTF-8 sequence starting at `index` (a non-ASCII byte), or nil.
  private static func validSequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let byte = buffer[index]
    let length: Int
    let minimum: UInt32
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
    default: return nil
    }
    guard index + length <= buffer.count else { return nil }
    var scalar = UInt32(byte) & (0xFF >> (length + 1))
    for offset in 1..<length {
      let continuation = buffer[index + offset]
      guard continuation & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(continuation & 0x3F)
    }
    if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
    return length
  }
}
