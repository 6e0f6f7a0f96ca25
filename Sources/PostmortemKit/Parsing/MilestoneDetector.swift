/// Recognises the milestone a timeline entry marks from its words.
///
/// Explicit markers win (`[detected]`, Google SRE's `OUTAGE BEGINS` / `OUTAGE MITIGATED` /
/// `OUTAGE ENDS`, Flutter's `<START OF OUTAGE>`); then a team's own phrases (`milestones:` in
/// `.postmortem.yml`); then the milestone named outright ("latency mitigated"); then the built-in phrases, the later milestones
/// first, so "rolled back and service restored" is a resolution. Runs on every timeline entry, so
/// it works on lower-cased UTF-8 bytes.
public struct MilestoneDetector: Sendable, Hashable {
  /// Extra phrases per milestone, checked before the built-in ones.
  public var extraPhrases: [Milestone: [String]] {
    didSet { extraPhraseWords = MilestoneDetector.words(of: extraPhrases) }
  }
  /// `extraPhrases` as lower-cased words, split once rather than for every timeline entry.
  private var extraPhraseWords: [Milestone: [PhraseWords]]

  public init(extraPhrases: [Milestone: [String]] = [:]) {
    self.extraPhrases = extraPhrases
    extraPhraseWords = MilestoneDetector.words(of: extraPhrases)
  }

  private static func words(of phrases: [Milestone: [String]]) -> [Milestone: [PhraseWords]] {
    phrases.mapValues { list in list.map(PhraseWords.init).filter { $0.count > 0 } }
  }

