import Foundation
import Mustache

/// Renders reports as self-contained HTML (inline CSS, no external assets, no script) from the
/// Mustache layouts `report.html` and `index.html`, which a team can override in its templates
/// folder. All text goes through Mustache's HTML escaping; Markdown bodies through cmark-gfm's
/// safe renderer.
public struct HTMLRenderer: Sendable {
  public var reportLayout: String {
    didSet { reportTemplate = HTMLRenderer.parse(reportLayout, name: "report.html") }
  }
  public var indexLayout: String {
    didSet { indexTemplate = HTMLRenderer.parse(indexLayout, name: "index.html") }
  }
  public var generator: String
  /// The layouts parsed once: parsing the report layout again for every page was a third of
  /// rendering a site.
  private var reportTemplate: Result<MustacheTemplate, ConfigurationError>
  private var indexTemplate: Result<MustacheTemplate, ConfigurationError>

  /// The shipped layouts, replaced by `report.html` / `index.html` in `templatesDirectory` if present.
  public init(templatesDirectory: String? = nil, generator: String) {
    func layout(_ name: String) -> String {
      if let directory = templatesDirectory,
        let text = try? String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8)
      {
        return text
      }
      return BuiltInTemplates.files[name] ?? ""
    }
    reportLayout = layout("report.html")
    indexLayout = layout("index.html")
    self.generator = generator
    reportTemplate = HTMLRenderer.parse(reportLayout, name: "report.html")
    indexTemplate = HTMLRenderer.parse(indexLayout, name: "index.html")
  }

  private static func parse(_ layout: String, name: String) -> Result<MustacheTemplate, ConfigurationError> {
    do {
      return .success(try MustacheTemplate(string: layout))
    } catch {
      return .failure(ConfigurationError(path: name, line: nil, message: "invalid Mustache layout: \(error)"))
    }
  }

  /// One postmortem's page; `indexHref` links back to a site index.
  public func page(_ report: PostmortemReport, indexHref: String? = nil) throws(ConfigurationError) -> String {
    try render(reportTemplate, ReportViewModel.page(report, generator: generator, indexHref: indexHref))
  }

  /// The site index: one row per entry, in the order given (`SiteEntry.site` puts them newest
  /// first), each linking to its page.
  public func index(_ entries: [SiteEntry], title: String) throws(ConfigurationError) -> String {
    try index(rows: entries.map(\.indexRow), title: title)
  }

  /// The site index from its rows (see `SiteIndexRow.site`).
  public func index(rows: [SiteIndexRow], title: String) throws(ConfigurationError) -> String {
    let levels = Set(rows.map(\.severityClass))
    let filters =
      (0...5).map { "sev\($0)" }.filter(levels.contains).map { ["cls": $0, "label": $0.uppercased()] }
      + (levels.contains("unknown") ? [["cls": "unknown", "label": "Unknown"]] : [])
    let values: [String: Any] = [
      "generator": generator, "title": title, "count": rows.count,
      "openTotal": rows.map(\.openActionItems).reduce(0, +),
      "filters": filters,
      "rows": rows.map { row -> [String: Any] in
        [
          "date": row.date?.description ?? "—", "title": row.title, "href": row.pageName,
          "severity": row.severityLabel, "cls": row.severityClass, "duration": row.duration ?? "—",
          "timeToResolve": row.timeToResolve ?? "—", "openItems": row.openActionItems,
        ]
      },
    ]
    return try render(indexTemplate, values)
  }

  private func render(_ template: Result<MustacheTemplate, ConfigurationError>, _ values: [String: Any])
    throws(ConfigurationError) -> String
  {
    try template.get().render(values)
  }
}
