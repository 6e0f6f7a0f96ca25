/// Recognises the milestone a timeline entry marks from its words.
///
/// Explicit markers win (`[detected]`, Google SRE's `OUTAGE BEGINS` / `OUTAGE MITIGATED` /
/// `OUTAGE ENDS`); then a team's own phrases (`milestones:` in `.postmortem.yml`); then the built-in
/// phrases, the later milestones first, so "rolled back and service restored" is a resolution.
public struct MilestoneDetector: Sendable, Hashable {
  /// Extra phrases per milestone, lower case, checked before the built-in ones.
  public var extraPhrases: [Milestone: [String]]

  public init(extraPhrases: [Milestone: [String]] = [:]) {
    self.extraPhrases = extraPhrases
  }

  /// The milestone `text` marks, or nil.
  public func detect(_ text: String) -> Milestone? {
    let words = text.lowercased().split { !$0.isLetter }.map(String.init)
    if let explicit = MilestoneDetector.explicitMarker(text) { return explicit }
    for milestone in Milestone.allCases.reversed() {
      for phrase in extraPhrases[milestone] ?? [] {
        let phraseWords = phrase.lowercased().split { !$0.isLetter }.map(String.init)
        if !phraseWords.isEmpty, MilestoneDetector.contains(words, phraseWords) { return milestone }
      }
    }
    return MilestoneDetector.detect(text)
  }

  private static let phrases: [(Milestone, [[String]])] = [
    (
      .resolved,
      [
        ["resolved"], ["restored"], ["recovered"], ["fully", "recovered"], ["back", "to", "normal"], ["all", "clear"],
        ["incident", "closed"], ["incident", "ended"], ["outage", "ends"], ["outage", "ended"],
        ["fully", "functional"], ["fully", "operational"], ["operational", "again"], ["service", "recovered"],
        ["recovery", "complete"], ["incident", "ends"],
      ]
    ),
    (
      .mitigated,
      [
        ["mitigated"], ["mitigation", "applied"], ["mitigation", "deployed"], ["rolled", "back"],
        ["rollback", "complete"], ["rollback", "completed"], ["workaround"], ["deployed", "fix"],
        ["deployed", "a", "fix"], ["deployed", "the", "fix"], ["fix", "deployed"], ["failover", "complete"],
        ["failed", "over"], ["impact", "reduced"], ["error", "rate", "drops"], ["outage", "mitigated"],
      ]
    ),
    (
      .detected,
      [
        ["alert"], ["alerts"], ["alerted"], ["alert", "fires"], ["paged"], ["page", "fired"], ["detected"], ["noticed"],
        ["reported"], ["acknowledges"], ["acknowledged"], ["first", "report"], ["customer", "reports"],
        ["pagerduty"], ["on", "call", "engaged"],
      ]
    ),
    (
      .started,
      [
        ["began"], ["begins"], ["started", "failing"], ["start", "of", "incident"], ["outage", "begins"],
        ["outage", "began"], ["impact", "begins"], ["impact", "began"], ["incident", "begins"], ["incident", "began"],
        ["incident", "started"], ["outage", "started"], ["errors", "start"], ["start", "failing"],
      ]
    ),
  ]

  private static let negations: Set<String> = ["not", "partially", "never", "yet", "un", "no"]

  /// `[detected]`-style markers and Google SRE's OUTAGE BEGINS / MITIGATED / ENDS.
  static func explicitMarker(_ text: String) -> Milestone? {
    let lower = text.lowercased()
    for milestone in Milestone.allCases where lower.contains("[\(milestone.rawValue)]") {
      return milestone
    }
    if text.contains("OUTAGE BEGINS") || text.contains("INCIDENT BEGINS") { return .started }
    if text.contains("OUTAGE MITIGATED") { return .mitigated }
    if text.contains("OUTAGE ENDS") || text.contains("INCIDENT ENDS") { return .resolved }
    return nil
  }

  /// The milestone the built-in phrases find in `text`, or nil.
  static func detect(_ text: String) -> Milestone? {
    if let explicit = explicitMarker(text) { return explicit }
    let words = text.lowercased().split { !$0.isLetter }.map(String.init)
    // The milestone named outright ("latency mitigated") beats one inferred from other words
    // ("zone restored … resolution mitigated" is a mitigation).
    for (milestone, word) in [(Milestone.resolved, "resolved"), (.mitigated, "mitigated"), (.detected, "detected")]
    where contains(words, [word]) {
      return milestone
    }
    for (milestone, list) in phrases {
      for phrase in list where contains(words, phrase) {
        return milestone
      }
    }
    return nil
  }

  private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard words.count >= phrase.count else { return false }
    for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
      if start > 0, negations.contains(words[start - 1]) { continue }
      if phrase.indices.allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
    }
    return false
  }
}