  private static let builtInPhrases: [(Milestone, [String])] = [
    (
      .resolved,
      [
        "resolved", "restored", "recovered", "fully recovered", "back to normal", "all clear", "incident closed",
        "incident ended", "outage ends", "outage ended", "fully functional", "fully operational", "operational again",
        "service recovered", "recovery complete", "recovery completes", "recovery completed", "incident ends",
        "back to baseline", "returned to normal",
        // "the service returned to a normal state".
        "returned to a normal state", "returns to a normal state", "back to a normal state", "normal state again",
        "returned to baseline", "back to normal levels", "back to expected levels", "back to expected",
        // Told in the present, as many timelines are: "all network metrics return to normal operation".
        "returns to normal", "return to normal", "returns to baseline", "return to baseline",
        "restore complete", "restore completed", "restoration complete", "restoration completed",
        "recovery confirmed", "recovery was confirmed", "full service recovery",
        "resolution confirmed", "back online", "healthy again",
        // "Primary engineer declares `prod` hub online": the service itself up again.
        // "Engineer finishes resolving the overall incident in PagerDuty".
        "finishes resolving", "finished resolving",
        // "API returns 200": requests answered again.
        "api returns 200", "api returning 200",
        // "consumer lag returns to zero": the measure of the trouble gone.
        "returns to zero", "returned to zero", "return to zero",
        "online again", "now online", "hub online", "site online", "website online", "service online",
        "services online", "api online", "app online", "cluster online", "systems online",
        "issue closed", "closed the incident",
        // A chat log's own words as it happens: "mo.chen: resolving the incident".
        "resolving the incident", "resolves the incident", "closing the incident", "closes the incident",
        // A backlog or an alert cleared ends the wait it caused ("Lag cleared", "Alarm cleared").
        "lag cleared", "backlog cleared", "backlog drained", "queue drained", "alert cleared", "alerts cleared",
        "alarm cleared", "alarms cleared", "errors cleared", "alerts clear", "alarms clear", "fully caught up",
        "rate nominal", "rates nominal",
        "rate normal", "rates normal", "latency normal", "metrics normal", "errors normal", "load normal",
        "traffic normal",
        "back to nominal", "returned to nominal", "now nominal", "systems nominal", "all nominal", "metrics nominal",
        "latency nominal", "errors nominal",
        "all projects available", "all services available", "all services active",
        "all services healthy", "services healthy", "all systems healthy", "systems healthy", "all healthy",
        "fully healthy", "cluster healthy",
        // A measure back where it belongs: "Error rate back under 0.1%", "p99 back below the SLO".
        "back under", "back below", "back within",
        "impact ended", "customer impact ended", "errors stopped", "outage over", "fix verified", "confirmed fix",
        "latency normalized", "latency normalised", "error rate normalized", "error rate normalised", "queue empty",
        "queues empty", "backlog empty",
        "backlog processed", "caught up", "back to zero", "full recovery", "fully recovered", "incident over",
        "declared over", "all good", "queue drains", "backlog drains", "errors gone", "errors went away",
        "errors disappeared", "errors subsided",
        // The present tense of a log: "API recovers", "errors stop", "logins succeed again".
        "recovers", "fully recovers", "errors stop",
        // Work that had stopped going again: "deliveries resume", "processing resumed".
        "deliveries resume", "deliveries resumed", "processing resumes", "processing resumed", "traffic resumes",
        "traffic resumed", "writes resume", "writes resumed", "payments resume", "payments resumed",
        "service resumed", "operations resumed",
        // A plural subject's present tense: "Writes recover", "Payments recover".
        "writes recover", "reads recover", "requests recover", "payments recover", "logins recover",
        "orders recover", "services recover", "systems recover", "metrics recover", "queries recover", "failures stop",
        "timeouts stop", "errors cease",
        "drops stop", "drops stopped", "failures stopped", "timeouts stopped", "crashes stop", "crashes stopped",
        "restarts stopped", "5xx stopped", "5xxs stopped",
        "exceptions stopped", "exceptions stop", "exceptions ceased", "exceptions gone",
        "succeed again", "succeeds again", "succeeding again", "working again", "works again",
        "confirmed resolution", "metrics green", "all green", "dashboards green", "back to green", "green again",
        "pre incident levels", "pre incident level", "pre incident baseline",
        // The clients back on: "all clients reconnected".
        "clients reconnected", "consumers reconnected", "clients reconnect", "consumers reconnect",
        // Someone checked and it works: "login confirmed working", "All systems verified operational".
        "confirmed working", "verified working", "confirmed operational", "verified operational",
        "systems operational", "services operational", "working as expected", "working normally",
        "functioning normally", "operating normally", "running normally", "behaving normally",
        // An incident tool's status changes (incident.io, Statuspage).
        "changed to closed", "moved to closed", "set to closed", "marked as closed",
      ]
    ),
    (
      .mitigated,
      [
        "mitigated", "mitigation applied", "mitigation deployed", "rolled back", "rollback complete",
        "rollback completed", "workaround", "deployed fix", "deployed a fix", "deployed the fix", "fix deployed",
        "failover complete", "failover completed", "failed over", "impact reduced", "error rate drops", "errors drop",
        "outage mitigated", "reverted", "revert deployed", "revert complete", "revert completed", "rollback deployed",
        "hotfix deployed", "errors dropping", "error rate dropping", "fix implemented", "fix has been implemented",
        "revert of",
        "fix was implemented", "returning to normal", "recovering", "traffic shifted", "shifted traffic",
        "traffic drained", "drained traffic", "traffic failed over", "began recovering", "started recovering",
        "changed to monitoring", "moved to monitoring", "set to monitoring",
        // Switching the cause off or out of the way: "Feature flag new-pricing disabled".
        "flag disabled", "flag turned off", "disabled the flag", "disabled the feature flag", "turned off the flag",
        "kill switch", "tenant isolated", "isolated the", "scaled up", "scaled out",
        // The job doing the damage stopped: "Job disabled; purge stops".
        "job disabled", "disabled the job", "job stopped", "stopped the job", "job paused", "paused the job",
        "job killed", "killed the job", "cron disabled", "disabled the cron",
        // The migration or query holding the lock stopped: "Migration killed", "killed the query".
        "migration killed", "killed the migration", "migration aborted", "aborted the migration",
        "migration stopped", "stopped the migration", "migration cancelled", "cancelled the migration",
        "query killed", "killed the query", "queries killed", "killed the queries",
        "stabilized", "stabilised", "monitoring the fix", "mitigation in place", "fix rolled out",
        "hotfix rolled out", "rolled out the fix", "rolled out a fix", "rolled out the hotfix", "rollback finished",
        "rollback done", "rollback successful", "revert finished", "revert done", "failover finished",
        // A replica standing in for the failed primary: "sentinel promotes replica".
        "promotes replica", "promoted replica", "promotes the replica", "promoted the replica", "replica promoted",
        "promotes a replica", "promoted a replica",
      ]
    ),
    (
      .detected,
      [
        "detected", "detects", "alert", "alerts", "alerted", "alert fires", "paged", "page fired", "noticed",
        "reported", "alertmanager", "opsgenie", "user report", "user reports", "users report",
        "acknowledges", "acknowledged", "first report", "customer reports", "pagerduty", "on call engaged",
        "notices",
        "pager fired", "pager went off", "pager triggered", "alarm fired", "alarms fired", "alarm triggered",
        "alarm went off", "incident declared", "declared an incident", "declares an incident", "declared incident",
        "declares",
        "declares incident", "declaring an incident", "declaring incident", "declaring a sev",
        // Google's example: "docbrown receives pager storm".
        "pager storm", "receives page", "receives a page", "received a page", "gets paged", "got paged",
        "investigating",
        "pages on call", "pages the on call", "paging on call",
        "incident opened", "incident created", "opened an incident", "support ticket", "customer ticket",
        "customer report",
        "first customer report",
        "support tickets",
        "customer tickets",
        // On-call shorthand ("on-call acks"), complaints reaching support, synthetic monitoring (its
        // checks, not any synthetic thing: "merged with a synthetic test" detects nothing).
        "acks", "acked", "complaints", "complaint", "synthetic check", "synthetic checks", "synthetic monitor",
        "synthetic monitors", "synthetic probe", "synthetic probes", "synthetic alert", "synthetic test failed",
        "synthetic test fails", "synthetic tests failed", "synthetic tests failing", "synthetics", "monitor fired",
        "monitor triggered",
        "monitors fired", "page to on call", "page sent", "pages sent", "pages firing", "page firing",
        "alerts firing", "war room", "declared", "alarm fires", "alarms fire", "alarm triggers", "alarm goes off",
        "monitor fires", "monitors fire", "monitor triggers",
        // Responders answering the alarm: "engineers respond to alarms".
        "respond to alarms", "responds to alarms", "responded to alarms", "respond to alerts",
        "responds to alerts", "responded to alerts", "respond to the alert", "responded to the alert",
        "respond to the alarm", "responded to the alarm",
        // The first word of trouble: "Reports of issues signing in", "Automated warning from AWS".
        "reports of", "report of", "reports from", "automated warning", "warning from", "warnings from",
        "warning fired", "warnings fired",
      ]
    ),
    (
      .started,
      [
        "began", "begins", "started failing", "start of incident", "outage begins", "outage began", "impact begins",
        "impact began", "impact started", "incident begins", "incident began", "incident started", "outage started",
        "errors start",
        "start failing", "incident start", "incident starts", "outage start", "outage starts", "impact start",
        "impact starts", "errors begin", "failures begin", "timeouts begin", "outage begin", "starts climbing",
        "started climbing", "begins climbing", "began climbing", "starts rising", "started rising", "starts spiking",
        "started spiking", "first errors", "errors started", "started to climb", "started to rise",
        "started to fail", "started to spike", "rate spikes", "errors spike", "latency spikes", "rate climbs",
        // A plural subject's present tense ("503s begin climbing") and a measure's growth ("Consumer
        // lag starts growing").
        "begin", "start climbing", "start rising", "start spiking", "start to climb", "start to rise",
        "start to fail", "start to spike", "starts failing", "starts to fail", "starts growing", "started growing",
        "start growing", "starts to grow", "started to grow",
        // A service answering with errors: "Webhook endpoint starts returning 500".
        "returning 500", "returning 500s", "returning 502", "returning 502s", "returning 503", "returning 503s",
        "returning 504", "returning 5xx", "returning 5xxs", "returning errors",
        // The service down: "Site is hard down", "API went down" (not "errors went down").
        "hard down", "site is down", "site went down", "website is down", "website went down", "service is down",
        "service went down", "services are down", "services went down", "api is down", "api went down",
        "app is down", "app went down", "went offline", "goes offline",
        // A server no longer answering: "redis-primary-1 stops responding".
        "stops responding", "stopped responding", "became unresponsive", "becomes unresponsive",
        "went unresponsive", "goes unresponsive", "stops serving", "stopped serving",
      ]
    ),
  ]

