/// An incident's severity: the text as written and, when recognised, its place on one ordered scale.
///
/// Teams write `SEV1`, `Sev-2`, `P0`, `Critical`, `[Major]` or `SEV2 (High)`. Every recognised
/// spelling maps onto `Level`, whose rank orders incidents across teams (0 is the most severe).
public struct IncidentSeverity: Sendable, Hashable, Codable {
  /// The normalised scale, most severe first.
  public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case catastrophic, critical, high, medium, low, informational

    /// 0 for the most severe level; SEV*n* and P*n* have rank *n*.
    public var rank: Int { Level.allCases.firstIndex(of: self)! }

    /// `SEV<rank>`, the spelling most teams use.
    public var sevLabel: String { "SEV\(rank)" }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
  }

  /// The severity as written in the document.
  public var raw: String
  /// The level, or nil when the text is not a recognised severity.
  public var level: Level?
  public var line: Int
  public var column: Int

  /// Reads `raw` and records its level when recognised.
  public init(raw: String, location: SourceLocation) {
    self.raw = raw
    self.level = IncidentSeverity.level(of: raw)
    self.line = location.line
    self.column = location.column
  }

  private static let words: [String: Level] = [
    "catastrophic": .catastrophic, "emergency": .catastrophic, "blocker": .catastrophic,
    "critical": .critical, "crit": .critical, "severe": .critical, "urgent": .critical,
    "high": .high, "major": .high, "serious": .high,
    "medium": .medium, "moderate": .medium, "med": .medium, "normal": .medium,
    "low": .low, "minor": .low,
    "informational": .informational, "info": .informational, "trivial": .informational,
    "cosmetic": .informational, "none": .informational,
    // The same levels in French, Spanish, Portuguese, Italian, German and Dutch details
    // ("**Sévérité :** Majeure", "| Schweregrad | Hoch |").
    "critique": .critical, "crítica": .critical, "crítico": .critical, "critica": .critical, "critico": .critical,
    "kritisch": .critical, "kritiek": .critical,
    "majeure": .high, "majeur": .high, "élevée": .high, "élevé": .high, "haute": .high, "alta": .high,
    "alto": .high, "grave": .high, "hoch": .high, "hoog": .high,
    "moyenne": .medium, "moyen": .medium, "media": .medium, "medio": .medium, "média": .medium,
    "mittel": .medium, "gemiddeld": .medium,
    "mineure": .low, "mineur": .low, "faible": .low, "basse": .low, "baja": .low, "bajo": .low, "menor": .low,
    "baixa": .low, "bassa": .low, "niedrig": .low, "gering": .low, "laag": .low,
    // Japanese, Chinese and Korean ("重要度：高", "级别：紧急", "심각도: 높음").
    "致命的": .critical, "緊急": .critical, "紧急": .critical, "긴급": .critical, "치명적": .critical,
    "高": .high, "重大": .high, "严重": .high, "높음": .high, "中": .medium, "중간": .medium, "低": .low,
    "軽微": .low, "낮음": .low,
    // Vietnamese ("Mức độ: Cao"), by the first word of two-word levels: nghiêm trọng (critical),
    // khẩn cấp (urgent), trung bình (medium).
    "nghiêm": .critical, "khẩn": .critical, "cao": .high, "trung": .medium, "thấp": .low,
  ]

  /// The level a severity text names, or nil.
  ///
  /// The first recognisable token wins, so `SEV2 (High)` is SEV2 and `Critical - P1` is critical.
  public static func level(of text: String) -> Level? {
    // "SEV2 → SEV1", "SEV3, escalated to SEV2": the level it ended at. (Most severities have no
    // arrow and no " to ", and are not searched for the markers.)
    let bytes = Array(text.utf8)
    // Every word marker ends in " to": the last one is looked for once, for both readings.
    let lastTo = lastEnd(of: spacedTo, in: bytes)
    if lastTo != nil || bytes.contains(where: { $0 == UInt8(ascii: ">") || $0 == 0xE2 }),
      let change = changeMarkers.compactMap({ lastEnd(of: $0, in: bytes) }).max(), change < bytes.count,
      let level = levelWritten(String(decoding: bytes[change...], as: UTF8.self))
    {
      return level
    }
    // "Sev 2 to Sev 1": a plain "to" between two levels changes it too.
    if let to = lastTo, to < bytes.count,
      levelWritten(String(decoding: bytes[..<(to - spacedTo.count)], as: UTF8.self)) != nil,
      let level = levelWritten(String(decoding: bytes[to...], as: UTF8.self))
    {
      return level
    }
    return levelWritten(text)
  }

  private static let spacedTo = Array(" to ".utf8)

  /// The offset just past the last `marker` in `bytes`, or nil.
  private static func lastEnd(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
    var found: Int?
    var from = 0
    while let at = UTF8Scan.firstOffset(of: marker, in: bytes, from: from) {
      found = at + marker.count
      from = at + 1
    }
    return found
  }

  /// What a severity that changed writes before its final level, lower case where it is a word.
  private static let changeMarkers: [[UInt8]] = [
    "→", "->", "⇒", "=>", "escalated to", "upgraded to",
    "downgraded to", "raised to", "lowered to", "Escalated to", "Upgraded to", "Downgraded to",
  ].map { Array($0.utf8) }

  /// The first level `text` writes.
  private static func levelWritten(_ text: String) -> Level? {
    let tokens = IncidentSeverity.words(of: text)
    var index = 0
    while index < tokens.count {
      let token = String(tokens[index])
      if let level = words[token] { return level }
      // "sev1", "sev-1" / "sev 1" (split into "sev","1"), "severity 1", "p1", "s1", "priority 1",
      // "level 2".
      for prefix in ["severity", "priority", "level", "sev", "lvl", "pri", "p", "s", "l"] where token.hasPrefix(prefix)
      {
        let rest = token.dropFirst(prefix.count)
        if rest.isEmpty, index + 1 < tokens.count, let number = Int(tokens[index + 1]) {
          return levelFor(rank: number)
        }
        if !rest.isEmpty, let number = Int(rest) { return levelFor(rank: number) }
      }
      if tokens.count == 1, let number = Int(token) { return levelFor(rank: number) }
      index += 1
    }
    return nil
  }

  /// Lower-cased runs of letters and digits; on bytes for ASCII text (nearly every severity).
  private static func words(of text: String) -> [Substring] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }
    let lowered = String(decoding: text.utf8.map(ASCIIText.lower), as: UTF8.self)
    var words: [Substring] = []
    var start: String.Index?
    for index in lowered.utf8.indices {
      let byte = lowered.utf8[index]
      if ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte) {
        if start == nil { start = index }
      } else if let wordStart = start {
        words.append(lowered[wordStart..<index])
        start = nil
      }
    }
    if let wordStart = start { words.append(lowered[wordStart...]) }
    return words
  }

  private static func levelFor(rank: Int) -> Level? {
    Level.allCases.indices.contains(rank) ? Level.allCases[rank] : nil
  }
}
