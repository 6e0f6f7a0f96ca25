/// The canonical role of a section, recognised from its heading whatever the wording.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
  case summary
  case impact
  case timeline
  case rootCause
  case trigger
  case detection
  case resolution
  case actionItems
  case lessonsLearned
  case whatWentWell
  case whatWentWrong
  case whereWeGotLucky
  case responders
  case background
  case supportingInformation

  /// Headings that name each kind, as `normalize` leaves them (lower case, punctuation folded
  /// to spaces; a test holds every one to that), English first. A one-file lint builds its table
  /// from them as they are: going through a `Dictionary` first cost as much again.
  static let aliases: [(SectionKind, [String])] = {
    let groups: [(SectionKind, [String])] = [
      (
        .summary,
        [
          "summary", "issue summary", "incident summary", "executive summary", "overview", "tl dr", "tldr",
          // "Bottom line up front", as military and government write-ups open.
          "bluf", "bottom line up front",
          "abstract", "description", "incident description", "what happened", "synopsis", "problem statement",
          "issue description", "problem description", "description of the issue", "description of the problem",
          // A homelab's or a small team's plain word for what went wrong: "## Problem", "## The issue"
          // (only as the whole heading: "Issue 1: lock contention" is one of several under a cause).
          "problem", "issue",
          // A ticketing template's field: "Problem Detail: Payments timed out …".
          "problem detail", "problem details",
          // Zoom's template opens with what happened, why and for how long: "Basic Information".
          "basic information", "basic info",
        ]
      ),
      (
        .impact,
        [
          "impact", "customer impact", "user impact", "impact assessment", "business impact",
          "impact summary", "scope", "scope and impact", "impact and scope", "blast radius", "who was affected",
          "description of impact", "detailed description of impact", "impact on customers", "summary of impact",
          "user facing impact", "customer facing impact",
          "what was the impact", "who was impacted", "how did it affect customers", "how did it affect users",
          "how were customers affected", "how were users affected", "how did this affect customers",
          "issues found", "symptoms", "observed symptoms", "what users saw",
        ]
      ),
      (
        .timeline,
        [
          "timeline", "incident timeline", "timeline of events", "chronology", "sequence of events",
          "detailed timeline", "event timeline", "timeline utc", "incident log", "event log", "key events",
          "log of events", "order of events", "events", "time line", "milestones", "key milestones",
          "incident milestones", "key moments", "key events",
        ]
      ),
      (
        .rootCause,
        [
          "root cause", "root causes", "root cause analysis", "rca", "cause", "causes", "blameless root cause",
          "contributing factors", "contributing factor", "contributing causes", "contributing cause",
          "root cause and contributing factors",
          "root causes and trigger", "underlying cause", "underlying causes", "why",
          "technical details", "why did it happen", "why did this happen", "five whys", "whys",
          "why it happened", "why did it occur", "why did this occur", "why it occurred",
          "what caused it",
          "causes and contributing factors", "contributing factors and root cause", "working theory",
          "what was causing the issue", "explain in detail what was causing the issue",
        ]
      ),
      (.trigger, ["trigger", "triggers", "fault"]),
      (
        .detection,
        [
          "detection", "how was it detected", "detection and response", "how did we detect it", "how did we find out",
          "how was it noticed",
          // The brief of a widely set postmortem assignment, whose questions students keep as headings.
          "when was the issue detected", "how was the issue detected", "how the issue was detected",
          "when was the incident detected", "how was the incident detected", "when was it detected",
        ]
      ),
      (
        .resolution,
        [
          "resolution", "resolution and recovery", "mitigation", "mitigation and resolution", "recovery",
          "remediation steps taken", "fix", "resolution steps", "how we responded", "how we fixed it",
          "how it was resolved", "how we resolved it", "how was it fixed", "how was it resolved",
          "how did we fix it", "how did we resolve it", "how did we mitigate it", "how was it mitigated",
          "how did we recover",
          "steps to resolution", "steps to resolve", "steps taken", "steps taken to resolve", "workaround",
          "workarounds", "mitigation steps", "recovery steps", "stabilization steps", "stabilisation steps",
          "stabilization", "stabilisation", "solution", "what was done", "correction", "fix applied",
          "how the incident was resolved", "how the issue was resolved", "how the issue was fixed",
          "how the problem was resolved", "how the problem was fixed", "explain in detail how the issue was fixed",
          // What was done on the day, in the past tense ("Actions Taken"; "Actions" alone is follow-up work).
          "actions taken", "action taken", "immediate fix", "immediate fixes", "action for recovery",
          "actions for recovery",
          // What the responders did, and what stopped the impact: "Response & Mitigation".
          "response mitigation", "response and mitigation", "mitigation and response", "response and recovery",
          "response recovery",
        ]
      ),
      (
        .actionItems,
        [
          "action items", "action item", "actions", "follow ups", "follow up", "followups",
          "follow up actions", "follow up items", "corrective actions", "corrective and preventative actions",
          "corrective and preventive actions", "capa", "capa items", "remediation", "remediations", "remediation items",
          "next steps", "preventive actions", "preventative measures", "todo", "to do", "tasks",
          "action plan", "improvements", "what we re doing", "what we are doing", "what we will do",
          "what we re doing about it", "what s next", "follow up work", "remediation plan", "prevention",
          "preventive measures", "corrective action", "actionables", "action points",
          "how are we making incidents like this less likely", "preventing recurrence", "prevent recurrence",
          "recurrence prevention", "how we will prevent this", "how we re preventing this",
          "what we ll do to prevent this", "what we will do to prevent this", "how do we prevent it",
          "how do we prevent this", "how will we prevent this", "how can we prevent this", "post incident actions",
          "repair items", "postmortem action items", "post mortem action items", "what will we do to prevent it",
          "what are we doing about it", "how will we prevent it", "corrective measures", "postmortem actions",
          "post mortem actions", "regression prevention", "future prevention", "preventing regressions",
          "how we prevent this", "how we ll prevent this", "next actions", "resulting action", "resulting actions",
          // "What are we doing to prevent it from happening again?": the end is dropped to find it.
          "what are we doing to prevent it", "what are we doing to prevent this", "what we are doing to prevent it",
          "what we re doing to prevent it", "how will we prevent it from happening again",
          // HashiCorp's and the Google SRE workbook's "Corrective and Preventative Measures".
          "corrective and preventative measures", "corrective and preventive measures", "preventative actions",
          "preventive and corrective actions", "preventative and corrective actions",
          // What is left to do, as a report closes: "## Open Items".
          "open items", "outstanding items", "outstanding actions", "remaining items", "remaining work", "still open",
          "a list of tasks to address the issue", "tasks to address the issue", "to prevent recurrence",
          "to prevent a recurrence",
        ]
      ),
      (
        .lessonsLearned,
        [
          "lessons learned", "lessons learnt", "lessons", "lesson", "the lesson", "learnings", "takeaways",
          "key takeaways", "retrospective",
          "what we learned", "what we ve learned", "key learnings", "things we learned", "what did we learn",
          "what have we learned",
          // PagerDuty's template: "How'd We Do?" over What went well / What didn't go so well.
          "how d we do", "how did we do",
        ]
      ),
      (
        .whatWentWell,
        [
          "what went well", "things that went well", "went well", "what worked", "what went right", "the good",
          "what we did right", "what we got right", "what we did well",
          "wins",
        ]
      ),
      (
        .whatWentWrong,
        [
          "what went wrong", "things that went wrong", "went wrong", "what didn t go well", "what did not go well",
          "what could be improved", "what can be improved", "what went poorly", "what went badly", "what didn t work",
          "what did not work",
          "what could have gone better", "things that could have gone better", "what didn t go so well",
          "what did not go so well", "what could we have done better", "what we could do better",
          "what could we do better", "opportunities for improvement", "areas for improvement", "the bad",
          "the ugly", "didn t go well", "did not go well", "could be better", "to improve", "what to improve",
          "what needs improvement", "needs improvement", "what needs to improve", "what we did wrong",
          "what we got wrong", "what we got slightly wrong",
          "could be improved", "needs improvement", "what could have gone better", "things that went poorly",
          "what are the things that can be improved",
        ]
      ),
      (
        .whereWeGotLucky,
        [
          "where we got lucky", "got lucky", "what we got lucky with", "lucky", "where we were lucky",
          // "What we got lucky on", "We got lucky because": the qualifier after it is dropped.
          "what we got lucky", "we got lucky",
          "where did we get lucky", "where were we lucky",
        ]
      ),
      (.responders, ["responders", "participants", "people involved", "incident responders", "team"]),
      (.background, ["background", "context", "system overview", "leadup", "lead up"]),
      (
        .supportingInformation,
        [
          "supporting information", "appendix", "references", "reference", "related links", "links", "see also",
          "further reading", "sources",
        ]
      ),
    ]
    return groups + otherLanguages
  }()

  /// The usual headings of Spanish, French, German, Portuguese, Italian, Dutch, Japanese, Chinese
  /// and Korean postmortems (normalised).
  private static let otherLanguages: [(SectionKind, [String])] = [
    (
      .summary,
      [
        "resumen", "resumen del incidente", "résumé", "synthèse", "zusammenfassung", "resumo", "概要", "概述", "摘要", "요약",
        "故障概述", "事故概述", "故障描述", "障害概要", "장애 개요",
        "개요", "riepilogo", "sommario", "sintesi", "samenvatting", "overzicht",
        // Chinese teams' "the problem" and "what happened": 问题, 问题描述, 事件概述.
        "问题", "问题描述", "事件概述", "事件描述", "事故描述", "故障简述", "故障概要",
        // Japanese reports open with the event (事象) or the failure's contents; Korean likewise.
        "事象", "発生事象", "事象概要", "障害内容", "障害の内容", "発生した事象", "장애 내용", "장애 발생", "장애 개요 및 현상",
        // "What happened?" asked in other languages.
        "was ist passiert", "was ist geschehen", "qué pasó", "qué ocurrió", "qué sucedió", "que s est il passé",
        "o que aconteceu", "cosa è successo", "wat is er gebeurd",
        // Vietnamese: the summary, the overview, the problem described.
        "tóm tắt", "tổng quan", "mô tả vấn đề", "mô tả sự cố",
      ]
    ),
    (
      .impact,
      [
        "impacto", "auswirkungen", "auswirkung", "impatto", "影響", "影響範囲", "影响", "影响范围", "영향", "영향 범위",
        // What was seen (现象, "symptoms") and what it touched.
        "现象", "故障现象", "问题现象", "影响面", "故障影响", "장애 현상", "임팩트", "장애 영향", "ảnh hưởng",
        "phạm vi ảnh hưởng",
      ]
    ),
    (
      .timeline,
      [
        "cronología", "línea de tiempo", "línea temporal", "chronologie", "déroulé", "déroulement", "zeitleiste",
        "zeitverlauf", "ablauf", "zeitlicher ablauf", "chronologischer ablauf", "ereignisverlauf", "störungsverlauf",
        "zeitachse", "linha do tempo", "cronologia", "タイムライン", "時系列", "经过", "时间线", "时间轴", "타임라인",
        "경과", "経緯", "対応経緯", "障害経緯", "경위", "故障时间线", "事件经过", "故障经过", "处理经过", "cronologia degli eventi",
        "sequenza degli eventi", "tijdlijn",
        "tijdlijn van gebeurtenissen", "dòng thời gian", "diễn biến", "diễn biến sự cố", "mốc thời gian",
      ]
    ),
    (
      .rootCause,
      [
        "causa raíz", "causa raiz", "causas", "cause racine", "cause première", "causes racines", "ursache",
        "ursachen", "grundursache", "ursachenanalyse", "causa principale", "causa radice", "causa", "oorzaak",
        "grondoorzaak", "hoofdoorzaak", "原因", "根本原因", "발생 원인", "근본 원인", "원인",
        // 根因 is the usual short form of 根本原因.
        "原因分析", "원인 분석", "장애 원인", "장애 원인 분석",
        "根因", "根因分析", "故障原因", "问题原因", "事故原因",
        // A causal analysis and its contributing factors, as Spanish and Portuguese templates say.
        "análisis causal", "análise causal", "análisis de causa raíz", "análise de causa raiz", "causas raíz",
        "causas raiz", "factores contribuyentes", "fatores contribuintes",
        // The technical account, as "Technical details" is in English.
        "descrição técnica", "descripción técnica", "detalhes técnicos", "detalles técnicos", "détails techniques",
        "technische details", "nguyên nhân", "nguyên nhân gốc", "nguyên nhân gốc rễ", "phân tích nguyên nhân",
      ]
    ),
    (
      .supportingInformation,
      [
        "referencias", "références", "referenzen", "quellen", "referências", "riferimenti", "referenties", "参考",
        "参考资料", "参考链接", "相关链接", "参考文献", "附录", "参考資料", "参考リンク", "関連リンク", "付録", "참고", "참고 자료",
        "부록",
      ]
    ),
    (
      .whatWentWell,
      [
        "qué funcionó", "que funcionó", "lo que funcionó", "qué salió bien", "lo que salió bien",
        "ce qui a bien fonctionné", "ce qui s est bien passé", "points positifs", "was gut lief", "was lief gut",
        "was hat gut funktioniert",
        "o que funcionou", "o que deu certo", "cosa è andata bene", "wat ging goed", "良かった点", "做得好的",
        "잘된 점",
      ]
    ),
    (
      .whatWentWrong,
      [
        "qué salió mal", "lo que salió mal", "qué no funcionó", "lo que no funcionó", "ce qui a mal fonctionné",
        "ce qui s est mal passé", "points à améliorer", "was schlecht lief", "was lief schlecht",
        "was hat nicht funktioniert",
        "was nicht gut lief", "o que deu errado", "o que não funcionou", "cosa è andata storta", "wat ging mis",
        "悪かった点", "改善点", "做得不好的", "不足", "아쉬운 점",
      ]
    ),
    (.background, ["antecedentes", "contexte", "hintergrund", "contexto", "achtergrond", "背景", "배경"]),
    (.detection, ["detección", "détection", "erkennung", "detecção", "検知", "发现", "탐지"]),
    (
      .resolution,
      [
        "resolución", "solución", "résolution", "lösung", "behebung", "resolução", "risoluzione", "oplossing",
        "herstel", "対応", "復旧", "解决方案", "处理过程", "조치",
        // The fix (修复), how it was solved or handled, recovery, and 止损 ("stopping the loss"), a mitigation.
        "修正内容", "解決方法", "対応内容", "暫定対応", "復旧対応", "復旧手順", "조치 내용", "수정 내용", "장애 대응", "장애 대응 과정", "대응 과정", "복구",
        "修复", "修复过程", "修复方案", "解决方法", "解决办法", "处理方式", "处理方法", "恢复", "恢复过程", "止损", "应急处理",
        // The measures taken, mitigation and recovery.
        "medidas tomadas", "acciones tomadas", "ações tomadas", "mitigación", "mitigação", "recuperación",
        "recuperação", "solução",
        // The mitigation's actions, told with their times: "Ações de Mitigação".
        "ações de mitigação", "acciones de mitigación", "acciones de mitigacion", "acoes de mitigacao",
        "giải pháp", "cách khắc phục", "xử lý sự cố",
      ]
    ),
    (
      .actionItems,
      [
        "acciones", "acciones correctivas", "próximos pasos", "tareas", "actions correctives", "plan d action",
        "prochaines étapes", "maßnahmen", "massnahmen", "nächste schritte", "aufgaben", "ações", "ações corretivas",
        "próximos passos", "再発防止策", "アクションアイテム", "今後の対策", "改进措施", "后续行动", "行动项", "재발 방지 대책",
        "対応策", "対策", "恒久対策", "再発防止", "改善策", "今後の対応", "改进项", "整改措施", "后续改进", "待办事项",
        "재발 방지", "개선 사항", "후속 작업",
        "후속 조치", "액션 아이템", "mesures correctives", "azioni correttive", "azioni", "prossimi passi", "acties",
        "actiepunten", "vervolgacties", "verbeterpunten",
        // Prevention (预防) and the plan after: 预防措施, 改进计划, 后续计划.
        "恒久対応", "预防", "预防措施", "改进计划", "后续计划", "后续跟进",
        // Corrective and preventive measures, recommendations and the plan.
        "acciones correctivas preventivas", "acciones preventivas", "ações preventivas", "ações corretivas preventivas",
        "medidas preventivas", "medidas correctivas", "medidas corretivas", "recomendaciones", "recomendações",
        "plan de acción", "plano de ação", "hành động tiếp theo", "kế hoạch hành động", "biện pháp phòng ngừa",
        "công việc tiếp theo",
      ]
    ),
    (
      .lessonsLearned,
      [
        "lecciones aprendidas", "leçons apprises", "enseignements", "retour d expérience", "erkenntnisse",
        "lições aprendidas", "lezioni apprese", "geleerde lessen", "lessen", "教訓", "学び", "振り返り", "经验教训", "复盘", "교훈",
        "经验总结", "反思", "教训",
        // The word alone, as "Lessons" is, before what it qualifies: "Lições de análise".
        "lições", "lecciones", "leçons", "lektionen", "lezioni", "bài học kinh nghiệm", "bài học",
      ]
    ),
  ]

  /// The kind a front-matter key names, its words parted by `_`, `-`, `.` or camelCase
  /// (`action_items`, `actionItems`, `follow-ups`, `timeline`), or nil.
  static func recognize(key: String) -> SectionKind? {
    var words = ""
    var previous: Character?
    for character in key {
      if character == "_" || character == "-" || character == "." {
        words.append(" ")
      } else {
        // camelCase: a capital after a small letter starts a word.
        if character.isUppercase, previous?.isLowercase == true { words.append(" ") }
        words.append(character)
      }
      previous = character
    }
    return recognize(words)
  }

  /// The kind a heading names, or nil.
  ///
  /// Numbering ("3. Timeline"), emoji, anchors, trailing parentheticals ("Timeline (all times UTC)")
  /// and a leading "Incident" or "Postmortem" are ignored.
  public static func recognize(_ heading: String) -> SectionKind? {
    // On bytes, with an FNV table: every heading and bold paragraph of every document comes here.
    let bytes = normalizedBytes(heading)
    if let kind = aliasTable[bytes] { return kind }
    // The normalised heading is words joined by single spaces. A length before the word makes it
    // a schedule ("Long-term Improvements (6-month timeline)", "90 day timeline"), not the events.
    var wordStart = 0
    // The two words before the current one.
    var before: (Range<Int>, Range<Int>) = (0..<0, 0..<0)
    for index in 0...bytes.count where index == bytes.count || bytes[index] == 32 {
      let word = wordStart..<index
      if bytes[word].elementsEqual(timelineWord), !SectionKind.measuresSchedule(bytes, number: before.0, unit: before.1)
      {
        return .timeline
      }
      before = (before.1, word)
      wordStart = index + 1
    }
    // A question why something went as it did is the cause: "Why did the database go down?".
    if bytes.starts(with: whyWord), let space = bytes[whyWord.count...].firstIndex(of: 32),
      whyQuestionVerbs[bytes[(whyWord.count)..<space]] != nil
    {
      return .rootCause
    }
    // Drop a parenthetical or trailing qualifier: "Timeline all times in UTC" -> "Timeline".
    var end = bytes.count
    while end > 0 {
      end -= 1
      if bytes[end] == 32, let kind = aliasTable[bytes[..<end]], !wholeHeadingOnly.contains(bytes[..<end]) {
        return kind
      }
    }
    // Drop leading qualifiers or an enumeration: "Post-Incident Action Items", "Owners & Action
    // Items", "List of action items", "II. Summary", "B) Timeline".
    var start = 0
    for _ in 0..<3 {
      guard let space = bytes[start...].firstIndex(of: 32) else { break }
      guard leadingQualifiers[bytes[start..<space]] != nil else { break }
      start = space + 1
      if let kind = aliasTable[bytes[start...]] { return kind }
    }
    // A name of the writer's own that says in brackets which section it is: "Working Theory (root
    // cause)".
    if bytes.count > 4, let open = heading.utf8.firstIndex(of: UInt8(ascii: "(")),
      let close = heading.utf8[open...].firstIndex(of: UInt8(ascii: ")")),
      heading.utf8.distance(from: open, to: close) <= 40
    {
      let inside = heading.utf8[heading.utf8.index(after: open)..<close]
      return aliasTable[normalizedBytes(String(Substring(inside)))]
    }
    return nil
  }

  /// Words that may lead a heading's name without changing what it names, and the enumerations
  /// some documents number their sections with (roman numerals, letters).
  private static let leadingQualifiers = ByteWordTable(
    [
      "post", "incident", "postmortem", "mortem", "pir", "rca", "owners", "our", "the", "key", "final", "list", "of",
      "detailed", "full", "brief", "proposed", "open", "additional", "team",
      // A question: "What was the root cause?", "What is the impact?".
      "what", "was", "were", "is",
      // What the report is about: "Outage Summary", "Issue Overview", "Event Timeline".
      "outage", "issue", "event", "report",
      "i", "ii", "iii", "iv", "v", "vi", "vii",
      "viii", "ix", "x", "xi", "xii", "a", "b", "c", "d", "e", "f", "g", "h",
    ].map { (Array($0.utf8), true) })

  private static let timelineWord = Array("timeline".utf8)

  /// Whether the two words before "timeline" (ranges of `bytes`) are a number and a unit of days
  /// or longer: "6 month", "90 days".
  private static func measuresSchedule(_ bytes: [UInt8], number: Range<Int>, unit: Range<Int>) -> Bool {
    guard !number.isEmpty, bytes[number].allSatisfy(ASCIIText.isDigit) else { return false }
    return scheduleUnits[bytes[unit]] != nil
  }

  private static let scheduleUnits = ByteWordTable(
    ["day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "sprint", "sprints"]
      .map { (Array($0.utf8), true) })

  /// Names that are a section's only when nothing follows them: "Problem" is what went wrong,
  /// "Problem with retries" one part of it.
  /// "Why" is one only alone or as a question, as "Why this matters" and "Why SEV1?" show.
  private static let wholeHeadingOnly: Set<ArraySlice<UInt8>> = [
    ArraySlice("problem".utf8), ArraySlice("issue".utf8), ArraySlice("why".utf8),
  ]

  /// "why " and the verbs that make what follows it a question about what happened.
  private static let whyWord = Array("why ".utf8)
  private static let whyQuestionVerbs = ByteWordTable(
    ["did", "does", "do", "was", "were", "had"].map { (Array($0.utf8), true) })

  /// The kind `label` names word for word (normalised), without the qualifiers `recognize`
  /// forgives in headings: a label's key is short, and "Fix version" names no resolution.
  static func recognizeExactly(_ label: String) -> SectionKind? {
    aliasTable[normalizedBytes(label)]
  }

  /// The kinds a heading that pairs two sections names, each half on its own: "Root Cause and
  /// Resolution" is the root cause and the resolution, "Detection & Response" the detection and
  /// the resolution; empty for a heading that pairs nothing.
  static func pairedKinds(in heading: String) -> [SectionKind] {
    // Asked of every section of every document: most name one thing, which their bytes show
    // without a copy.
    var pairs = false
    // The last four bytes read, lower-cased: " and" before a space pairs two names.
    var last: UInt32 = 0
    for byte in heading.utf8 {
      let lowered = ASCIIText.lower(byte)
      if lowered == UInt8(ascii: "&") || lowered == UInt8(ascii: "/")
        || (lowered == UInt8(ascii: " ") && last == 0x2061_6E64)
      {
        pairs = true
        break
      }
      last = last << 8 | UInt32(lowered)
    }
    guard pairs else { return [] }
    let lowered = heading.lowercased()
    for separator in [" and ", " & ", " / "] {
      guard let range = lowered.range(of: separator) else { continue }
      let halves = [String(lowered[..<range.lowerBound]), String(lowered[range.upperBound...])]
      let kinds = halves.compactMap { recognize($0.trimmingCharacters(in: ":").trimmingWhitespace()) }
      return kinds.count == 2 && kinds[0] != kinds[1] ? kinds : []
    }
    return []
  }

  /// Whether `heading` is "Remediation" alone, after any numbering ("IV. Remediation"): the word
  /// names follow-up work in some templates and the fix itself in others.
  /// Whether `heading` has "remediation" among its words ("Remediation Actions", "Remediation
  /// steps taken").
  static func namesRemediation(_ heading: String) -> Bool {
    words(of: heading).contains { $0.elementsEqual(remediationWord) }
  }

  /// The normalised words of `heading`, as the checks of its wording below read them.
  private static func words(of heading: String) -> [ArraySlice<UInt8>] {
    normalizedBytes(heading).split(separator: 32)
  }

  static func namesRemediationOnly(_ heading: String) -> Bool {
    let bytes = normalizedBytes(heading)
    guard bytes.count >= remediationWord.count, bytes.suffix(remediationWord.count).elementsEqual(remediationWord)
    else { return false }
    var start = 0
    let end = bytes.count - remediationWord.count
    while start < end {
      guard let space = bytes[start..<end].firstIndex(of: 32), leadingQualifiers[bytes[start..<space]] != nil
      else { return false }
      start = space + 1
    }
    return true
  }

  private static let remediationWord = Array("remediation".utf8)

  /// Whether an action-item heading names prevention and nothing of follow-up work ("Prevention
  /// Strategies", "Preventive Measures"; not "Preventive Actions" or "Corrective and Preventative
  /// Measures").
  static func namesPreventionOnly(_ heading: String) -> Bool {
    let words = words(of: heading)
    guard words.contains(where: { $0.starts(with: preventStem) }) else { return false }
    return !words.contains { followUpWords[$0] != nil }
  }

  /// Words that name follow-up work beside prevention ("Preventive Actions").
  private static let followUpWords = ByteWordTable(
    ["action", "actions", "corrective", "follow", "task", "tasks", "item", "items", "todo"].map {
      (Array($0.utf8), true)
    })

  /// Whether a heading names what was tried rather than what is to be done ("Other avenues
  /// investigated", "Alternatives considered", "Things we tried"): its last word says so.
  static func namesThingsTried(_ heading: String) -> Bool {
    words(of: heading).last.map { attemptWords[$0] != nil } ?? false
  }

  private static let attemptWords = ByteWordTable(
    ["investigated", "considered", "tried", "attempted", "explored", "rejected", "evaluated"].map {
      (Array($0.utf8), true)
    })

  /// Whether an action-item heading names correction and nothing of prevention ("Corrective
  /// Measures", "Corrections"): the half of a pair whose other half is "Preventive Measures", as
  /// a report splits its "Corrective and Preventative Measures" in two.
  static func namesCorrectionOnly(_ heading: String) -> Bool {
    let words = words(of: heading)
    return words.contains { $0.starts(with: correctStem) } && !words.contains { $0.starts(with: preventStem) }
  }

  private static let correctStem = Array("correct".utf8)
  private static let preventStem = Array("prevent".utf8)

  /// `aliases` by their bytes; where a heading is listed twice, its later kind.
  private static let aliasTable = ByteWordTable(
    aliases.flatMap { kind, names in names.map { (Array($0.utf8), kind) } })

  /// `normalize` for ASCII text (nearly every heading), on bytes into one buffer.
  private static func normalizeASCII(_ heading: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(heading.count)
    var wordStart = 0
    var wordIsNumber = true
    var leadingNumbers = true
    var pendingSpace = false
    for index in heading.indices {
      let byte = heading[index]
      if ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte) {
        if pendingSpace, !out.isEmpty {
          out.append(32)
          wordStart = out.count
          wordIsNumber = true
        }
        pendingSpace = false
        if !ASCIIText.isDigit(byte) { wordIsNumber = false }
        out.append(ASCIIText.lower(byte))
      } else if !out.isEmpty, !pendingSpace {
        pendingSpace = true
        // Leading numbering ("3. Timeline") is dropped once a later word follows it.
        if leadingNumbers, wordIsNumber {
          out.removeSubrange(wordStart...)
          if let last = out.last, last == 32 { out.removeLast() }
          wordStart = out.count
          pendingSpace = !out.isEmpty
        } else {
          leadingNumbers = false
        }
      }
    }
    if out.isEmpty {
      // Only numbering and symbols: the last run of digits.
      var end = heading.count
      while end > 0, !ASCIIText.isDigit(heading[end - 1]) { end -= 1 }
      var start = end
      while start > 0, ASCIIText.isDigit(heading[start - 1]) { start -= 1 }
      return Array(heading[start..<end])
    }
    return out
  }

  /// `normalize` as UTF-8 bytes: on the bytes in place for ASCII headings (nearly all of them).
  private static func normalizedBytes(_ heading: String) -> [UInt8] {
    var heading = heading
    let ascii = heading.withUTF8 { bytes -> [UInt8]? in
      var seen: UInt8 = 0
      for byte in bytes { seen |= byte }
      return seen < 0x80 ? normalizeASCII(bytes) : nil
    }
    if let ascii { return ascii }
    // A heading whose only non-ASCII characters are neither letters nor digits ("Day 2 — …",
    // "🕐 Timeline"): they separate words as punctuation does, so the byte path serves.
    var spaced: [UInt8] = []
    spaced.reserveCapacity(heading.utf8.count)
    for scalar in heading.unicodeScalars {
      if scalar.isASCII {
        spaced.append(UInt8(scalar.value))
      } else if scalar.properties.isAlphabetic && !scalar.properties.isEmoji {
        // "ğŸ“ˆ Timeline": an emoji misread through a Windows code page reads as letters.
        if let readable = Mojibake.readable(heading) { return normalizedBytes(readable) }
        return Array(normalizeScalars(heading).utf8)
      } else {
        spaced.append(32)
      }
    }
    return spaced.withUnsafeBufferPointer(normalizeASCII)
  }

  /// Lower-cases, drops numbering and symbols, and folds punctuation to single spaces.
  static func normalize(_ heading: String) -> String {
    String(decoding: normalizedBytes(heading), as: UTF8.self)
  }

  /// `normalize` for any text, scalar by scalar: the definition the byte path must agree with.
  static func normalizeScalars(_ heading: String) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in heading.lowercased().unicodeScalars {
      // "ℹ️" is a letter to Unicode, and an emoji as a heading uses it.
      if scalar.properties.isAlphabetic && !scalar.properties.isEmoji || ("0"..."9").contains(scalar) {
        if pendingSpace, !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      } else {
        pendingSpace = true
      }
    }
    // Leading numbering such as "1", "iv" or "a" before the title words.
    var words = out.split(separator: " ")
    while let first = words.first, words.count > 1, first.allSatisfy(\.isNumber) { words.removeFirst() }
    return words.joined(separator: " ")
  }
}