  /// The same milestones in Spanish, French, German and Portuguese timelines, ranked with the
  /// English phrases of their milestone.
  private static let otherLanguages: [Milestone: [String]] = [
    .resolved: [
      "resuelto", "resuelta", "restablecido", "restablecida", "résolu", "résolue", "rétabli", "rétablie", "behoben",
      "gelöst", "wiederhergestellt", "resolvido", "resolvida", "restabelecido", "risolto", "risolta", "ripristinato",
      "ripristinata", "opgelost", "hersteld",
      // Agreeing with a plural subject: "Pagos restablecidos", "Services rétablis".
      "resueltos", "resueltas", "restablecidos", "restablecidas", "résolus", "résolues", "rétablis", "rétablies",
      "resolvidos", "resolvidas", "restabelecidos", "restabelecidas", "risolti", "ripristinati",
      // Recovered: "servicio recuperado", "serviço recuperado", "service récupéré".
      "recuperado", "recuperada", "recuperados", "recuperadas", "récupéré", "récupérée",
      // Back to normal: "latence revenue à la normale", "volvió a la normalidad", "wieder normal".
      "retour à la normale", "revenu à la normale", "revenue à la normale", "revenus à la normale",
      "revenues à la normale", "de vuelta a la normalidad", "volvió a la normalidad", "vuelve a la normalidad",
      "wieder normal", "voltou ao normal", "volta ao normal", "tornato alla normalità", "tornata alla normalità",
      // Vietnamese: restored, resolved ("Dịch vụ đã được khôi phục").
      "khôi phục", "đã giải quyết",
    ],
    .mitigated: [
      "mitigado", "mitigada", "atténué", "atténuée", "mitigiert", "entschärft", "revertido", "revertida", "mitigato",
      "gemitigeerd", "teruggedraaid", "zurückgerollt",
      // A rollback done (not begun: "retour arrière lancé" is the English "rollback started").
      "retour arrière effectué", "retour arrière terminé", "retour arrière réalisé", "reversión completada",
      "reversión realizada",
      // The change taken back: "se revierte el despliegue", "revertimos el cambio".
      "se revierte", "se revirtió", "revertimos", "rollback concluído", "rollback concluido", "rollback realizado",
      "reversão concluída", "rollback completado", "rollback terminé", "rollback abgeschlossen",
      "rollback completato", "rollback eseguito", "rollback voltooid",
    ],
    .detected: [
      "detectado", "detectada", "detecção", "detección", "alerta", "détecté", "détectée", "alerte", "erkannt",
      "festgestellt", "alarmiert",
      "alarm ausgelöst",
      "detetado", "detetada", "rilevato", "rilevata", "allarme", "gedetecteerd", "alarm ging af", "alarm afgegaan",
      "alarm gaat af",
      // An incident declared: "Se declara incidente", "Incident déclaré", "Incidente declarado".
      // Vietnamese: an alert, found ("Cảnh báo tỷ lệ lỗi tăng cao", "phát hiện lỗi").
      "cảnh báo", "phát hiện",
      "se declara el incidente", "se declara incidente", "se declara la incidencia", "declara el incidente",
      "incidente declarado", "incident déclaré", "incident erklärt",
      "incident ausgerufen",
    ],
    .started: [
      "comienza", "comenzó", "commence", "beginnt", "begann", "começa", "começou", "inicio del incidente",
      // With a plural subject: "comienzan los errores", "les erreurs commencent".
      "comienzan", "comenzaron", "empieza", "empiezan", "commencent", "beginnen", "begannen", "começam",
      // A rate that rises: "Fehlerrate steigt stark an", "foutpercentage stijgt".
      "steigt an", "steigt stark an", "steigen an", "steigen stark an", "stijgt", "stijgen",
      "iniziano", "inizio degli errori", "inizio dell incidente",
      // The start named: "début des erreurs", "inicio del impacto".
      "début des erreurs", "début de l incident", "début de l impact", "début de la panne", "inicio de los errores",
      "inicio del impacto",
    ],
  ]

