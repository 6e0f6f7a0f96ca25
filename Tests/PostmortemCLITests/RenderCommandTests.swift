import Foundation
import Testing

@testable import PostmortemKit

/// `postmortem render` end to end, including a real browser.
@Suite struct RenderCommandTests {
  static let seed = "postmortems/2025-04-29-k8s-jobs-too-big.md"

  @Test func singleReportToStandardOutputOrFile() throws {
    let result = try CLIRunner.run(["render", Self.seed, "--today", "2025-05-01"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    let directory = try CLIRunner.temporaryDirectory()
    let target = directory.appendingPathComponent("r.md").path
    #expect(try CLIRunner.run(["render", Self.seed, "--format", "markdown", "--output", target]).status == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# The One Where K8s Jobs Got Too Big"))
    let again = try CLIRunner.run(["render", Self.seed, "--output", target])
    #expect(again.status == 2)
    #expect(again.stderr.contains("already exists (use --force to replace it)"))
  }

  @Test func folderRendersASiteThatIsReplacedOnlyWithForce() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let site = directory.appendingPathComponent("site")
    let first = try CLIRunner.run(["render", "postmortems", "--output", site.path, "--today", "2025-05-01"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == "Wrote 5 postmortem pages and \(site.path)/index.html\n")
    let pages = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
    #expect(pages.count == 6 && pages.contains("index.html") && pages.contains("2025-04-29-k8s-jobs-too-big.html"))
    let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
    let second = try CLIRunner.run(["render", "postmortems", "--output", site.path])
    #expect(second.status == 2)
    #expect(second.stderr.contains("already exists and is not empty (use --force to replace it)"))
    #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == index)
    let forced = try CLIRunner.run(["render", "postmortems", "--output", site.path, "--force", "--format", "markdown"])
    #expect(forced.status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).contains("index.md"))
    #expect(
      !FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path), "the old site is gone")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty, "no staging folders left: \(leftovers)")
  }

  /// Pages are written as they are rendered and named at the end: the site must hold exactly the
  /// pages and index rendered from the full reports, each under its own name; a broken layout
  /// leaves nothing behind.
  @Test func streamedSiteIsTheSiteOfTheFullReports() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let folder = directory.appendingPathComponent("pm")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let sources =
      try FileManager.default.contentsOfDirectory(
        atPath: CLIRunner.packageRoot.appendingPathComponent("postmortems").path
      )
      .filter { $0.hasSuffix(".md") }.map { "postmortems/" + $0 }
      + ["default", "google-sre", "lightweight", "pagerduty"].map { "Tests/Fixtures/valid/\($0).md" }
    for source in sources {
      let name = (source as NSString).lastPathComponent
      try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(source)).write(
        to: folder.appendingPathComponent(name))
      // The same document twice: a second page name is made for it.
      if name == "default.md" {
        try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(source)).write(
          to: folder.appendingPathComponent("default-copy.md"))
      }
    }
    let result = try CLIRunner.run(["render", "pm", "--output", "site", "--today", "2025-05-01"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    let today = CalendarDate(year: 2025, month: 5, day: 1)!
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { "pm/" + $0 }
    let reports = try files.map { file in
      PostmortemReport(
        parsed: PostmortemParser().parseKeepingTree(
          SourceText(try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)), file: file),
        findings: nil, today: today)
    }
    let version = try CLIRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let renderer = HTMLRenderer(
      templatesDirectory: directory.appendingPathComponent("templates").path, generator: "postmortem \(version)")
    let entries = SiteEntry.site(reports, pageExtension: "html")
    var expected = ["index.html": try renderer.index(entries, title: "Postmortems")]
    for entry in entries { expected[entry.pageName] = try renderer.page(entry.report, indexHref: "index.html") }
    let site = directory.appendingPathComponent("site")
    let written = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
    #expect(written == expected.keys.sorted())
    for (name, text) in expected {
      #expect(try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8) == text, "\(name)")
    }
    // Standard input named twice is two pages of one file.
    let twice = try CLIRunner.run(
      ["render", "-", "-", "--output", "stdin-site"],
      stdin: try Data(contentsOf: folder.appendingPathComponent("default.md")),
      in: directory)
    #expect(twice.status == 0, "\(twice.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("stdin-site").path).sorted()
        == ["index.html", "stdin-2.html", "stdin.html"])
    // A layout that cannot be read: an error, and neither a site nor a staging folder.
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("templates"), withIntermediateDirectories: true)
    try "{{#open}} never closed".write(
      to: directory.appendingPathComponent("templates/report.html"), atomically: true, encoding: .utf8)
    let broken = try CLIRunner.run(["render", "pm", "--output", "other"], in: directory)
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("report.html: invalid Mustache layout"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "pm", "site", "stdin-site", "templates",
      ])
  }

  /// The index of a site of the samples and valid fixtures, HTML and Markdown, as golden files
  /// (recorded from the release before pages were streamed). Re-record with `RECORD_SNAPSHOTS=1 make test`.
  @Test(arguments: ["html", "markdown"])
  func siteIndexMatchesItsGoldenFile(_ format: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    let site = directory.appendingPathComponent("site").path
    let result = try CLIRunner.run(
      ["render", "postmortems", "Tests/Fixtures/valid", "--format", format, "--output", site, "--today", "2026-11-25"])
    #expect(result.status == 0, "\(result.stderr)")
    let name = format == "html" ? "index.html" : "index.md"
    let index = try String(contentsOfFile: site + "/" + name, encoding: .utf8)
    let snapshot = CLIRunner.packageRoot.appendingPathComponent(
      "Tests/Snapshots/render/site-index." + (format == "html" ? "html" : "md"))
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try index.write(to: snapshot, atomically: true, encoding: .utf8)
    }
    #expect(index == (try String(contentsOf: snapshot, encoding: .utf8)), "\(format) site index changed")
  }

  @Test func badOutputPathsAreErrorsAndWriteNothing() throws {
    let directory = try CLIRunner.temporaryDirectory()
    let file = directory.appendingPathComponent("taken")
    try "keep me".write(to: file, atomically: true, encoding: .utf8)
    let isFile = try CLIRunner.run(["render", "postmortems", "--output", file.path])
    #expect(isFile.status == 2)
    #expect(isFile.stderr.contains("is a file, but a folder is needed"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    let underFile = try CLIRunner.run(["render", "postmortems", "--output", file.path + "/site"])
    #expect(underFile.status == 2)
    #expect(underFile.stderr.hasPrefix("postmortem: error: \(file.path)/site: cannot write"))
    let unwritable = try CLIRunner.run(["render", Self.seed, "--output", "/proc/postmortem-report.html"])
    #expect(unwritable.status == 2)
    #expect(unwritable.stderr.contains("/proc/postmortem-report.html"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["taken"])
  }

  @Test func jsonForSeveralPostmortemsIsOneArray() throws {
    let result = try CLIRunner.run(["render", "postmortems", "--format", "json", "--today", "2025-05-01"])
    #expect(result.status == 0)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 5)
    #expect(array.allSatisfy { $0["metrics"] != nil })
    // Written a report at a time, it is still the encoder's text for the whole array.
    let files = array.compactMap { $0["file"] as? String }
    #expect(files.count == 5)
    let today = CalendarDate(year: 2025, month: 5, day: 1)!
    let reports = try files.map { file in
      ReportJSON(
        PostmortemReport(
          parsed: PostmortemParser().parseKeepingTree(
            SourceText(try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(file), encoding: .utf8)),
            file: file), findings: nil, today: today))
    }
    #expect(result.stdout == (try JSONOutput.encode(reports, pretty: true)) + "\n")
    // When no input can be read, no file is written.
    let directory = try CLIRunner.temporaryDirectory()
    let target = directory.appendingPathComponent("reports.json").path
    let none = try CLIRunner.run(["render", "missing.md", "gone.md", "--format", "json", "--output", target])
    #expect(none.status == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test func renderingIsDeterministic() throws {
    let a = try CLIRunner.run(["render", Self.seed, "--today", "2025-05-01", "--with-findings"])
    let b = try CLIRunner.run(["render", Self.seed, "--today", "2025-05-01", "--with-findings"])
    #expect(a.stdout == b.stdout && !a.stdout.isEmpty)
  }

  /// Loads the seed's report and the site index in headless Chromium (CI installs Debian's
  /// chromium), checks the DOM and saves screenshots under .build/screenshots.
  @Test func reportsWorkInARealBrowser() throws {
    let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    guard let browser = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
      if ProcessInfo.processInfo.environment["POSTMORTEM_SKIP_BROWSER"] == "1" { return }
      Issue.record("no Chromium found; make test installs it (or set POSTMORTEM_SKIP_BROWSER=1 to skip)")
      return
    }
    let directory = try CLIRunner.temporaryDirectory()
    let site = directory.appendingPathComponent("site")
    #expect(try CLIRunner.run(["render", "postmortems", "--output", site.path, "--today", "2025-05-01"]).status == 0)
    let screenshots = CLIRunner.packageRoot.appendingPathComponent(".build/screenshots")
    try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)

    let page = site.appendingPathComponent("2025-04-29-k8s-jobs-too-big.html")
    let pageDOM = try chromium(browser, ["--dump-dom", page.absoluteString])
    #expect(pageDOM.contains("<svg class=\"timeline\""))
    #expect(pageDOM.components(separatedBy: "<circle").count - 1 == 8, "one marker per timed entry")
    #expect(pageDOM.contains("<table class=\"action-items\">"))
    #expect(pageDOM.contains("Configure monitoring alerts"))
    #expect(pageDOM.contains("<a href=\"index.html\">"))

    let indexDOM = try chromium(browser, ["--dump-dom", site.appendingPathComponent("index.html").absoluteString])
    #expect(indexDOM.contains("<a href=\"2025-04-29-k8s-jobs-too-big.html\">The One Where K8s Jobs Got Too Big</a>"))
    #expect(indexDOM.components(separatedBy: "<tr class=\"sev").count - 1 == 5)

    for (name, url) in [("seed-report", page), ("site-index", site.appendingPathComponent("index.html"))] {
      let png = screenshots.appendingPathComponent("\(name).png")
      try? FileManager.default.removeItem(at: png)
      _ = try chromium(browser, ["--window-size=1100,1800", "--screenshot=\(png.path)", url.absoluteString])
      let size = (try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? NSNumber)?.intValue ?? 0
      #expect(size > 10_000, "\(name) screenshot looks empty")
    }
  }

  private func chromium(_ browser: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
    process.arguments =
      ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)"]
      + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: profile)
    return String(decoding: data, as: UTF8.self)
  }
}
