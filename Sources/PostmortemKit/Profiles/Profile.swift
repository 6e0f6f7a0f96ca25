/// What a kind of postmortem must contain: required sections (alias-aware), required metadata,
/// the severity scale, and the action-item policy. One profile drives both `lint` and `new`.
public struct Profile: Sendable, Hashable {
  /// A section the profile requires.
  public struct SectionRequirement: Sendable, Hashable {
    /// The heading `new` writes and lint suggests.
    public var heading: String
    /// The canonical kind; any heading recognised as this kind satisfies the requirement.
    public var kind: SectionKind
    /// More headings that satisfy it, beyond the built-in aliases of `kind`.
    public var aliases: [String]
  }

  /// How action items are judged.
  public struct ActionItemPolicy: Sendable, Hashable {
    public var ownerRequired = true
    public var dueDateRequired = true
    /// For incidents at a level: the most days after the incident date a due date may be.
    public var dueWithinDays: [IncidentSeverity.Level: Int] = [:]
  }

  public var name: String
  public var description: String
  public var sections: [SectionRequirement] {
    didSet { requirementNames = Profile.normalizedNames(of: sections) }
  }
  /// Each requirement's heading and aliases, normalised once.
  private var requirementNames: [[String]]
  /// Metadata keys that must be present: date, severity, authors, status, title, duration…
  public var metadata: [String]
  /// The labels of the severity scale, most severe first (`SEV1`, `SEV2`, `SEV3`).
  public var severities: [String] {
    didSet { allowedLevels = Profile.levels(of: severities) }
  }
  public var actionItems: ActionItemPolicy

  public init(
    name: String, description: String, sections: [SectionRequirement], metadata: [String], severities: [String],
    actionItems: ActionItemPolicy
  ) {
    self.name = name
    self.description = description
    self.sections = sections
    self.metadata = metadata
    self.severities = severities
    self.actionItems = actionItems
    allowedLevels = Profile.levels(of: severities)
    requirementNames = Profile.normalizedNames(of: sections)
  }

  private static func normalizedNames(of sections: [SectionRequirement]) -> [[String]] {
    sections.map { ([$0.heading] + $0.aliases).map(SectionKind.normalize) }
  }

  /// The levels the scale allows, read from its labels once (rules ask for every document).
  public private(set) var allowedLevels: Set<IncidentSeverity.Level>

  private static func levels(of labels: [String]) -> Set<IncidentSeverity.Level> {
    Set(labels.compactMap(IncidentSeverity.level(of:)))
  }

  /// Whether `section` satisfies `requirement`.
  public static func section(_ section: Section, satisfies requirement: SectionRequirement) -> Bool {
    if let kind = section.kind, kindSatisfies([kind], requirement.kind) { return true }
    let title = SectionKind.normalize(section.title)
    return ([requirement.heading] + requirement.aliases).contains { SectionKind.normalize($0) == title }
  }

  /// The requirements `sections` leave unmet, normalising each title once.
  public func missingSections(in sections: [Section]) -> [SectionRequirement] {
    var kinds = Set(sections.compactMap(\.kind))
    if kinds.contains(.whatWentWrong), !kinds.contains(.rootCause), Section.rootCauseStandIn(among: sections) != nil {
      kinds.insert(.rootCause)
    }
    // "Root Cause and Resolution" is both sections, as templates that pair them write it.
    for section in sections where section.kind != nil && section.title.utf8.count <= 60 {
      kinds.formUnion(SectionKind.pairedKinds(in: section.title))
    }
    var titles: [String]?
    return zip(self.sections, requirementNames).filter { requirement, names in
      if Profile.kindSatisfies(kinds, requirement.kind) { return false }
      let normalized = titles ?? sections.map { SectionKind.normalize($0.title) }
      titles = normalized
      return !normalized.contains(where: names.contains)
    }.map(\.0)
  }

  private static func kindSatisfies(_ kinds: Set<SectionKind>, _ required: SectionKind) -> Bool {
    if kinds.contains(required) { return true }
    return required == .lessonsLearned && !kinds.isDisjoint(with: [.whatWentWell, .whatWentWrong, .whereWeGotLucky])
  }
}