  /// A phrase as lower-cased words, with its milestone and rank (lower ranks win).
  private struct Phrase: Sendable {
    var words: PhraseWords
    var milestone: Milestone
    var rank: Int
  }

  /// Built-in phrases by their first word, so each word of an entry costs one lookup.
  private static let phrasesByFirstWord: ByteWordTable<[Phrase]> = {
    var entries: [([UInt8], Phrase)] = []
    entries.reserveCapacity(640)
    var rank = 0
    // The milestone named outright outranks every other phrase.
    for (milestone, word) in [(Milestone.resolved, "resolved"), (.mitigated, "mitigated"), (.detected, "detected")] {
      let words = PhraseWords(word)
      entries.append((words.firstWord, Phrase(words: words, milestone: milestone, rank: rank)))
      rank += 1
    }
    for (milestone, phrases) in builtInPhrases {
      for list in [phrases, otherLanguages[milestone] ?? []] {
        for phrase in list {
          let words = PhraseWords(phrase)
          entries.append((words.firstWord, Phrase(words: words, milestone: milestone, rank: rank)))
        }
      }
      rank += 1
    }
    return ByteWordTable(grouping: entries)
  }()

  /// What responders begin doing, which a started phrase before it does not make the incident's
  /// start ("began investigating", "began rolling back").
  private static let teamActivities = ByteWordTable(
    [
      "investigating", "developing", "working", "looking", "rolling", "deploying", "preparing", "drafting",
      "reviewing", "migrating", "restoring", "testing", "planning", "coordinating", "communicating", "discussing",
      "debugging", "writing", "validating", "monitoring", "escalating", "reverting", "draining", "replaying",
      "processing", "rebuilding", "recovering", "syncing", "backfilling", "recovery", "restarting", "restoration",
      // What the service begins doing as it recovers: "traffic began returning to normal".
      "returning", "improving", "dropping", "decreasing", "subsiding", "falling", "clearing", "normalizing",
      "normalising", "stabilizing", "stabilising",
      // The same after "to": "began to recover", "started to investigate".
      "recover", "return", "improve", "drop", "decrease", "subside", "fall", "clear", "drain", "normalize",
      "normalise", "stabilize", "stabilise", "investigate", "roll", "work", "look", "deploy", "prepare", "restore",
      "revert", "restart", "mitigate", "migrate", "rebuild", "reprocess", "replay", "backfill",
      // The work named as a noun: "begins investigation", "began troubleshooting".
      "investigation", "troubleshooting", "analysis", "triage", "remediation", "rollback", "diagnosis",
      "debugging", "work", "cleanup", "repairs",
    ].map { (Array($0.utf8), true) })

