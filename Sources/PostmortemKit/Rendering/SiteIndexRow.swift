/// What a site's index shows of one postmortem, and the page it links to.
///
/// A site of a large archive is rendered a page at a time; only these rows are kept for the index,
/// a few hundred bytes each instead of the report (which holds the whole document).
public struct SiteIndexRow: Sendable, Hashable {
  /// The source file, as given: page names are made from it.
  public var file: String
  public var date: CalendarDate?
  public var title: String
  /// "SEV1 (Critical)", as `PostmortemReport.severityLabel`.
  public var severityLabel: String
  /// `sev0`…`sev5` or `unknown`, as `PostmortemReport.severityClass`.
  public var severityClass: String
  /// The duration measured from the timeline, else the one the document states.
  public var duration: String?
  /// The total duration measured from the timeline only.
  public var measuredDuration: String?
  public var timeToResolve: String?
  public var openActionItems: Int
  /// The page's file name, relative to the site folder; set by `site(_:pageExtension:)`.
  public var pageName: String

  /// The row of `report`, linking to `pageName`.
  public init(_ report: PostmortemReport, pageName: String = "") {
    file = report.document.file
    date = report.incidentDay
    title = report.title
    severityLabel = report.severityLabel
    severityClass = report.severityClass
    measuredDuration = report.metrics.totalDuration?.text
    duration = measuredDuration ?? report.document.metadata.duration?.raw
    timeToResolve = report.metrics.timeToResolve?.text
    openActionItems = report.document.actionItems.count { !$0.done }
    self.pageName = pageName
  }

  /// `rows` newest first, each with a page name made from its file name, unique in the site.
  public static func site(_ rows: [SiteIndexRow], pageExtension: String) -> [SiteIndexRow] {
    ordered(rows, file: \.file, date: \.date, pageExtension: pageExtension).map { row, name in
      var named = row
      named.pageName = name
      return named
    }
  }

  /// `items` in site order (newest first, then by file) with their page names: the one place
  /// both `SiteEntry.site` and `site` take order and names from.
  static func ordered<Item>(
    _ items: [Item], file: (Item) -> String, date: (Item) -> CalendarDate?, pageExtension: String
  ) -> [(Item, String)] {
    let sorted = items.sorted { a, b in
      let left = date(a) ?? CalendarDate(daysSinceEpoch: -1_000_000)
      let right = date(b) ?? CalendarDate(daysSinceEpoch: -1_000_000)
      return left != right ? left > right : file(a) < file(b)
    }
    var used = Set<String>(["index.\(pageExtension)"])
    return sorted.map { item in
      let base =
        file(item).split(separator: "/").last.map { name -> String in
          let text = String(name)
          let stem =
            text.hasSuffix(".md")
            ? String(text.dropLast(3)) : text.hasSuffix(".markdown") ? String(text.dropLast(9)) : text
          return Slug.make(stem)
        } ?? "postmortem"
      let stem = base.isEmpty ? "postmortem" : base
      var name = "\(stem).\(pageExtension)"
      var counter = 2
      while used.contains(name) {
        name = "\(stem)-\(counter).\(pageExtension)"
        counter += 1
      }
      used.insert(name)
      return (item, name)
    }
  }
}
