import Foundation
import Testing

@testable import PostmortemKit

/// Bad input is a clear error naming the file (and line), never a crash.
@Suite struct DocumentLoaderTests {
  private func write(_ bytes: [UInt8], named name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  private func failure(_ result: Result<SourceText, DocumentLoader.LoadError>) -> DocumentLoader.LoadError? {
    if case .failure(let error) = result { return error }
    return nil
  }

  @Test func invalidUTF8NamesTheLine() throws {
    let directory = try TestSupport.temporaryDirectory()
    let path = try write(
      Array("# Title\n\nok\n".utf8) + [0xC3, 0x28] + Array("\n".utf8), named: "latin.md", in: directory)
    let error = try #require(failure(DocumentLoader().read(path)))
    #expect(error.line == 4)
    #expect(error.description.hasPrefix("\(path):4: not valid UTF-8"))
  }

  @Test func binaryFile() throws {
    let directory = try TestSupport.temporaryDirectory()
    let path = try write(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], named: "image.md", in: directory)
    let error = try #require(failure(DocumentLoader().read(path)))
    #expect(error.reason.contains("binary file"))
  }

  @Test func emptyAndBlankFiles() throws {
    let directory = try TestSupport.temporaryDirectory()
    for (name, bytes) in [("empty.md", [UInt8]()), ("blank.md", Array(" \n\n\t\n".utf8))] {
      let error = try #require(failure(DocumentLoader().read(try write(bytes, named: name, in: directory))))
      #expect(error.reason == "file is empty")
    }
  }

  @Test func sizeCap() throws {
    let directory = try TestSupport.temporaryDirectory()
    let path = try write(Array(repeating: UInt8(ascii: "a"), count: 2048), named: "big.md", in: directory)
    let error = try #require(failure(DocumentLoader(maximumFileSize: 1024).read(path)))
    #expect(error.reason.contains("over the 1024-byte limit"))
    #expect(failure(DocumentLoader(maximumFileSize: 4096).read(path)) == nil)
  }

  @Test func overlongAndSurrogateEncodingsAreInvalid() throws {
    let directory = try TestSupport.temporaryDirectory()
    for bytes: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
      let path = try write(Array("x ".utf8) + bytes, named: "bad.md", in: directory)
      #expect(failure(DocumentLoader().read(path)) != nil, "\(bytes)")
    }
    let good = try write(Array("naïve 🔥 日本\n".utf8), named: "good.md", in: directory)
    #expect(failure(DocumentLoader().read(good)) == nil)
  }

  @Test func expandWalksFoldersInOrderAndReportsMissingPaths() throws {
    let directory = try TestSupport.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("b/.hidden"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("empty"), withIntermediateDirectories: true)
    _ = try write(Array("# z\n".utf8), named: "z.md", in: directory)
    _ = try write(Array("# a\n".utf8), named: "b/a.markdown", in: directory)
    _ = try write(Array("# h\n".utf8), named: "b/.hidden/h.md", in: directory)
    _ = try write(Array("not markdown".utf8), named: "notes.txt", in: directory)
    let root = directory.path
    let result = DocumentLoader().expand([root, root + "/missing.md", root + "/empty", root + "/z.md"])
    #expect(result.files == [root + "/b/a.markdown", root + "/z.md"])
    #expect(result.errors.map(\.reason) == ["no such file or directory", "no Markdown files (*.md) in this directory"])
  }

  @Test func expandFollowsLinksToFilesButNotToFolders() throws {
    let directory = try TestSupport.temporaryDirectory()
    let manager = FileManager.default
    try manager.createDirectory(at: directory.appendingPathComponent("docs/deep"), withIntermediateDirectories: true)
    try manager.createDirectory(at: directory.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
    _ = try write(Array("# a\n".utf8), named: "docs/deep/A.MD", in: directory)
    _ = try write(Array("# t\n".utf8), named: "elsewhere/target.md", in: directory)
    _ = try write(Array("# .\n".utf8), named: "docs/.draft.md", in: directory)
    try manager.createSymbolicLink(
      atPath: directory.appendingPathComponent("docs/link.md").path,
      withDestinationPath: directory.appendingPathComponent("elsewhere/target.md").path)
    try manager.createSymbolicLink(
      atPath: directory.appendingPathComponent("docs/folder-link").path,
      withDestinationPath: directory.appendingPathComponent("elsewhere").path)
    try manager.createSymbolicLink(
      atPath: directory.appendingPathComponent("docs/dangling.md").path, withDestinationPath: "/nonexistent/x.md")
    let root = directory.path + "/docs/"
    let result = DocumentLoader().expand([root])
    #expect(result.files == [directory.path + "/docs/deep/A.MD", directory.path + "/docs/link.md"])
    #expect(result.errors.isEmpty)
  }

  @Test func unreadablePathsAreErrorsNotCrashes() throws {
    let directory = try TestSupport.temporaryDirectory()
    let folder = try #require(failure(DocumentLoader().read(directory.path)))
    #expect(folder.reason == "cannot read file: is a directory")
    let missing = try #require(failure(DocumentLoader().read(directory.path + "/gone.md")))
    #expect(missing.reason == "cannot read file: no such file or directory")
  }

  /// Regular files are read whole into one buffer; a pipe reports no size and is read in chunks
  /// to its end. Both give back exactly the bytes written, here several chunks' worth.
  @Test func regularFilesAndPipesAreReadWhole() throws {
    let directory = try TestSupport.temporaryDirectory()
    let text = "# Pipe\n\n" + String(repeating: "A line of the postmortem, written through a pipe.\n", count: 4000)
    let file = try write(Array(text.utf8), named: "file.md", in: directory)
    let fromFile = try DocumentLoader().read(file).get()
    #expect(fromFile.bytes == Array(text.utf8))
    let fifo = directory.appendingPathComponent("pipe.md").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = Thread {
      // Opening a FIFO for writing waits for the reader, which the test thread becomes below.
      guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
      handle.write(Data(text.utf8))
      try? handle.close()
    }
    writer.start()
    let fromPipe = try DocumentLoader().read(fifo).get()
    #expect(fromPipe.bytes == Array(text.utf8))
  }

  @Test func readerKeepsGoingAfterErrors() throws {
    let directory = try TestSupport.temporaryDirectory()
    let good = try write(Array("# Good\n".utf8), named: "good.md", in: directory)
    let bad = try write([0xFF, 0xFE], named: "bad.md", in: directory)
    let outcomes = PostmortemReader().read(paths: [bad, directory.path + "/nope", good])
    var parsed: [String] = []
    var failed: [String] = []
    for outcome in outcomes {
      switch outcome {
      case .processed(_, let document): parsed.append(document.title?.text ?? "")
      case .failed(let error): failed.append(error.path)
      }
    }
    #expect(parsed == ["Good"])
    #expect(Set(failed) == [bad, directory.path + "/nope"])
  }
}