  /// What responders do to end an incident, which as the subject of "begins" makes the phrase
  /// their work's start, not the incident's ("Recovery from the snapshot begins").
  private static let responseWork = ByteWordTable(
    [
      "recovery", "restore", "restoration", "rollback", "mitigation", "investigation", "failover", "remediation",
      "repair", "cleanup", "backfill", "fix", "hotfix", "revert", "rebuild", "reindex", "resync", "replay",
      "restart", "reboot", "failback", "restores", "rollbacks", "failovers", "repairs", "fixes", "hotfixes",
      "reverts", "rebuilds", "restarts", "reboots",
      // The responders' own steps: "Damage assessment begins", "Postmortem review begins".
      "assessment", "assessments", "review", "evaluation", "analysis", "diagnosis", "triage", "troubleshooting",
      "call", "bridge", "meeting", "investigations",
    ].map { (Array($0.utf8), true) })

  /// A change being made: its start ("Deploy of auth v5 begins", "Resolver rollout begins") is
  /// the trigger's, not the incident's, which starts when the impact does.
  private static let changeWork = ByteWordTable(
    [
      "deploy", "deployment", "rollout", "migration", "maintenance", "upgrade", "release", "patching", "job",
      "batch", "backup", "deploys", "deployments", "rollouts", "migrations", "upgrades", "releases", "jobs",
      "backups",
    ].map { (Array($0.utf8), true) })

  /// Whether one of the few words before `index`, in its own clause, names response work or a
  /// change being made ("The migration began and errors began": the errors' start is the incident's).
  private static func followsResponseWork(_ index: Int, word: (Int) -> UnsafeBufferPointer<UInt8>) -> Bool {
    for before in (max(0, index - 6)..<index).reversed() {
      let candidate = word(before)
      if clauseJoins[candidate] != nil { return false }
      if responseWork[candidate] != nil || changeWork[candidate] != nil { return true }
    }
    return false
  }

  /// Whether the word at byte `start` opens its sentence: nothing but spaces between it and the
  /// text's start or a full stop, as a log leaves out who acted ("Bot restarts. Begins replay.").
  private static func opensSentence(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    var index = start
    while index > 0, buffer[index - 1] == UInt8(ascii: " ") { index -= 1 }
    return index == 0 || buffer[index - 1] == UInt8(ascii: ".") || buffer[index - 1] == UInt8(ascii: ";")
  }

  /// Whether one of the three words from `index` names work the responders or a change began
  /// ("Begins candle replay", "Began deploy of v2"): the start of that work, not of the incident.
  private static func namesWorkWithin(_ index: Int, count: Int, word: (Int) -> UnsafeBufferPointer<UInt8>) -> Bool {
    (index..<min(count, index + 3)).contains {
      let candidate = word($0)
      return teamActivities[candidate] != nil || responseWork[candidate] != nil || changeWork[candidate] != nil
    }
  }

  private static let clauseJoins = ByteWordTable(
    ["and", "but", "then", "while", "when"].map { (Array($0.utf8), true) })

  /// Milestones named by one word, as a milestone table's rows are ("Started"; an incident tool's
  /// "Fixed" is when the fix took effect: mitigated, before resolved).
  private static let rowWords = ByteWordTable<Milestone>(
    ([("started", .started), ("start", .started), ("began", .started), ("begin", .started), ("fixed", .mitigated)]
      as [(String, Milestone)]).map { (Array($0.0.utf8), $0.1) })

  private static let negations = ByteWordTable(
    [
      "not", "partially", "never", "yet", "un", "no",
      // "weren't" written without its apostrophe.
      "isnt", "wasnt", "werent", "arent", "dont", "doesnt", "didnt", "cannot", "cant", "wont",
    ].map { (Array($0.utf8), true) })

  private static let typographicNot = Array("n\u{2019}t".utf8)

  /// Whether word `index` negates the phrase after it: "not", "weren't" (read as "weren" and
  /// "t"), "wasn’t".
  private static func negates(_ index: Int, word: (Int) -> UnsafeBufferPointer<UInt8>) -> Bool {
    let candidate = word(index)
    if candidate.count == 1 {
      // The "t" of "n't", not of "T+5": an apostrophe straight after an "n" before it.
      guard candidate[0] == UInt8(ascii: "t"), index > 0, let start = candidate.baseAddress else { return false }
      let before = word(index - 1)
      return before.last == UInt8(ascii: "n") && before.baseAddress.map { $0 + before.count + 1 } == start
        && (start - 1).pointee == UInt8(ascii: "'")
    }
    return negations[candidate] != nil
      || (candidate.count > typographicNot.count && candidate.last == UInt8(ascii: "t")
        && candidate.suffix(typographicNot.count).elementsEqual(typographicNot))
  }

  /// The milestones of Japanese, Chinese and Korean timelines, in rank order: those scripts write
  /// no space between words, so the phrases are looked for inside the text.
  private static let spacelessPhrases: [(phrase: [UInt8], milestone: Milestone)] = [
    (.resolved, ["復旧", "解決", "恢复", "解决", "복구", "해결", "정상화"]),
    // A rollback done, not begun: "ロールバック完了", "回滚完成", "롤백 완료".
    (.mitigated, ["切り戻し完了", "ロールバック完了", "回滚完成", "回滚完毕", "롤백 완료", "롤백완료", "緩和", "缓解", "완화"]),
    (.detected, ["アラート", "検知", "発報", "告警", "报警", "检测到", "경보", "감지", "탐지"]),
    (.started, ["障害発生", "故障发生", "发生故障", "장애 발생", "장애발생"]),
  ].flatMap { milestone, phrases in phrases.map { (Array($0.utf8), milestone) } }

