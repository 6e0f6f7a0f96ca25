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
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("postmortem-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

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
