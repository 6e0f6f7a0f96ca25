import Foundation
import Testing

@testable import PostmortemKit

/// Templates and profiles cannot drift apart: what `new` writes is what `lint` requires.
@Suite struct AuthoringTests {
  static let date = CalendarDate(year: 2024, month: 3, day: 2)!

  static func render(_ name: String, severity: String = "SEV2") throws -> (text: String, profile: Profile) {
    let (entry, profile) = try TemplateCatalog.builtIn.require(name)
    let values = TemplateValues(
      title: "Cache stampede after a deploy", date: date, severity: severity, authors: ["Ana Ortiz"], template: name)
    return (try TemplateRenderer.render(entry.text, values: values, profile: profile), profile)
  }

  /// Fills every [placeholder] with its own words, as an author would.
  static func filled(_ text: String) -> String {
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      // Keep task-list boxes ("- [ ] ", "- [x] "); drop the brackets of placeholders.
      if character == "[", next < text.endIndex, text[next] != " ", text[next] != "x",
        let close = text[next...].firstIndex(of: "]")
      {
        out += text[next..<close]
        index = text.index(after: close)
      } else {
        out.append(character)
        index = next
      }
    }
    return out
  }

  @Test func everyTemplateHasAProfileAndEveryProfileATemplate() {
    #expect(TemplateCatalog.builtIn.names == ProfileCatalog.builtIn.names)
    #expect(Set(TemplateCatalog.builtIn.names).isSuperset(of: ["default", "google-sre", "pagerduty", "lightweight"]))
  }

  @Test(arguments: TemplateCatalog.builtIn.names)
  func templateWritesEveryRequiredSection(_ name: String) throws {
    let (text, profile) = try Self.render(name)
    let document = PostmortemParser().parse(text, file: "new.md")
    for requirement in profile.sections {
      #expect(text.contains(requirement.heading), "\(name) template lacks the heading '\(requirement.heading)'")
      #expect(
        document.sections.contains { Profile.section($0, satisfies: requirement) },
        "\(name): '\(requirement.heading)' is not recognised as \(requirement.kind)")
    }
    #expect(document.metadata.template?.text == name, "the document records its template")
    #expect(document.title?.text == "Cache stampede after a deploy")
  }

  @Test(arguments: TemplateCatalog.builtIn.names)
  func freshDocumentHasOnlyPlaceholderFindingsAndNoneOnceFilled(_ name: String) throws {
    let severity = name == "lightweight" ? "SEV4" : "SEV2"
    let (text, _) = try Self.render(name, severity: severity)
    let fresh = TestSupport.lint(text, today: Self.date)
    #expect(!fresh.isEmpty, "a fresh document has parts to fill in")
    #expect(fresh.filter { $0.rule != "template-placeholder" }.map(\.message) == [])
    let filled = Self.filled(text)
    #expect(TestSupport.lint(filled, today: Self.date).map { "\($0.rule): \($0.message)" } == [])
  }

  @Test func valuesAreOneLineAndDueDatesFollowThePolicy() throws {
    let (_, profile) = try TemplateCatalog.builtIn.require("default")
    let values = TemplateValues(
      title: "Two\nlines\n## Injected", date: Self.date, severity: "SEV1", authors: [], template: "default")
    let dictionary = values.dictionary(profile: profile)
    #expect(dictionary["title"] == "Two lines ## Injected")
    #expect(dictionary["authors"] == "[Your Name]")
    #expect(dictionary["dueDate"] == "2024-03-17", "SEV1 items are due within 15 days")
    var low = values
    low.severity = "SEV4"
    #expect(low.dictionary(profile: profile)["dueDate"] == "2024-04-01")
  }

  @Test func mustacheDoesNotEscapeMarkdown() throws {
    let (entry, profile) = try TemplateCatalog.builtIn.require("lightweight")
    let values = TemplateValues(
      title: "Errors <5xx> & \"timeouts\"", date: Self.date, severity: "SEV4", authors: ["O'Brien"], template: "x")
    let text = try TemplateRenderer.render(entry.text, values: values, profile: profile)
    #expect(text.contains("# Errors <5xx> & \"timeouts\""))
    #expect(text.contains("**Authors:** O'Brien"))
  }

  @Test(arguments: [
    ("Search outage: EU (2024)", "search-outage-eu-2024"), ("Café crème brûlée", "cafe-creme-brulee"),
    ("  --Leading and trailing--  ", "leading-and-trailing"), ("Straße", "strasse"), ("日本語", ""), ("!!!", ""),
    ("UPPER lower 42", "upper-lower-42"),
  ])
  func slugs(_ title: String, _ slug: String) {
    #expect(Slug.make(title) == slug)
  }

  @Test func slugsAreCappedAtAWordBoundary() {
    let slug = Slug.make(String(repeating: "incident ", count: 20))
    #expect(slug.count <= Slug.maximumLength)
    #expect(!slug.hasSuffix("-"))
    #expect(slug.hasSuffix("incident"))
  }

  @Test(arguments: ["../x", "a/b", ".hidden", "", "defualt"])
  func badTemplateNamesListTheAvailableOnes(_ name: String) {
    do {
      _ = try TemplateCatalog.builtIn.require(name)
      Issue.record("\(name) should be refused")
    } catch {
      #expect(error.description.contains("available: default, google-sre, lightweight, pagerduty"), "\(error)")
    }
  }

  @Test func projectTemplatesNeedAProfile() throws {
    let directory = try TestSupport.temporaryDirectory()
    try "# {{title}}\n".write(to: directory.appendingPathComponent("solo.md"), atomically: true, encoding: .utf8)
    let catalog = try TemplateCatalog.builtIn.adding(directory: directory.path)
    #expect(catalog.names.contains("solo"))
    do {
      _ = try catalog.require("solo")
      Issue.record("a template without a profile must be refused")
    } catch {
      #expect(error.message.contains("has no profile; add solo.yml beside it"))
    }
  }
}