  /// The milestone `text` marks, or nil.
  public func detect(_ text: String) -> Milestone? {
    var lowered = Array(text.utf8)
    if let explicit = MilestoneDetector.explicitMarker(lowered) { return explicit }
    // Kana, CJK ideographs and Hangul all start with a byte of 0xE3 or more in UTF-8: noted in
    // the pass that lower-cases.
    var spaceless = false
    for index in lowered.indices {
      let byte = lowered[index]
      if byte >= 0xE3 { spaceless = true }
      lowered[index] = ASCIIText.lower(byte)
    }
    // "Status changed from Investigating to Monitoring": the status it changed to is the one that
    // marks the moment (incident.io's and FireHydrant's logs).
    if let newStatus = MilestoneDetector.statusChangedTo(lowered) {
      return detectWords(MilestoneDetector.changedTo + newStatus)
    }
    if let found = detectWords(lowered) { return found }
    guard spaceless else { return nil }
    return MilestoneDetector.spacelessPhrases.first { ASCIIText.contains(lowered, $0.phrase) }?.milestone
  }

  private static let changedFrom = Array(" from ".utf8)
  private static let spacedTo = Array(" to ".utf8)
  private static let changedTo = Array("changed to ".utf8)
  private static let changeVerbs: [[UInt8]] = ["changed", "moved", "updated", "set"].map { Array($0.utf8) }

  /// What follows "to" in a status change from one status to another ("status changed from
  /// triage to investigating"), from lower-cased bytes, or nil.
  private static func statusChangedTo(_ lowered: [UInt8]) -> ArraySlice<UInt8>? {
    guard let from = UTF8Scan.firstOffset(of: changedFrom, in: lowered),
      changeVerbs.contains(where: { verb in
        from >= verb.count && lowered[(from - verb.count)..<from].elementsEqual(verb)
      }),
      let to = UTF8Scan.firstOffset(of: spacedTo, in: lowered, from: from + changedFrom.count)
    else { return nil }
    return lowered[(to + spacedTo.count)...]
  }

  /// The milestone the words of `lowered` (the entry's bytes, lower-cased) name, or nil.
  private func detectWords(_ lowered: [UInt8]) -> Milestone? {
    if let labelled = MilestoneDetector.labelledMilestone(lowered) { return labelled }
    // Words as ranges into one buffer: slices would each hold a reference to it.
    let words = ASCIIText.wordRanges(lowered)
    return lowered.withUnsafeBufferPointer { buffer -> Milestone? in
      let word = { (index: Int) in UnsafeBufferPointer(rebasing: buffer[words[index]]) }
      // A milestone table names each row by its milestone alone ("Started", "Detected"): a word
      // that in a sentence is anyone's start ("Rollback started") is the incident's here.
      if words.count == 1, let milestone = MilestoneDetector.rowWords[word(0)] { return milestone }
      // Most teams configure no phrases: then the four dictionary lookups are skipped.
      if !extraPhraseWords.isEmpty {
        for milestone in Milestone.allCases.reversed() {
          for phraseWords in extraPhraseWords[milestone] ?? []
          where MilestoneDetector.find(phraseWords, count: words.count, word: word) {
            return milestone
          }
        }
      }
      var best: Phrase?
      for index in words.indices {
        guard let candidates = MilestoneDetector.phrasesByFirstWord[word(index)] else { continue }
        if index > 0, MilestoneDetector.negates(index - 1, word: word) { continue }
        // "No issues reported", "No alerts fired": "no" before the thing that did not happen.
        if index > 1, word(index - 2).elementsEqual("no".utf8) { continue }
        for phrase in candidates where best == nil || phrase.rank < best!.rank {
          let end: Int
          if MilestoneDetector.matches(phrase.words, count: words.count, word: word, at: index) {
            end = index + phrase.words.count
          } else if phrase.words.count > 1, index + 1 < words.count, MilestoneDetector.goesInside(word(index + 1)),
            let found = MilestoneDetector.matchEnd(phrase.words, count: words.count, word: word, at: index)
          {
            // "The rollback had completed": an auxiliary verb inside the phrase.
            end = found
          } else {
            continue
          }
          // "Engineers began developing a plan", "Latency started to recover": the team's work or
          // the recovery began, not the incident.
          if phrase.milestone == .started {
            var next = end
            if next + 1 < words.count, word(next).elementsEqual("to".utf8) { next += 1 }
            if next < words.count, MilestoneDetector.teamActivities[word(next)] != nil { continue }
          }
          if phrase.milestone == .started, phrase.words.count == 1,
            MilestoneDetector.followsResponseWork(index, word: word)
              || (MilestoneDetector.opensSentence(buffer, at: words[index].lowerBound)
                && MilestoneDetector.namesWorkWithin(end, count: words.count, word: word))
          {
            continue
          }
          // "The load balancer detects the new nodes as healthy": a check passing, no one noticing
          // the incident.
          if phrase.milestone == .detected, end < words.count,
            (end..<min(words.count, end + 6)).contains(where: { word($0).elementsEqual("healthy".utf8) })
          {
            continue
          }
          // "Rollback completed, but the issue persisted": a way back that did not hold.
          if phrase.milestone == .mitigated || phrase.milestone == .resolved,
            MilestoneDetector.didNotHold(after: end, count: words.count, word: word)
          {
            continue
          }
          // "Backlog drained by 50%", "logins succeed again for most customers": part of the way
          // back is a mitigation, ranked as one (the ranks go resolved then mitigated, outright and built in).
          if phrase.milestone == .resolved,
            MilestoneDetector.namesPartialShare(buffer, from: words[end - 1].upperBound)
              || (end + 1 < words.count && word(end).elementsEqual("for".utf8)
                && MilestoneDetector.partialQuantifiers[word(end + 1)] != nil)
              // "services were gradually restored": on the way back, not there.
              || (index > 0 && MilestoneDetector.gradualWords[word(index - 1)] != nil)
          {
            let partial = Phrase(words: phrase.words, milestone: .mitigated, rank: phrase.rank + 1)
            if best == nil || partial.rank < best!.rank { best = partial }
            continue
          }
          best = phrase
        }
      }
      return best?.milestone
    }
  }

