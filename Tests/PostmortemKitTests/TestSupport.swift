import Foundation
import PostmortemKit

/// Paths and helpers shared by the library tests.
enum TestSupport {
  /// The package root, found from this file's location.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func url(_ relative: String) -> URL { packageRoot.appendingPathComponent(relative) }

  static func read(_ relative: String) throws -> String {
    try String(contentsOf: url(relative), encoding: .utf8)
  }

  /// Parses a sample from `postmortems/`, recording its path relative to the package root.
  static func sample(_ name: String) throws -> PostmortemDocument {
    let relative = "postmortems/\(name)"
    return PostmortemParser().parse(try read(relative), file: relative)
  }

  /// Parses Markdown written in a test.
  static func parse(_ markdown: String) -> PostmortemDocument {
    PostmortemParser().parse(markdown, file: "test.md")
  }

  /// A fresh empty directory under the system temporary directory.
  /// The samples, the fixtures and `count` postmortems from the corpus generator (every style it
  /// writes): what the parser's reduced scopes are held to a full parse on.
  static func scopeTestFiles(generated count: Int = 60) throws -> [String] {
    let generated = try temporaryDirectory()
    let made = try python([url("bench/make-corpus.py").path, "\(count)", generated.path])
    guard made.status == 0 else { throw TestFailure(message: made.output) }
    var files: [String] = []
    for folder in [url("postmortems"), url("Tests/Fixtures"), generated] {
      let names = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
      files += names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0).path }
    }
    return files
  }

  /// A fresh directory for one test. It lives in a folder the test process removes when it exits,
  /// so a run leaves nothing behind in the system's temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = scratchRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private static let scratchRoot: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("postmortem-tests-\(UUID().uuidString)")
    atexit { try? FileManager.default.removeItem(at: TestSupport.scratchRoot) }
    return root
  }()

  /// Runs `python3` with `arguments`, returning its exit status and combined output.
  static func python(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    let inputPipe = Pipe()
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inputPipe.fileHandleForWriting.close()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// A test's set-up that could not be done (a helper process failed), with what it printed.
struct TestFailure: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
