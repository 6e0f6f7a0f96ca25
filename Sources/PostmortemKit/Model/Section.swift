/// A heading and the part of the document it governs.
public struct Section: Sendable, Hashable, Codable {
  /// How the heading was written.
  public enum Style: String, Sendable, Hashable, Codable {
    /// An ATX (`## Title`) or setext (underlined) heading.
    case heading
    /// A paragraph holding only bold text, used as a heading by some teams.
    case boldParagraph
  }

  /// The heading text, markup removed.
  public var title: String
  /// 1–6 for headings; a bold-paragraph heading takes one level below the heading it sits under.
  public var level: Int
  /// The canonical role, when the wording is recognised.
  public var kind: SectionKind?
  public var style: Style
  public var line: Int
  public var column: Int
  /// The last source line of the section (up to the next heading of the same or a higher level).
  public var endLine: Int
  /// Whether any content (other than sub-headings) stands between the heading and the section's end.
  public var hasContent: Bool

  public init(
    title: String, level: Int, kind: SectionKind?, style: Style, location: SourceLocation, endLine: Int,
    hasContent: Bool
  ) {
    self.title = title
    self.level = level
    self.kind = kind
    self.style = style
    self.line = location.line
    self.column = location.column
    self.endLine = endLine
    self.hasContent = hasContent
  }
}

extension Section {
  /// The section that stands in for a missing root-cause section: a "What went wrong" section
  /// that is not part of a lessons-learned section.
  ///
  /// Teams without a root-cause heading write what broke under "What went wrong"; inside
  /// "Lessons Learned" the same words head a retrospective point instead, next to "What went well".
  public static func rootCauseStandIn(among sections: [Section]) -> Section? {
    sections.first { candidate in
      candidate.kind == .whatWentWrong
        && !sections.contains { lessons in
          lessons.kind == .lessonsLearned && lessons.level < candidate.level && lessons.line < candidate.line
            && candidate.line <= lessons.endLine
        }
    }
  }
}
