/// The values a template can use: `{{title}}`, `{{date}}`, `{{severity}}`, `{{authors}}`,
/// `{{dueDate}}`, `{{template}}`.
public struct TemplateValues: Sendable, Hashable {
  public var title: String
  public var date: CalendarDate
  public var severity: String
  public var authors: [String]
  public var template: String

  public init(title: String, date: CalendarDate, severity: String, authors: [String], template: String) {
    self.title = title
    self.date = date
    self.severity = severity
    self.authors = authors
    self.template = template
  }

  /// A due date for the first action item that the profile's policy accepts for this severity.
  public func dueDate(for profile: Profile) -> CalendarDate {
    let limit = IncidentSeverity.level(of: severity).flatMap { profile.actionItems.dueWithinDays[$0] }
    return date.adding(days: limit ?? 30)
  }

  /// The values as Mustache sees them. Every value is one line: a newline in a title must not
  /// start a section of its own.
  func dictionary(profile: Profile) -> [String: String] {
    [
      "title": TemplateValues.oneLine(title),
      "date": date.description,
      "severity": TemplateValues.oneLine(severity),
      "authors": authors.isEmpty ? "[Your Name]" : authors.map(TemplateValues.oneLine).joined(separator: ", "),
      "dueDate": dueDate(for: profile).description,
      "template": template,
    ]
  }

  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }
}
