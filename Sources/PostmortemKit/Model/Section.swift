/// A heading and the part of the document it governs.
public struct Section: Sendable, Hashable, Codable {
  /// How the heading was written.
  public enum Style: String, Sendable, Hashable, Codable {
    /// An ATX (`## Title`) or setext (underlined) heading.
    case heading
    /// A paragraph holding only bold text, used as a heading by some teams.
    case boldParagraph
    /// A `**Summary:** text` label before the first section, standing in for a section the
    /// document has no heading for (the Google SRE book writes its summary, impact, root causes,
    /// trigger, resolution and detection this way). The section is that one line.
    case label
    /// The summary of a collapsible block (`<details><summary>Timeline</summary>`), as GitHub
    /// folds a long section away.
    case collapsible
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

extension Section {
  /// The label a `.label` section stands for, found among `fields` by its place.
  public func label(in fields: [LabeledValue]) -> LabeledValue? {
    fields.first { $0.line == line && $0.column == column }
  }

  /// The kinds a label before the first section may stand in for: prose that fits on one line.
  static let labelKinds: Set<SectionKind> = [.summary, .impact, .rootCause, .trigger, .detection, .resolution]

  /// The sections that `labels` (the preamble's `**Key:** value` lines) stand in for: one per
  /// label that names a section kind none of `headings` has, the first label of a kind winning.
  /// `level` is the level of the document's top sections, so that labels sit beside them.
  static func labelStandIns(for labels: [LabeledValue], besides headings: [Section], level: Int) -> [Section] {
    var standIns: [Section] = []
    // The headings' kinds, gathered when the first label names a section (most never do).
    var headingKinds: Set<SectionKind>?
    for label in labels {
      // Word for word: "Impact level" is the severity and "Fix version" names no resolution.
      guard let kind = SectionKind.recognizeExactly(label.key), labelKinds.contains(kind),
        !standIns.contains(where: { $0.kind == kind }), MetadataKey.recognize(label.key) == nil
      else { continue }
      let covered = headingKinds ?? Set(headings.compactMap(\.kind))
      headingKinds = covered
      guard !covered.contains(kind) else { continue }
      standIns.append(
        Section(
          title: label.key, level: level, kind: kind, style: .label,
          location: SourceLocation(line: label.line, column: label.column), endLine: label.line,
          hasContent: !label.value.isEmpty))
    }
    return standIns
  }
}