  /// Whether a clause after the words up to `end` says the trouble went on: "but" or "however",
  /// then "persisted", "remained", "recurred", "failed", "didn't" ("Rollback
  /// completed, but issue persisted"; "…, but VM remained inaccessible").
  private static func didNotHold(after end: Int, count: Int, word: (Int) -> UnsafeBufferPointer<UInt8>) -> Bool {
    guard let turn = (end..<count).first(where: { contrastWords[word($0)] != nil }) else { return false }
    return ((turn + 1)..<count).contains { persistenceWords[word($0)] != nil }
  }

  private static let contrastWords = ByteWordTable(["but", "however", "yet"].map { (Array($0.utf8), true) })

  private static let persistenceWords = ByteWordTable(
    [
      "persisted", "persists", "persisting", "remained", "remains", "recurred", "reappeared", "resurfaced", "failed",
      "didn", "unresolved", "unchanged",
    ].map { (Array($0.utf8), true) })

  /// Words after "for" that leave some users out: "restored for most customers".
  private static let gradualWords = ByteWordTable(
    ["gradually", "partially", "partly", "slowly", "progressively"].map { (Array($0.utf8), true) })

  private static let partialQuantifiers = ByteWordTable(
    ["most", "some", "many", "half", "part", "several", "certain"].map { (Array($0.utf8), true) })

