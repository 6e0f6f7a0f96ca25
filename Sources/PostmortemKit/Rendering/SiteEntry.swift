/// A postmortem's place in a rendered site: its report and the file its page is written to.
public struct SiteEntry: Sendable {
  public var report: PostmortemReport
  /// The page's file name, relative to the site folder (`2025-04-29-k8s-jobs-too-big.html`).
  public var pageName: String

  /// Entries for `reports`, newest first, with page names from the source file names made unique.
  public static func site(_ reports: [PostmortemReport], pageExtension: String) -> [SiteEntry] {
    SiteIndexRow.ordered(reports, file: \.document.file, date: \.incidentDay, pageExtension: pageExtension)
      .map { SiteEntry(report: $0, pageName: $1) }
  }

  /// The entry's row in the site index.
  public var indexRow: SiteIndexRow { SiteIndexRow(report, pageName: pageName) }
}