  /// Whether a share short of the whole follows byte `offset`, after at most one word: "by 50%",
  /// "to 80 %", "~60%".
  private static func namesPartialShare(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
    var index = offset
    var words = 0
    while index < bytes.count, index < offset + 16 {
      let byte = bytes[index]
      if ASCIIText.isDigit(byte) {
        var value = 0
        while index < bytes.count, ASCIIText.isDigit(bytes[index]) {
          value = min(value * 10 + Int(bytes[index] - 48), 1000)
          index += 1
        }
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "%") && value < 100
      }
      if ASCIIText.isLetter(byte) {
        // One short word before the figure: "by", "to", "about".
        words += 1
        guard words == 1 else { return false }
        while index < bytes.count, ASCIIText.isLetter(bytes[index]) { index += 1 }
        continue
      }
      guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "~") else { return false }
      index += 1
    }
    return false
  }

  /// An entry labelled with its phase, lower case: "Mitigation: cache TTL raised".
  private static let phaseLabels: [(label: [UInt8], milestone: Milestone)] = [
    (Array("detection:".utf8), .detected), (Array("mitigation:".utf8), .mitigated),
    (Array("resolution:".utf8), .resolved),
  ]

  /// An entry tagged with its phase in brackets, lower case: "(Mitigation) Pool size restored",
  /// as templates tag their timeline's lines.
  private static let phaseTags: [(tag: [UInt8], milestone: Milestone)] = [
    ("detection", Milestone.detected), ("detected", .detected), ("mitigation", .mitigated), ("mitigated", .mitigated),
    ("resolution", .resolved), ("resolved", .resolved), ("recovery", .resolved), ("recovered", .resolved),
  ].map { (Array($0.utf8), $1) }

  /// The milestone an entry's opening label or tag names, from lower-cased bytes.
  static func labelledMilestone(_ lowered: [UInt8]) -> Milestone? {
    // Runs on every entry: most start with none of the labels' letters.
    guard let first = lowered.first else { return nil }
    if first == UInt8(ascii: "(") || first == UInt8(ascii: "[") {
      let closing = first == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
      guard let end = lowered.prefix(12).firstIndex(of: closing) else { return nil }
      let tag = lowered[1..<end]
      return phaseTags.first { $0.tag.elementsEqual(tag) }?.milestone
    }
    guard first == UInt8(ascii: "d") || first == UInt8(ascii: "m") || first == UInt8(ascii: "r") else { return nil }
    return phaseLabels.first { lowered.starts(with: $0.label) }?.milestone
  }

  private static let outage = Array("OUTAGE".utf8)
  private static let incident = Array("INCIDENT".utf8)

  /// `[detected]`-style markers, Google SRE's OUTAGE BEGINS / MITIGATED / ENDS and Flutter's
  /// `<START OF OUTAGE>` / `<END OF OUTAGE>`.
  static func explicitMarker(_ bytes: [UInt8]) -> Milestone? {
    if bytes.contains(91) {  // "["
      let lowered = bytes.map(ASCIIText.lower)
      for milestone in Milestone.allCases where ASCIIText.contains(lowered, Array("[\(milestone.rawValue)]".utf8)) {
        return milestone
      }
    }
    guard ASCIIText.contains(bytes, outage) || ASCIIText.contains(bytes, incident) else { return nil }
    return capitalMarkers.first { ASCIIText.contains(bytes, $0.phrase) }?.milestone
  }

  private static let capitalMarkers: [(phrase: [UInt8], milestone: Milestone)] = [
    ("OUTAGE BEGINS", Milestone.started), ("INCIDENT BEGINS", .started), ("OUTAGE MITIGATED", .mitigated),
    ("OUTAGE ENDS", .resolved), ("INCIDENT ENDS", .resolved), ("START OF OUTAGE", .started),
    ("START OF INCIDENT", .started), ("END OF OUTAGE", .resolved), ("END OF INCIDENT", .resolved),
  ].map { (Array($0.0.utf8), $0.1) }

  private static func matches(
    _ phrase: PhraseWords, count: Int, word: (Int) -> UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Bool {
    guard start + phrase.count <= count else { return false }
    var offset = 0
    for index in start..<(start + phrase.count) {
      let next = word(index)
      guard phrase.hasWord(next, at: offset) else { return false }
      offset += next.count + 1
    }
    return true
  }

  /// Where a built-in phrase that starts at `start` ends, or nil: its words in order, with up to
  /// three auxiliary verbs or adverbs between them ("Rollback had completed", "fix has been
  /// deployed", "the backlog was fully drained").
  private static func matchEnd(
    _ phrase: PhraseWords, count: Int, word: (Int) -> UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Int? {
    var position = start
    var offset = 0
    for index in 0..<phrase.count {
      var skipped = 0
      while position < count, !phrase.hasWord(word(position), at: offset) {
        guard index > 0, skipped < 3, goesInside(word(position)) else { return nil }
        skipped += 1
        position += 1
      }
      guard position < count else { return nil }
      offset += word(position).count + 1
      position += 1
    }
    return position
  }

  /// Auxiliary verbs a sentence puts inside a phrase ("the rollback had completed"); not those of
  /// work in progress ("a fix is being implemented" is no mitigation yet).
  private static let auxiliaries: [[UInt8]] = ["was", "were", "had", "has", "have", "been", "got"].map {
    Array($0.utf8)
  }

  /// Whether `word` may stand inside a phrase: an auxiliary verb, or an adverb of how it ended
  /// ("fully", "finally", "successfully", "completely").
  static func goesInside(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    if word.count >= 5, word[word.count - 2] == UInt8(ascii: "l"), word[word.count - 1] == UInt8(ascii: "y") {
      return adverbs.contains { word.elementsEqual($0) }
    }
    return isAuxiliary(word)
  }

  private static let adverbs: [[UInt8]] = ["fully", "finally", "successfully", "completely", "eventually"].map {
    Array($0.utf8)
  }

  /// Whether `word` is one of `auxiliaries`: told by its length and first letter first, as every
  /// phrase that matches only in its first word comes here.
  static func isAuxiliary(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count == 3 || word.count == 4, let first = word.first,
      first == UInt8(ascii: "w") || first == UInt8(ascii: "h") || first == UInt8(ascii: "b")
        || first == UInt8(ascii: "g")
    else { return false }
    return auxiliaries.contains { word.elementsEqual($0) }
  }

  private static func find(_ phrase: PhraseWords, count: Int, word: (Int) -> UnsafeBufferPointer<UInt8>) -> Bool {
    guard count >= phrase.count else { return false }
    for start in 0...(count - phrase.count) where phrase.hasWord(word(start), at: 0) {
      if start > 0, negates(start - 1, word: word) { continue }
      if matches(phrase, count: count, word: word, at: start) { return true }
    }
    return false
  }
}
