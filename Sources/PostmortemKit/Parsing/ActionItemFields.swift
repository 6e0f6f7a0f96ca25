import Foundation

/// Reads the fields written inline in an action item: `owner: @bo`, `@ana`, `due: 2024-04-01`,
/// `by 2024-04-01`, `OPS-42`, `#123`, a URL, `priority: P1`, `type: prevent`, `id: AI-7`, and
/// status words such as `DONE` or `IN PROGRESS`.
struct ActionItemFields {
  var title: String
  var owner: String?
  var dueRaw: String?
  var ticket: String?
  var priority: String?
  var type: String?
  var id: String?
  var status: String?
  /// What a field named the item itself ("Owner: Fay — Action: Write the runbook"), which is then
  /// its title.
  private var keyedTitle: String?

  /// Whether the text names who owns the work, when it is due or where it is tracked.
  var namesAnyField: Bool { owner != nil || dueRaw != nil || ticket != nil }

  private enum Key {
    case owner, due, ticket, priority, type, id, status, title
  }

  private static let keys: [String: Key] = [
    "owner": .owner, "owners": .owner, "point person": .owner, "point of contact": .owner, "poc": .owner,
    "assignee": .owner, "assigned to": .owner, "assigned": .owner, "who": .owner,
    "dri": .owner, "responsible": .owner, "team": .owner, "owning team": .owner, "owner team": .owner,
    "担当": .owner, "担当者": .owner, "负责人": .owner, "담당자": .owner,
    "期限": .due, "截止日期": .due, "截止": .due, "截止时间": .due, "기한": .due, "담당": .owner,
    "verantwortlich": .owner, "zuständig": .owner, "responsable": .owner, "responsável": .owner,
    "fällig": .due, "frist": .due, "bis": .due, "échéance": .due, "fecha límite": .due, "prazo": .due,
    "responsabile": .owner, "scadenza": .due, "eigenaar": .owner, "verantwoordelijke": .owner, "uiterlijk": .due,
    "due": .due, "due date": .due, "deadline": .due, "eta": .due, "target date": .due, "target": .due,
    "estimated completion": .due, "expected completion": .due, "completion date": .due, "target completion": .due,
    "estimated completion date": .due, "planned completion": .due,
    "ticket": .ticket, "issue": .ticket, "jira": .ticket, "bug": .ticket, "tracking": .ticket,
    "priority": .priority, "pri": .priority,
    "type": .type, "kind": .type, "category": .type,
    "id": .id,
    "status": .status, "state": .status,
    "action": .title, "action item": .title, "task": .title,
  ]

  /// Full-width punctuation and the ASCII it stands for in an item's fields.
  private static let fullWidthMarks: [([UInt8], [UInt8])] = [
    ("（", "("), ("）", ")"), ("：", ": "), ("、", ", "), ("，", ", "), ("；", "; "),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
  /// The full-width marks that can open an item's fields: a bracket, a colon.
  private static let fieldOpeners = [Array("（".utf8), Array("：".utf8)]

  /// `keys` for lookups on lower-cased bytes.
  private static let keyTable = ByteWordTable(keys.map { (Array($0.key.utf8), $0.value) })

  /// Status words, upper case, as teams write them in items and table cells.
  static let statusWords: [String] = [
    "IN PROGRESS", "IN-PROGRESS", "WON'T FIX", "WONTFIX", "WON'T DO", "NOT STARTED", "DONE", "TODO", "TO DO", "WIP",
    "FAILED",
    "BLOCKED", "CANCELLED", "CANCELED", "COMPLETE", "COMPLETED", "OPEN", "CLOSED", "FIXED", "PENDING", "STARTED",
    // Declined: the team decided to do nothing ("— no action — handled in another project").
    "NO ACTION", "NOT PLANNED", "SIN ACCIÓN", "SIN ACCION",
  ]
  private static let doneWords: Set<String> = [
    "DONE", "COMPLETE", "COMPLETED", "CLOSED", "FIXED", "RESOLVED", "YES", "Y", "✅", "✔", "✔️", "☑", "[X]", "X",
    "WONTFIX", "WON'T FIX", "WON'T DO", "CANCELLED", "CANCELED", "NO ACTION", "NOT PLANNED", "SIN ACCIÓN",
    "SIN ACCION",
    // Spanish, French, German, Portuguese, Italian, Dutch, Japanese, Chinese, Korean.
    "HECHO", "COMPLETADO", "TERMINADO", "TERMINÉ", "FAIT", "ERLEDIGT", "ABGESCHLOSSEN", "CONCLUÍDO", "FEITO",
    "FATTO", "COMPLETATO", "KLAAR", "GEREED", "AFGEROND", "完了",
    "已完成", "完成", "완료", "HOÀN THÀNH", "ĐÃ HOÀN THÀNH", "ĐÃ XONG", "XONG",
  ]

  /// A status as written, upper case, without the emphasis or strikethrough around it
  /// (`~~Won't fix~~` is WON'T FIX).
  static func normalizedStatus(_ status: String) -> String {
    let trimmed = status.trimmingCharacters(in: "~*_` ").trimmingWhitespace()
    // "✅ Done", "🚧 In progress": the emoji decorates the word, which says it (an emoji alone
    // is the status).
    let scalars = trimmed.unicodeScalars
    let isDecoration = { (scalar: Unicode.Scalar) in
      scalar.value >= 0x80 && (scalar.properties.isEmoji || scalar.value == 0xFE0F || scalar.value == 0x200D)
        || scalar == " "
    }
    // A mark alone whose meaning is not in doubt: a tick, a box left empty, work under way.
    if let first = trimmed.utf8.first, first >= 0x80, trimmed.utf8.count <= 7,
      let word = statusEmoji[String(String.UnicodeScalarView(trimmed.unicodeScalars.filter { $0.value != 0xFE0F }))]
    {
      return word
    }
    // A task box written out in a table cell: "[x]" is done, "[ ]" open.
    switch trimmed {
    case "[x]", "[X]": return "DONE"
    case "[ ]", "[]": return "OPEN"
    default: break
    }
    if let first = scalars.first, isDecoration(first) || scalars.last.map(isDecoration) == true,
      let start = scalars.firstIndex(where: { !isDecoration($0) }),
      let end = scalars.lastIndex(where: { !isDecoration($0) })
    {
      let words = String(scalars[start...end]).uppercased()
      // "✅ Nov 20", "🔄 Tool evaluation": a mark leading a note that names no status (the day it
      // was done, the stage reached) says it; one word is the writer's status ("🔄 Scheduled").
      if let marked = statusEmoji[String(first)], words.contains(" ") || words.utf8.contains(where: ASCIIText.isDigit),
        !doneWords.contains(words), !statusWords.contains(where: { words.hasPrefix($0) })
      {
        return marked
      }
      return words
    }
    let upper = trimmed.uppercased()
    // A status word that opens a note: "done 2026-07-22 — shipped at iteration 3", "done (this
    // session)", "Open: waiting on the vendor".
    if upper.utf8.count > 4, !statusWords.contains(upper) {
      for word in statusWordsLongestFirst where upper.hasPrefix(word) {
        let next = upper.utf8.dropFirst(word.utf8.count).first
        if next == UInt8(ascii: " ") || next == UInt8(ascii: "(") || next == UInt8(ascii: ",")
          || next == UInt8(ascii: ":") || next == UInt8(ascii: ";")
        {
          return word
        }
      }
    }
    return upper
  }

  private static let statusWordsLongestFirst = statusWords.sorted { $0.utf8.count > $1.utf8.count }

  /// The status an emoji alone says, as a table's Status column writes it; "❌" and "🔴" (not
  /// started, blocked or dropped?) are kept as written.
  private static let statusEmoji: [String: String] = [
    "✅": "DONE", "✔": "DONE", "☑": "DONE", "✓": "DONE", "⬜": "OPEN", "☐": "OPEN", "🔲": "OPEN",
    "🟡": "IN PROGRESS", "🟠": "IN PROGRESS", "🚧": "IN PROGRESS", "🔄": "IN PROGRESS", "⏳": "IN PROGRESS",
  ]

  /// Whether a status text means the item needs no more work.
  static func isDone(_ status: String) -> Bool {
    doneWords.contains(normalizedStatus(status))
  }

  /// Extracts the fields of `text`; `title` is what remains with the fields taken out.
  ///
  /// Works on UTF-8 bytes: every item of every postmortem comes through here, and field syntax is
  /// ASCII, so `Character` iteration and Unicode property lookups would only cost time.
  init(text: String) {
    title = text
    var bytes = Array(text.utf8)
    // Full-width brackets, colons and commas (Japanese and Chinese items) delimit fields as the
    // ASCII ones do: "設定の検証を追加する（担当: @tanaka、期限: 2024-04-01）". Only from the first
    // full-width bracket or colon on, where fields can start: the commas of a sentence before it
    // ("需要顺序时用子级 dependsOn，父级不加 wait") are the author's, kept as written.
    if bytes.contains(where: { $0 == 0xEF || $0 == 0xE3 }),
      let fieldsStart = ActionItemFields.fieldOpeners.compactMap({ UTF8Scan.firstOffset(of: $0, in: bytes) }).min()
    {
      var fields = Array(bytes[fieldsStart...])
      for (wide, narrow) in ActionItemFields.fullWidthMarks { UTF8Scan.replaceEvery(wide, with: narrow, in: &fields) }
      bytes.replaceSubrange(fieldsStart..., with: fields)
    }
    // Obsidian's Tasks plugin writes fields as emoji: "📅 2024-04-05", "✅ 2024-03-21", "⏫".
    if ActionItemFields.mayHoldTaskEmoji(bytes) { extractTaskEmojiFields(&bytes) }
    ActionItemFields.colonAfterDashedKeys(&bytes)
    extractKeyedFields(&bytes)
    if priority == nil { extractPriorityTag(&bytes) }
    extractStatus(&bytes)
    // Tickets and dates first: a mention they leave at the end of the item ("Write runbook
    // @carol by 2024-05-01") is then a field, not part of the sentence.
    extractTicket(&bytes)
    if ticket == nil { extractBugNumber(&bytes) }
    if dueRaw == nil { extractDuePeriod(&bytes) }
    if dueRaw == nil { extractBareDate(&bytes) }
    if dueRaw == nil { extractEndOfMonth(&bytes) }
    if dueRaw == nil { extractTrailingPeriod(&bytes) }
    if dueRaw == nil { extractTrailingDueWords(&bytes) }
    extractMentions(&bytes)
    if owner == nil { extractOwnerPhrase(&bytes) }
    if owner == nil { extractGroupedName(&bytes) }
    // "— Hal — done": the status comes off the end first, then the name before it.
    if owner == nil, extractTrailingName(&bytes), owner == nil { extractTrailingName(&bytes) }
    // "Document the restart, Ines, 2024-05-20": fields parted by commas, as a list written like
    // a spreadsheet's row has them; only with a date read, so that a list of nouns keeps its commas.
    if owner == nil, dueRaw != nil { extractTrailingName(&bytes, afterComma: true) }
    title = ActionItemFields.tidy(bytes)
    if let keyedTitle { title = title.isEmpty ? keyedTitle : keyedTitle + " " + title }
  }

  /// Writes the dash after a field's key as a colon where the key stands after a separator or
  /// at the start: "Alert on errors — Owner - Aiko — due …" is "… — Owner: Aiko — due …".
  private static func colonAfterDashedKeys(_ bytes: inout [UInt8]) {
    var index = 0
    while index + 2 < bytes.count {
      defer { index += 1 }
      // A dash between spaces: " - ", " – ", " — ".
      guard bytes[index] == UInt8(ascii: " ") else { continue }
      var dashEnd = index + 1
      if bytes[dashEnd] == UInt8(ascii: "-") {
        dashEnd += 1
      } else if bytes[dashEnd] == 0xE2, dashEnd + 2 < bytes.count, bytes[dashEnd + 1] == 0x80,
        bytes[dashEnd + 2] == 0x93 || bytes[dashEnd + 2] == 0x94
      {
        dashEnd += 3
      } else {
        continue
      }
      guard dashEnd < bytes.count, bytes[dashEnd] == UInt8(ascii: " ") else { continue }
      var wordStart = index
      while wordStart > 0, ASCIIText.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
      guard wordStart < index, dashedKeys[bytes[wordStart..<index].map(ASCIIText.lower)] != nil,
        startsField(bytes, at: wordStart)
      else { continue }
      bytes.replaceSubrange(index..<dashEnd, with: [UInt8(ascii: ":")])
    }
  }

  /// The keys a dash may follow instead of a colon.
  private static let dashedKeys = ByteWordTable(
    ["owner", "owners", "assignee", "due", "ticket", "status"].map { (Array($0.utf8), true) })

  /// Whether a field may start at `offset`: at the start, or after a separator and a space.
  private static func startsField(_ bytes: [UInt8], at offset: Int) -> Bool {
    if offset == 0 { return true }
    guard offset >= 2, bytes[offset - 1] == UInt8(ascii: " ") else {
      return bytes[offset - 1] == UInt8(ascii: "(")
    }
    let before = bytes[offset - 2]
    return [UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"), 0x93, 0x94].contains(before)
  }

  /// Whether `text` is the name of a field ("Owner", "Due date"), as a bold lead-in may be.
  static func namesField(_ text: String) -> Bool {
    keyTable[ASCIIText.lowercasedBytes(text)] != nil
  }

  /// Whether `text` opens with a field's key and its colon ("Owner: Ana", "**Due:** …" as plain
  /// text), judged on its first bytes.
  static func opensWithKey(_ text: String) -> Bool {
    var key: [UInt8] = []
    for byte in text.utf8.prefix(longestKey + 4) {
      if byte == UInt8(ascii: ":") {
        while key.last == UInt8(ascii: " ") { key.removeLast() }
        return keyTable[key] != nil
      }
      if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || (byte == UInt8(ascii: " ") && key.isEmpty) {
        continue
      }
      key.append(ASCIIText.lower(byte))
    }
    return false
  }

  /// The length of the longest key, in bytes.
  private static let longestKey = keys.keys.map(\.utf8.count).max()!

  /// The fields Obsidian's Tasks plugin writes as emoji: 📅 the due date, ✅ the day it was done,
  /// ⏳ 🛫 ➕ when it was scheduled, started or created (dropped), and ⏫ 🔺 🔼 🔽 ⏬ its priority.
  private mutating func extractTaskEmojiFields(_ bytes: inout [UInt8]) {
    for (mark, field) in ActionItemFields.taskEmoji {
      guard let at = UTF8Scan.firstOffset(of: mark, in: bytes) else { continue }
      var end = at + mark.count
      if case .priority(let level) = field {
        if priority == nil { priority = level }
      } else {
        // The date follows the mark: "📅 2024-04-05".
        var dateStart = end
        while dateStart < bytes.count, bytes[dateStart] == UInt8(ascii: " ") { dateStart += 1 }
        let dateEnd = dateStart + 10
        guard dateEnd <= bytes.count else { continue }
        let date = String(decoding: bytes[dateStart..<dateEnd], as: UTF8.self)
        guard case .valid = DateParser.parse(date) else { continue }
        if case .due = field, dueRaw == nil { dueRaw = date }
        if case .doneOn = field, status == nil { status = "DONE" }
        end = dateEnd
      }
      bytes.removeSubrange(at..<end)
    }
  }

  /// Whether `bytes` may hold one of the Tasks plugin's emoji: a four-byte character, or a
  /// three-byte one of the blocks ✅ ➕ ⏫ ⏳ are in (a dash, "—", is in neither).
  private static func mayHoldTaskEmoji(_ bytes: [UInt8]) -> Bool {
    for index in bytes.indices where bytes[index] >= 0xE2 {
      if bytes[index] == 0xF0 { return true }
      if bytes[index] == 0xE2, index + 1 < bytes.count,
        bytes[index + 1] == 0x8F || bytes[index + 1] == 0x9C || bytes[index + 1] == 0x9E
      {
        return true
      }
    }
    return false
  }

  /// What one of the Tasks plugin's emoji marks.
  private enum TaskEmojiField {
    case due, doneOn, otherDate
    case priority(String)
  }

  private static let taskEmoji: [([UInt8], TaskEmojiField)] = [
    ("📅", TaskEmojiField.due), ("✅", .doneOn), ("⏳", .otherDate), ("🛫", .otherDate), ("➕", .otherDate),
    ("🔺", .priority("Highest")), ("⏫", .priority("High")), ("🔼", .priority("Medium")), ("🔽", .priority("Low")),
    ("⏬", .priority("Lowest")),
  ].map { (mark: String, field: TaskEmojiField) in (Array(mark.utf8), field) }

  /// `key: value` pairs, in parentheses or not, separated by commas or semicolons.
  private mutating func extractKeyedFields(_ text: inout [UInt8]) {
    // What stays is copied out in one pass: cutting each field out of the text in place made an
    // item of many fields quadratic.
    var kept: [UInt8] = []
    var copiedUpTo = 0
    var searchStart = 0
    // One buffer for every candidate key of the item.
    var candidate: [UInt8] = []
    candidate.reserveCapacity(16)
    while let colon = text[searchStart...].firstIndex(of: UInt8(ascii: ":")) {
      guard let (key, keyStart) = ActionItemFields.key(before: colon, in: text, from: copiedUpTo, buffer: &candidate)
      else {
        searchStart = colon + 1
        continue
      }
      var valueEnd = colon + 1
      while valueEnd < text.count, text[valueEnd] == UInt8(ascii: " ") { valueEnd += 1 }
      if valueEnd < text.count, text[valueEnd] == UInt8(ascii: "["),
        let close = text[valueEnd..<min(text.count, valueEnd + ActionItemFields.longestBracketedValue)]
          .firstIndex(of: UInt8(ascii: "]"))
      {
        // A bracketed value ("owner: [name]") is taken whole, a wiki link's double brackets too
        // ("owner: [[Jane Doe]]", as Obsidian links a person's page).
        let wikiLink =
          text[valueEnd + 1] == UInt8(ascii: "[") && close + 1 < text.count
          && text[close + 1] == UInt8(ascii: "]")
        valueEnd = close + (wikiLink ? 2 : 1)
      } else {
        // "owners: ana, bo": a plural owner key lists names, so its commas do not end it.
        // The item's own words ("Action: Roll back, then page") run on past commas too.
        let listsNames =
          key == .owner
          && (ASCIIText.lower(text[colon - 1]) == UInt8(ascii: "s")
            || ActionItemFields.namesPluralInBrackets(text, before: colon))
        valueEnd = ActionItemFields.valueEnd(
          in: text, from: valueEnd, commasEndIt: !listsNames && key != .title, yearMayFollow: key == .due,
          buffer: &candidate)
      }
      var value = String(decoding: text[(colon + 1)..<valueEnd], as: UTF8.self).trimmingWhitespace()
        .trimmingCharacters(in: ",").trimmingWhitespace()
      // The full stop of "Owner: @ana. Status: done." ends the sentence, not the value.
      if value.count > 1, value.hasSuffix("."), !value.hasSuffix("..") { value.removeLast() }
      // "iptables TCPMSS target: https://…" names a page, not a date: the words stay the item's.
      if key == .due, value.utf8.contains(UInt8(ascii: "/")), value.contains("://") {
        searchStart = colon + 1
        continue
      }
      assign(key, value)
      kept.append(contentsOf: text[copiedUpTo..<keyStart])
      copiedUpTo = valueEnd
      searchStart = valueEnd
    }
    guard copiedUpTo > 0 else { return }
    kept.append(contentsOf: text[copiedUpTo...])
    text = kept
  }

  /// How far a bracketed value's `]` is looked for ("owner: [Ana Ortiz]").
  private static let longestBracketedValue = 200

  private static let valueTerminators = ByteSet(",;()[]|")
  /// How far a key's word may stand from its colon or from its other word ("Owner :",
  /// "due  date"). Bounded so that a run of colons with no word near them costs nothing: every
  /// colon looks back, and an unbounded look made such lines quadratic.
  private static let keyGap = 3

  /// Where a value that starts at `start` ends: at a terminator, at a dash standing between
  /// spaces ("Owner: Bo — Due: …"), or where the next key begins ("Owner: @ana. Status: done").
  /// A date's value keeps the comma before its year ("Due: April 1, 2024") when `yearMayFollow`.
  private static func valueEnd(
    in text: [UInt8], from start: Int, commasEndIt: Bool, yearMayFollow: Bool, buffer: inout [UInt8]
  ) -> Int {
    var end = start
    while end < text.count,
      !valueTerminators.contains(text[end])
        || (text[end] == UInt8(ascii: ",") && (!commasEndIt || (yearMayFollow && yearFollows(text, comma: end))))
    {
      if text[end] == UInt8(ascii: " "), end + 1 < text.count {
        let next = end + 1
        if (text[next] == UInt8(ascii: "-") && (next + 1 == text.count || text[next + 1] == UInt8(ascii: " ")))
          || isDash(text[...], at: next) || dotLength(text[...], at: next) != nil
        {
          return end
        }
      }
      if text[end] == UInt8(ascii: ":"),
        let (_, keyStart) = key(before: end, in: text, from: start + 1, buffer: &buffer)
      {
        return keyStart
      }
      end += 1
    }
    return end
  }

  /// Whether the comma at `comma` stands between a month and day and their year: ", 2024" and
  /// then no more digits.
  private static func yearFollows(_ text: [UInt8], comma: Int) -> Bool {
    let year = comma + 2
    guard comma > 0, ASCIIText.isDigit(text[comma - 1]), year + 4 <= text.count, text[comma + 1] == UInt8(ascii: " ")
    else { return false }
    return text[year..<(year + 4)].allSatisfy(ASCIIText.isDigit)
      && (year + 4 == text.count || !ASCIIText.isDigit(text[year + 4]))
  }

  /// The key that ends just before `colon` and where it starts: the one or two words before it,
  /// the longer match winning, and none of it before `from` (text already taken).
  /// A plural written as "(s)" ("Owner(s): @cy") is the key's word.
  private static func key(before colon: Int, in text: [UInt8], from floor: Int, buffer: inout [UInt8]) -> (Key, Int)? {
    let wordEnd = namesPluralInBrackets(text, before: colon) ? colon - 3 : colon
    guard let last = UTF8Scan.lastWord(in: text, before: wordEnd, maxGap: keyGap), last.lowerBound >= floor else {
      return nil
    }
    if let previous = UTF8Scan.lastWord(in: text, before: last.lowerBound, maxGap: keyGap),
      previous.lowerBound >= floor, let key = key(text, previous, last, buffer: &buffer)
    {
      return (key, previous.lowerBound)
    }
    return key(text, last, nil, buffer: &buffer).map { ($0, last.lowerBound) }
  }

  /// Whether "(s)" stands just before `offset`.
  private static func namesPluralInBrackets(_ text: [UInt8], before offset: Int) -> Bool {
    offset >= 4 && text[offset - 1] == UInt8(ascii: ")") && ASCIIText.lower(text[offset - 2]) == UInt8(ascii: "s")
      && text[offset - 3] == UInt8(ascii: "(")
  }

  /// The key named by the word at `first` (and `second`, joined by one space), lower-cased into
  /// `buffer`.
  private static func key(_ text: [UInt8], _ first: Range<Int>, _ second: Range<Int>?, buffer: inout [UInt8]) -> Key? {
    buffer.removeAll(keepingCapacity: true)
    for index in first { buffer.append(ASCIIText.lower(text[index])) }
    if let second {
      buffer.append(UInt8(ascii: " "))
      for index in second { buffer.append(ASCIIText.lower(text[index])) }
    }
    return keyTable[buffer]
  }

  /// Takes the fields of `other` that this one lacks (the title stays).
  mutating func fillGaps(from other: ActionItemFields) {
    owner = owner ?? other.owner
    dueRaw = dueRaw ?? other.dueRaw
    ticket = ticket ?? other.ticket
    priority = priority ?? other.priority
    type = type ?? other.type
    id = id ?? other.id
    status = status ?? other.status
  }

  private mutating func assign(_ key: Key, _ value: String) {
    // Obsidian's inline fields double the colon: "[owner:: @dee]".
    let value = value.hasPrefix(":") ? value.drop { $0 == ":" || $0 == " " }.trimmingWhitespace() : value
    guard !value.isEmpty else { return }
    switch key {
    case .owner:
      // "owner: n/a" names nobody.
      guard owner == nil else { return }
      let cleaned = ActionItemFields.cleanOwner(value)
      if ActionItemParser.namesOwner(cleaned) { owner = cleaned }
    case .due:
      if dueRaw == nil { dueRaw = value }
    case .ticket:
      if ticket == nil { ticket = value }
    case .priority:
      if priority == nil { priority = value }
    case .type:
      if type == nil { type = value.lowercased() }
    case .id:
      if id == nil { id = value }
    case .status:
      if status == nil { status = ActionItemFields.normalizedStatus(value) }
    case .title:
      if keyedTitle == nil { keyedTitle = value }
    }
  }

  static func cleanOwner(_ value: String) -> String {
    // A role after the name: "@ana (SRE)".
    var owner = value.droppingTrailingAside().trimmingCharacters(in: "[]()*_`")
    if owner.hasPrefix("@") { owner.removeFirst() }
    owner = owner.trimmingWhitespace()
    // Several people, each mentioned: "ana, @bo" and "ana @bo" are "ana, bo", as closing mentions are.
    guard owner.utf8.contains(UInt8(ascii: "@")) else { return owner }
    let words = owner.split(separator: " ")
    if words.dropFirst().allSatisfy({ $0.hasPrefix("@") }) {
      return words.map { $0.drop { $0 == "@" }.trimmingCharacters(in: ",") }.joined(separator: ", ")
    }
    // "Ana Ortiz, @bo", "Ana / @bo": a mention after a separator; "Ana Ortiz @ana" is left as written.
    var cleaned: [String] = []
    for word in words {
      let previous = cleaned.last ?? ""
      let separated = previous.hasSuffix(",") || ["/", "&", "and", "+"].contains(previous)
      cleaned.append(separated && word.hasPrefix("@") ? String(word.dropFirst()) : String(word))
    }
    return cleaned.joined(separator: " ")
  }

  private static let statusWordBytes: [[UInt8]] = statusWords.map { Array($0.utf8) }

  /// The first status word (upper case, whole word) in the text, searched only when the text has
  /// two capitals in a row at all.
  private mutating func extractStatus(_ text: inout [UInt8]) {
    if zip(text, text.dropFirst()).contains(where: { ASCIIText.isUpper($0) && ASCIIText.isUpper($1) }) {
      for (word, needle) in zip(ActionItemFields.statusWords, ActionItemFields.statusWordBytes) {
        guard let start = ActionItemFields.wordOffset(of: needle, in: text) else { continue }
        if status == nil { status = word }
        var end = start + needle.count
        // The code-comment habit "TODO(bo): …" names the owner in the brackets.
        if end < text.count, text[end] == UInt8(ascii: "("), let close = text[end...].firstIndex(of: UInt8(ascii: ")")),
          close - end > 1, close - end <= 40,
          !text[(end + 1)..<close].contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") })
        {
          let name = ActionItemFields.cleanOwner(String(decoding: text[(end + 1)..<close], as: UTF8.self))
          if owner == nil, ActionItemParser.namesOwner(name) { owner = name }
          end = close + 1
        }
        text.removeSubrange(start..<end)
        return
      }
    }
    extractParenthesisedStatus(&text)
  }

  /// A status word in any case standing alone in brackets: "Rotate keys (done)", "[Open] Add an
  /// alert"; or leading the item before a colon ("Cancelled: migrate DNS"), or a ✅ or 🚧 leading or
  /// ending it.
  private mutating func extractParenthesisedStatus(_ text: inout [UInt8]) {
    extractLeadingStatus(&text)
    if status == nil { extractBracketedStatus(&text) }
    if status == nil { extractTrailingStatus(&text) }
    if status == nil { extractDashedStatus(&text) }
  }

  /// A status word in any case after the item's last dash or colon: "Add an alert — done",
  /// "Rewrite the scheduler - won't do", "Rotate keys: in progress".
  private mutating func extractTrailingStatus(_ text: inout [UInt8]) {
    var end = text.count
    while end > 0, text[end - 1] == UInt8(ascii: " ") || text[end - 1] == UInt8(ascii: ".") { end -= 1 }
    // No status word is longer than "NOT STARTED"; the separator stands within the last 16 bytes.
    let floor = max(0, end - 16)
    var separator = end - 1
    while separator > floor, !ActionItemFields.isStatusSeparator(text, at: separator) { separator -= 1 }
    guard separator > floor || (separator == floor && ActionItemFields.isStatusSeparator(text, at: floor)),
      separator > 0
    else { return }
    let separatorEnd =
      text[separator] == UInt8(ascii: ":") || text[separator] == UInt8(ascii: "-") ? separator + 1 : separator + 3
    let word = UTF8Scan.trimmingSpace(text[separatorEnd..<end])
    guard let index = ActionItemFields.statusWordIndex(word) else { return }
    status = ActionItemFields.statusWords[index]
    var cut = separator
    while cut > 0, text[cut - 1] == UInt8(ascii: " ") { cut -= 1 }
    text.removeSubrange(cut...)
  }

  /// The index in `statusWords` of `word` in any case, or nil.
  private static func statusWordIndex(_ word: ArraySlice<UInt8>) -> Int? {
    guard !word.isEmpty, word.count <= 16 else { return nil }
    // ("sin acción": a status in another language may have letters beyond ASCII.)
    if word.contains(where: { $0 >= 0x80 }) {
      let upper = Array(String(decoding: word, as: UTF8.self).uppercased().utf8)
      return statusWordBytes.firstIndex { $0 == upper }
    }
    return statusWordBytes.firstIndex { $0.elementsEqual(word.lazy.map(ASCIIText.upper)) }
  }

  /// A status word between two dashes, the reason after it: "Verify the URLs — won't fix —
  /// handled in another project", "Add a probe - no action - covered by the SLO alert".
  private mutating func extractDashedStatus(_ text: inout [UInt8]) {
    // Two dashes at least, or there is nothing between them: most items have fewer.
    var dashes = 0
    for byte in text where byte == UInt8(ascii: "-") || byte == 0xE2 { dashes += 1 }
    guard dashes >= 2 else { return }
    var separators: [(start: Int, end: Int)] = []
    var offset = 1
    while offset < text.count {
      if ActionItemFields.isStatusSeparator(text, at: offset), text[offset] != UInt8(ascii: ":") {
        let end = text[offset] == UInt8(ascii: "-") ? offset + 1 : offset + 3
        if end < text.count, text[end] == UInt8(ascii: " ") { separators.append((offset, end)) }
        offset = end
      } else {
        offset += 1
      }
    }
    for (open, close) in zip(separators, separators.dropFirst()) {
      guard let index = ActionItemFields.statusWordIndex(UTF8Scan.trimmingSpace(text[open.end..<close.start])) else {
        continue
      }
      status = ActionItemFields.statusWords[index]
      var cut = open.start
      while cut > 0, text[cut - 1] == UInt8(ascii: " ") { cut -= 1 }
      var resume = close.start
      while resume > cut, text[resume - 1] == UInt8(ascii: " ") { resume -= 1 }
      text.removeSubrange(cut..<resume)
      return
    }
  }

  /// Whether a separator before a trailing status starts at `offset`: a colon, or a dash (-, –, —)
  /// with a space before it.
  private static func isStatusSeparator(_ text: [UInt8], at offset: Int) -> Bool {
    switch text[offset] {
    case UInt8(ascii: ":"):
      return true
    case UInt8(ascii: "-"):
      return offset > 0 && text[offset - 1] == UInt8(ascii: " ")
    case 0xE2:
      // – (E2 80 93) and — (E2 80 94).
      return offset > 0 && text[offset - 1] == UInt8(ascii: " ") && offset + 2 < text.count
        && text[offset + 1] == 0x80 && (text[offset + 2] == 0x93 || text[offset + 2] == 0x94)
    default:
      return false
    }
  }

  private mutating func extractLeadingStatus(_ text: inout [UInt8]) {
    guard status == nil, let start = text.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return }
    // The same mark ending the item: "Document the runbook ✅".
    if let last = text.lastIndex(where: { $0 != UInt8(ascii: " ") }), last > start, text[last] >= 0x80 {
      for (mark, word) in ActionItemFields.leadingMarks
      where last + 1 >= mark.count && text[(last + 1 - mark.count)...last].elementsEqual(mark) {
        status = word
        text.removeSubrange((last + 1 - mark.count)...)
        return
      }
    }
    let first = text[start]
    // Every mark starts with a byte no letter does.
    if first >= 0xE2 {
      for (mark, word) in ActionItemFields.leadingMarks
      where start + mark.count <= text.count && text[start..<(start + mark.count)].elementsEqual(mark) {
        status = word
        text.removeSubrange(start..<(start + mark.count))
        return
      }
      return
    }
    // "Cancelled: migrate DNS": a status word and a colon before anything else.
    guard ASCIIText.isLetter(first), let colon = text[start...].prefix(12).firstIndex(of: UInt8(ascii: ":")),
      let index = ActionItemFields.statusWordBytes.firstIndex(where: {
        $0.elementsEqual(text[start..<colon].lazy.map(ASCIIText.upper))
      })
    else { return }
    status = ActionItemFields.statusWords[index]
    text.removeSubrange(start...colon)
  }

  /// ✅, 🚧 and an empty box before an item say what a status word would.
  private static let leadingMarks: [([UInt8], String)] = [
    (Array("✅".utf8), "DONE"), (Array("☑️".utf8), "DONE"), (Array("☑".utf8), "DONE"), (Array("🚧".utf8), "IN PROGRESS"),
    (Array("⬜".utf8), "OPEN"), (Array("☐".utf8), "OPEN"), (Array("🔲".utf8), "OPEN"),
  ]

  /// A status word in any case alone in parentheses or square brackets.
  private mutating func extractBracketedStatus(_ text: inout [UInt8]) {
    var from = 0
    while let open = text[from...].firstIndex(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }) {
      let closing = text[open] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
      guard let close = text[open...].firstIndex(of: closing) else {
        from = open + 1
        continue
      }
      let inner = UTF8Scan.trimmingSpace(text[(open + 1)..<close])
      // No status word is longer than "IN PROGRESS"; longer asides need no closer look.
      if inner.count <= 11,
        let index = ActionItemFields.statusWordBytes.firstIndex(where: {
          $0.elementsEqual(inner.lazy.map(ASCIIText.upper))
        })
      {
        if status == nil { status = ActionItemFields.statusWords[index] }
        text.removeSubrange(open...close)
        return
      }
      from = close + 1
    }
  }

  /// Where `needle` stands in `bytes` as a whole word (not inside a longer word). Candidates are
  /// found with `memchr` (status words start with capitals, rare in running text).
  private static func wordOffset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    var from = 0
    while from + needle.count <= bytes.count {
      guard let found = UTF8Scan.firstOffset(of: needle, in: bytes, from: from) else { return nil }
      let before = found == 0 || !(ASCIIText.isLetter(bytes[found - 1]) || bytes[found - 1] >= 0x80)
      let end = found + needle.count
      let after = end == bytes.count || !(ASCIIText.isLetter(bytes[end]) || bytes[end] >= 0x80)
      if before && after { return found }
      from = found + 1
    }
    return nil
  }

  /// A priority written as a tag: `[P1]` or `(P0)` anywhere, or `P2` opening the item ("P2: add
  /// an alert"). P0 to P4 only, upper case: other letters and numbers are names ("P5 cluster").
  private mutating func extractPriorityTag(_ text: inout [UInt8]) {
    var from = 0
    while let found = text[from...].firstIndex(of: UInt8(ascii: "P")) {
      from = found + 1
      guard found + 1 < text.count, (48...52).contains(text[found + 1]) else { continue }
      let after = found + 2
      let endsWord = after == text.count || !(ASCIIText.isLetter(text[after]) || ASCIIText.isDigit(text[after]))
      guard endsWord else { continue }
      let removal: Range<Int>
      if found > 0, after < text.count,
        (text[found - 1] == UInt8(ascii: "[") && text[after] == UInt8(ascii: "]"))
          || (text[found - 1] == UInt8(ascii: "(") && text[after] == UInt8(ascii: ")"))
      {
        removal = (found - 1)..<(after + 1)
      } else if text[..<found].allSatisfy({ $0 == UInt8(ascii: " ") }) {
        var end = after
        if end < text.count, text[end] == UInt8(ascii: ":") { end += 1 }
        removal = found..<end
      } else {
        continue
      }
      priority = String(decoding: text[found..<after], as: UTF8.self)
      text.removeSubrange(removal)
      return
    }
  }

  /// `@name` mentions; the first becomes the owner. `a@b.com` is an address, not a mention.
  private mutating func extractMentions(_ text: inout [UInt8]) {
    var index = 0
    while var at = text[index...].firstIndex(of: UInt8(ascii: "@")) {
      let precededByWord = at > 0 && UTF8Scan.isNameCharacter(endingAt: at, in: text)
      var end = UTF8Scan.mentionEnd(after: at, in: text)
      // An address set as code ("`@getmeridian.com`") names no one; a handle set as code
      // ("`@esk`") is a mention, its backticks with it.
      let inCode = at > 0 && text[at - 1] == UInt8(ascii: "`")
      let handleInCode =
        inCode && end > at + 1 && end < text.count && text[end] == UInt8(ascii: "`")
        && !text[(at + 1)..<end].contains(UInt8(ascii: "."))
      if precededByWord || end == at + 1 || inCode && !handleInCode {
        index = at + 1
        continue
      }
      let name = String(decoding: text[(at + 1)..<end], as: UTF8.self)
      if handleInCode {
        at -= 1
        end += 1
      }
      // "[@owner]" is the template's placeholder, left for template-placeholder to report.
      if ActionItemFields.placeholderNames.contains(name.lowercased()) {
        index = end
        if index >= text.count { break }
        continue
      }
      // "Tune GC @ana @bo", "… @ana and @bo": mentions that end the item together name its owners.
      if owner == nil, !precededByWord, let others = ActionItemFields.closingMentions(after: end, in: text) {
        owner = ([name] + others).joined(separator: ", ")
        text.removeSubrange(ActionItemFields.byWordStart(before: at, in: text)..<text.count)
        break
      }
      if owner == nil { owner = name }
      // A mention that ends the item ("Roll back the config @ana", "Fix it — @ana") or stands
      // in its own brackets ("[@ana]") is a field and leaves the title; one inside a sentence
      // ("@carol will document…") stays as written.
      let bracketed =
        at > 0 && end < text.count
        && ((text[at - 1] == UInt8(ascii: "(") && text[end] == UInt8(ascii: ")"))
          || (text[at - 1] == UInt8(ascii: "[") && text[end] == UInt8(ascii: "]")))
      // "@lee: add a canary", "@lee — add a canary": a mention that leads the item, set off by a
      // separator, is a field too (tidying drops the separator).
      let leading =
        text[..<at].allSatisfy { $0 == UInt8(ascii: " ") }
        && ActionItemFields.leadingSeparatorLength(UTF8Scan.trimmingSpace(text[end...])) != nil
      if leading {
        text.removeSubrange(at..<end)
        index = at
      } else if bracketed || ActionItemFields.isTrailing(text[end...]) {
        // "— owner @bo": the word that names the field goes with it.
        var start = at
        var candidate: [UInt8] = []
        // ("… config team @kim" is the team's config: "team" names the field only before a colon.)
        if !bracketed, let word = UTF8Scan.lastWord(in: text, before: at, maxGap: ActionItemFields.keyGap),
          word.upperBound + 1 == at,
          ActionItemFields.key(text, word, nil, buffer: &candidate) == .owner,
          !candidate.elementsEqual("team".utf8)
        {
          start = word.lowerBound
        }
        // "… by @ana", "(by @ana)": the "by" that names who goes with the mention.
        start = ActionItemFields.byWordStart(before: start, in: text)
        text.removeSubrange(start..<end)
        index = start
      } else {
        index = end
      }
      if index >= text.count { break }
    }
  }

  /// Where a "by" just before `at` starts ("… by @ana"), or `at` when there is none.
  private static func byWordStart(before at: Int, in text: [UInt8]) -> Int {
    guard at >= 3, text[at - 1] == UInt8(ascii: " "), ASCIIText.lower(text[at - 2]) == UInt8(ascii: "y"),
      ASCIIText.lower(text[at - 3]) == UInt8(ascii: "b"), at == 3 || !ASCIIText.isLetter(text[at - 4])
    else { return at }
    return at - 3
  }

  /// The names of the mentions after `start` when nothing else follows it to the end of the item
  /// but separators between them (" @bo", ", @bo and @cy", " & @bo"); nil when there are none.
  private static func closingMentions(after start: Int, in text: [UInt8]) -> [String]? {
    var names: [String] = []
    var index = start
    while index < text.count {
      // The separator: spaces, a comma, a slash or ampersand, or "and".
      while index < text.count, text[index] == 32 || text[index] == 44 || text[index] == 38 || text[index] == 47 {
        index += 1
      }
      if text[index...].starts(with: "and ".utf8) { index += 4 }
      guard index < text.count, text[index] == UInt8(ascii: "@") else { break }
      let end = UTF8Scan.mentionEnd(after: index, in: text)
      guard end > index + 1 else { return nil }
      names.append(String(decoding: text[(index + 1)..<end], as: UTF8.self))
      index = end
    }
    guard !names.isEmpty, isTrailing(text[index...]) else { return nil }
    return names
  }

  /// The words that name an owner in a clause of its own, colon left out: "— owner Bo Chen",
  /// "(assigned to Ana)". The clause starts after a separator, so that "document the owner
  /// rotation" names nobody.
  private static let ownerPhraseNeedles: [[UInt8]] = [
    "owner", "Owner", "assigned to", "Assigned to", "DRI", "owned by", "Owned by",
  ].map { Array($0.utf8) }

  /// An owner key without its colon, after a separator, followed by a name that ends its clause:
  /// one word, or up to three capitalised ones ("owner Bo Chen"). Anything longer is a sentence.
  private mutating func extractOwnerPhrase(_ text: inout [UInt8]) {
    for needle in ActionItemFields.ownerPhraseNeedles {
      var from = 0
      while let found = UTF8Scan.firstOffset(of: needle, in: text, from: from) {
        from = found + 1
        guard ActionItemFields.opensClause(text, at: found) else { continue }
        var keyEnd = found + needle.count
        // "owners" is the same key.
        if keyEnd < text.count, text[keyEnd] == UInt8(ascii: "s"), needle.last == UInt8(ascii: "r") { keyEnd += 1 }
        // "(owner TBD)": nobody yet, which the owner rule reports as such.
        guard
          let name = ActionItemFields.clauseName(in: text, after: keyEnd)
            ?? ActionItemFields.unnamedOwner(in: text, after: keyEnd)
        else { continue }
        owner = String(decoding: text[name], as: UTF8.self)
        // A full stop that ends the item goes with the clause it ended.
        var end = name.upperBound
        if text[end...].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") }) { end = text.count }
        text.removeSubrange(found..<end)
        return
      }
    }
  }

  /// "TBD", "unassigned" and the like after an owner key at `offset`, ending its clause.
  private static func unnamedOwner(in text: [UInt8], after offset: Int) -> Range<Int>? {
    var start = offset
    while start < text.count, text[start] == UInt8(ascii: " ") { start += 1 }
    guard start > offset else { return nil }
    var end = start
    while end < text.count, ASCIIText.isLetter(text[end]) { end += 1 }
    guard end > start, end - start <= 10, end == text.count || ",;)]".utf8.contains(text[end]),
      unnamedOwners.contains(String(decoding: text[start..<end], as: UTF8.self).lowercased())
    else { return nil }
    return start..<end
  }

  private static let unnamedOwners: Set<String> = ["tbd", "tba", "unassigned", "unknown"]

  /// Whether the word at `offset` starts a clause: only spaces stand between it and a comma,
  /// semicolon, opening bracket or dash before it.
  private static func opensClause(_ text: [UInt8], at offset: Int) -> Bool {
    var index = offset
    guard index > 0, text[index - 1] == UInt8(ascii: " ") || text[index - 1] == UInt8(ascii: "(") else { return false }
    while index > 0, text[index - 1] == UInt8(ascii: " ") { index -= 1 }
    guard index > 0 else { return false }
    let before = text[index - 1]
    if ",;([".utf8.contains(before) { return true }
    // A sentence of its own: "Replace the client. Assigned to Kim."
    if before == UInt8(ascii: "."), ASCIIText.isUpper(text[offset]) { return true }
    // An ASCII dash between spaces, or an en or em dash.
    if before == UInt8(ascii: "-") { return index >= 2 && text[index - 2] == UInt8(ascii: " ") }
    return index >= 3 && isDash(text[...], at: index - 3)
  }

  /// The name that follows a key at `offset` and ends its clause, or nil.
  private static func clauseName(in text: [UInt8], after offset: Int) -> Range<Int>? {
    var index = offset
    guard index < text.count, text[index] == UInt8(ascii: " ") else { return nil }
    while index < text.count, text[index] == UInt8(ascii: " ") { index += 1 }
    return name(in: text, from: index)?.range
  }

  /// The name at `start` that ends its clause (one word, or up to three capitalised ones), and
  /// whether every word of it is capitalised; nil for anything longer, or a placeholder.
  private static func name(in text: [UInt8], from start: Int) -> (range: Range<Int>, capitalised: Bool)? {
    var index = start
    var end = start
    var words = 0
    var allCapitalised = true
    // A fourth word already makes it a sentence: no need to read on.
    while index < text.count, words <= 3 {
      // One word: name characters ("bo.chen", "Émilie").
      let wordStart = index
      while index < text.count, let length = UTF8Scan.nameCharacterLength(at: index, in: text) { index += length }
      guard index > wordStart else { break }
      // A dash or full stop at the end belongs to the punctuation, not the name.
      while index > wordStart, text[index - 1] == UInt8(ascii: ".") || text[index - 1] == UInt8(ascii: "-") {
        index -= 1
      }
      guard index > wordStart else { break }
      words += 1
      if !(ASCIIText.isUpper(text[wordStart]) || text[wordStart] >= 0x80) { allCapitalised = false }
      // An initial keeps its full stop when the name goes on: "J. Smith".
      if index - wordStart == 1, ASCIIText.isUpper(text[wordStart]), index + 2 < text.count,
        text[index] == UInt8(ascii: "."), text[index + 1] == UInt8(ascii: " ")
      {
        index += 1
      }
      end = index
      guard index < text.count, text[index] == UInt8(ascii: " "), index + 1 < text.count,
        UTF8Scan.nameCharacterLength(at: index + 1, in: text) != nil, text[index + 1] != UInt8(ascii: "-")
      else { break }
      index += 1
    }
    guard words >= 1, words == 1 || (words <= 3 && allCapitalised), end > start else { return nil }
    // The clause must end with the name.
    var rest = end
    while rest < text.count, text[rest] == UInt8(ascii: " ") { rest += 1 }
    guard
      rest == text.count || ",;)]|.".utf8.contains(text[rest]) || text[rest] == UInt8(ascii: "-")
        || isDash(text[...], at: rest)
    else {
      return nil
    }
    let name = start..<end
    let lowered = String(decoding: text[name], as: UTF8.self).lowercased()
    return placeholderNames.contains(lowered) || ActionItemParser.isBlankCell(lowered) ? nil : (name, allCapitalised)
  }

  /// A name left alone in the brackets that held the item's other fields: "(Ana, 2024-05-01)"
  /// once the date is out is "(Ana,)"; a priority word there ("(Urgent, OPS-7)") is the priority.
  /// The comma left behind is the sign: "(Postgres)" is an aside, "(Postgres, MySQL)" two.
  private mutating func extractGroupedName(_ text: inout [UInt8]) {
    guard let open = text.lastIndex(of: UInt8(ascii: "(")),
      let close = text[open...].firstIndex(of: UInt8(ascii: ")"))
    else { return }
    var parts = text[(open + 1)..<close].split(whereSeparator: {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";")
    })
    .map { UTF8Scan.trimmingSpace($0) }.filter { !$0.isEmpty }
    // A quarter or half beside the name is when it is due: "(Bo Chen; Q2)", "(Ana, H2 2024)".
    if dueRaw == nil, parts.count == 2, let period = parts.firstIndex(where: ActionItemFields.namesPeriod) {
      dueRaw = String(decoding: parts[period], as: UTF8.self)
      parts.remove(at: period)
    }
    // So is a day without its year ("(Eve, 1/31)", "(Eve, Jan 31)"), and a status word beside the
    // name is its status ("(Dana, done)", "(Eve, in progress)").
    if dueRaw == nil, parts.count == 2,
      let day = parts.firstIndex(where: {
        if case .yearless? = DateParser.whole(Substring(decoding: $0, as: UTF8.self)) { true } else { false }
      })
    {
      dueRaw = String(decoding: parts[day], as: UTF8.self)
      parts.remove(at: day)
    }
    if status == nil, parts.count == 2,
      let word = parts.firstIndex(where: { ActionItemFields.namesStatus(String(decoding: $0, as: UTF8.self)) })
    {
      status = String(decoding: parts[word], as: UTF8.self).uppercased()
      parts.remove(at: word)
    }
    // A team alone in the brackets is its owner ("(SRE team)"); another lone word is an aside.
    guard parts.count == 1, let part = parts.first.map(Array.init),
      part.count < close - open - 1 || ActionItemFields.namesTeam(part), takeLoneWord(part)
    else { return }
    text.removeSubrange(open...close)
  }

  /// A quarter or half after a final dash, or after the owner's mention, is when the item is due:
  /// "Canary consumers — @jonas — Q2", "Add a failover drill @mara Q3".
  private mutating func extractTrailingPeriod(_ bytes: inout [UInt8]) {
    // Every period ends in a digit.
    guard let last = bytes.last, ASCIIText.isDigit(last) else { return }
    if let dash = ActionItemFields.finalDash(in: bytes, before: bytes.count) {
      let period = UTF8Scan.trimmingSpace(bytes[dash.upperBound...])
      // Or a month of a year: "— July 2025", "— 2025-07".
      guard
        ActionItemFields.namesPeriod(period)
          || period.count <= 14 && DateParser.endOfMonth(String(decoding: period, as: UTF8.self), onOrAfter: nil) != nil
      else { return }
      dueRaw = String(decoding: period, as: UTF8.self)
      bytes.removeSubrange(dash.lowerBound...)
      return
    }
    // The period's one or two words, then a mention before them.
    let words = bytes.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
    for count in [1, 2] where words.count > count {
      let mention = words[words.count - count - 1]
      let period = bytes[words[words.count - count].startIndex...]
      guard mention.first == UInt8(ascii: "@"), ActionItemFields.namesPeriod(period) else { continue }
      dueRaw = String(decoding: period, as: UTF8.self)
      bytes.removeSubrange(mention.endIndex...)
      return
    }
  }

  /// When the item is due, in words, after a final dash: "Subscribe to the change calendar —
  /// @dana — ASAP", "— next sprint". Kept as written: action-item-due-date asks for a real date.
  private mutating func extractTrailingDueWords(_ bytes: inout [UInt8]) {
    // Most items end in a word that ends no due: looked at before any dash is looked for.
    var lastWord = bytes.count
    while lastWord > 0, ASCIIText.isLetter(bytes[lastWord - 1]) { lastWord -= 1 }
    guard lastWord < bytes.count,
      ActionItemFields.undatedDueLastWords[bytes[lastWord...].lazy.map(ASCIIText.lower)] != nil,
      let dash = ActionItemFields.finalDash(in: bytes, before: bytes.count)
    else { return }
    let words = UTF8Scan.trimmingSpace(bytes[dash.upperBound...])
    guard ActionItemFields.undatedDueWords.contains(words.map(ASCIIText.lower)) else { return }
    dueRaw = String(decoding: words, as: UTF8.self)
    bytes.removeSubrange(dash.lowerBound...)
  }

  /// Words that say when an item is due without a date.
  private static let undatedDueWords: Set<[UInt8]> = Set(
    [
      "asap", "eow", "eom", "eoq", "next sprint", "this sprint", "next week", "this week", "next month",
      "this month", "next quarter", "this quarter", "end of week", "end of sprint", "end of quarter",
      "eod", "by eod", "end of day", "tomorrow", "by tomorrow", "by monday", "by tuesday", "by wednesday",
      "by thursday", "by friday", "next monday", "next friday", "by end of week", "by next week",
    ].map { Array($0.utf8) })

  /// The last words of `undatedDueWords`.
  private static let undatedDueLastWords = ByteWordTable(
    undatedDueWords.map { (Array($0.split(separator: UInt8(ascii: " ")).last!), true) })

  /// `Q2`, `Q3 2024`, `2024-Q3`, `H1`, `FY25 Q1`: a period of the year, as plans name due dates.
  private static func namesPeriod(_ bytes: ArraySlice<UInt8>) -> Bool {
    let words = bytes.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") })
    guard let first = words.first, words.count <= 2 else { return false }
    let isPeriod = { (word: ArraySlice<UInt8>) in
      word.count == 2
        && (word.first == UInt8(ascii: "Q") && (49...52).contains(word.last!)
          || word.first == UInt8(ascii: "H") && (49...50).contains(word.last!))
    }
    let isYear = { (word: ArraySlice<UInt8>) in
      (word.count == 4 && word.allSatisfy(ASCIIText.isDigit))
        || (word.count == 4 && word.starts(with: "FY".utf8) && word.dropFirst(2).allSatisfy(ASCIIText.isDigit))
    }
    if words.count == 1 { return isPeriod(first) }
    return (isPeriod(first) && isYear(words[1])) || (isYear(first) && isPeriod(words[1]))
  }

  /// Files what is left alone in the item (in the fields' brackets, after a final dash): a status
  /// word is the status, a priority or severity word the priority ("Urgent"), a capitalised name
  /// of up to three words the owner. Returns whether it was taken.
  private mutating func takeLoneWord(_ bytes: [UInt8]) -> Bool {
    if owner == nil, ActionItemFields.namesTeam(bytes) {
      owner = String(decoding: bytes, as: UTF8.self)
      return true
    }
    // A few words, not a phrase: "Urgent fix for the API" is an aside.
    guard let found = ActionItemFields.name(in: bytes, from: 0), found.range.upperBound == bytes.count else {
      return false
    }
    let word = String(decoding: bytes, as: UTF8.self)
    if ActionItemFields.namesStatus(word) {
      guard status == nil else { return false }
      status = word.uppercased()
    } else if IncidentSeverity.level(of: word) != nil {
      guard priority == nil else { return false }
      priority = word
    } else if found.capitalised, !ActionItemFields.namesATechnology(word) {
      owner = word
    } else {
      return false
    }
    return true
  }

  /// Whether `word`, in any case, is a status ("done", "In progress", "WONTFIX").
  static func namesStatus(_ word: String) -> Bool {
    let upper = word.uppercased()
    return statusWords.contains(upper) || doneWords.contains(upper)
  }

  /// Whether `bytes`, alone in an item's closing brackets ("(Dana)", "(Alex Kim)"), reads as a
  /// person: up to three capitalised words naming no technology, status, priority, kind of work
  /// or other word an item is commonly tagged with ("(Optional)", "(Backend)").
  static func isLoneName(_ bytes: [UInt8]) -> Bool {
    guard let found = name(in: bytes, from: 0), found.range == bytes.indices, found.capitalised,
      !bytes.contains(where: ASCIIText.isDigit)
    else { return false }
    let word = String(decoding: bytes, as: UTF8.self)
    let lower = word.lowercased()
    return !namesStatus(word) && IncidentSeverity.level(of: word) == nil && !namesATechnology(word)
      && ActionItemParser.typeNamed(by: word) == nil && !itemTags.contains(lower)
  }

  /// Capitalised words teams put in brackets after an item that are no one's name.
  private static let itemTags: Set<String> = [
    "optional", "stretch", "stretch goal", "recommended", "required", "mandatory", "ongoing", "recurring", "backlog",
    "later", "maybe", "frontend", "backend", "infra", "infrastructure", "mobile", "web", "security", "monitoring",
    "alerting", "tooling", "documentation", "docs", "runbook", "training", "again", "follow-up", "followup",
    "long-term", "short-term", "long term", "short term", "quick win", "nice to have", "tbd", "tba", "unassigned",
    "unknown", "none", "n/a", "na", "all", "everyone", "team", "internal", "external", "customer", "customers",
  ]

  /// "Card Platform team", "Payments squad": up to three capitalised words and "team" or "squad".
  private static func namesTeam(_ bytes: [UInt8]) -> Bool {
    let words = bytes.split(separator: UInt8(ascii: " "))
    guard (2...4).contains(words.count), let last = words.last,
      last.elementsEqual("team".utf8) || last.elementsEqual("Team".utf8) || last.elementsEqual("squad".utf8)
    else { return false }
    return words.dropLast().allSatisfy { word in
      ASCIIText.isUpper(word[word.startIndex]) && !word.contains(where: ASCIIText.isDigit)
    }
  }

  /// Whether a capitalised word is rather a technology than an owner ("Make retries idempotent -
  /// Rust", "(Postgres, 2024-05-01)"). Teams ("— SRE", "— Platform") stay owners.
  private static func namesATechnology(_ word: String) -> Bool {
    technologyNames.contains(word.lowercased())
  }

  private static let technologyNames: Set<String> = [
    "rust", "go", "golang", "java", "python", "ruby", "node", "javascript", "typescript", "kotlin", "swift", "scala",
    "kafka", "redis", "postgres", "postgresql", "mysql", "mongodb", "cassandra", "elasticsearch", "kubernetes",
    "terraform", "ansible", "docker", "nginx", "envoy", "istio", "consul", "vault", "prometheus", "grafana",
    "datadog", "pagerduty", "jenkins", "github", "gitlab", "linux", "windows", "android", "ios", "azure", "cloudflare",
    "memcached", "rabbitmq", "zookeeper", "etcd", "helm", "spark", "airflow", "snowflake", "bigquery", "dynamodb",
    "lambda", "staging", "production", "prod", "aws", "gcp", "dns", "api", "cdn", "tls", "ssl", "cpu", "k8s", "s3",
    "ec2", "rds", "iam", "vpc", "bgp", "http", "https", "sql", "jvm",
  ]

  /// A capitalised name after a dash at the end of the item: "Rebalance nodes — Priya",
  /// "Fix the job - Ana Ortiz", also once a date or ticket after it is taken out ("Lower the TTL —
  /// Bo Chen — due 2024-08-01", "Add a guard | Priya | PAY-902"). A status word there is the status
  /// ("— Done"), a priority word the priority ("- High"); anything with a digit ("— Q2") is left alone.
  /// Returns whether it took something.
  @discardableResult
  private mutating func extractTrailingName(_ text: inout [UInt8], afterComma: Bool = false) -> Bool {
    var end = text.count
    // What other fields left behind at the end: "Bo ()" once "(2024-05-01)" is read, "Bo — "
    // once "— due 2024-05-01" is.
    while end > 0 {
      if ActionItemFields.trailingLeftovers.contains(text[end - 1]) {
        end -= 1
      } else if end >= 3, ActionItemFields.isDash(text[..<end], at: end - 3) {
        end -= 3
      } else {
        break
      }
    }
    let separator =
      afterComma
      ? ActionItemFields.finalComma(in: text, before: end) : ActionItemFields.finalDash(in: text, before: end)
    guard let dash = separator, dash.lowerBound > 1 else { return false }
    var start = dash.upperBound
    while start < end, text[start] == UInt8(ascii: " ") { start += 1 }
    let candidate = Array(text[start..<end])
    // A status may be written in lower case ("— done"); a name is capitalised.
    guard !candidate.isEmpty,
      ASCIIText.isUpper(candidate[0]) || candidate[0] >= 0x80
        || ActionItemFields.namesStatus(String(decoding: candidate, as: UTF8.self)),
      !candidate.contains(where: ASCIIText.isDigit), takeLoneWord(candidate)
    else { return false }
    // A dash has its space before it; a comma ends the word before.
    text.removeSubrange((afterComma ? dash.lowerBound : dash.lowerBound - 1)..<text.count)
    return true
  }

  /// The dash (or bar) nearest `end`, with a space on either side, within a name's reach of it:
  /// what sets a trailing name apart ("Rebalance nodes — Priya").
  static func finalDash(in text: [UInt8], before end: Int) -> Range<Int>? {
    var index = end - 1
    let reach = max(0, end - ActionItemFields.longestTrailingName)
    while index > reach {
      if text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "|"), text[index - 1] == UInt8(ascii: " "),
        index + 1 < end, text[index + 1] == UInt8(ascii: " ")
      {
        return index..<(index + 1)
      } else if index >= 3, ActionItemFields.isDash(text[...], at: index - 2), text[index - 3] == UInt8(ascii: " "),
        index + 1 < end, text[index + 1] == UInt8(ascii: " ")
      {
        return (index - 2)..<(index + 1)
      }
      index -= 1
    }
    return nil
  }

  /// The comma nearest `end`, with a space after it, within a name's reach of it, when it is the
  /// item's only one.
  private static func finalComma(in text: [UInt8], before end: Int) -> Range<Int>? {
    var index = end - 2
    let reach = max(0, end - ActionItemFields.longestTrailingName)
    while index > reach {
      if text[index] == UInt8(ascii: ","), text[index + 1] == UInt8(ascii: " ") {
        // A title with commas of its own may be a list ("Add dashboards for CPU, Memory").
        return text[..<index].contains(UInt8(ascii: ",")) ? nil : index..<(index + 1)
      }
      index -= 1
    }
    return nil
  }

  private static let trailingLeftovers = ByteSet(" .()[],;|-")
  /// How far from the end a trailing name's dash is looked for (three long words and spaces).
  private static let longestTrailingName = 64

  /// The names templates put after `@` for someone to replace: `[@owner]`, `@username`.
  static let placeholderNames: Set<String> = [
    "owner", "name", "username", "user", "handle", "assignee", "someone", "person", "team", "who",
  ]

  private static let mentionTrailers = ByteSet(" ,;.()-|")

  /// Whether `bytes` holds only what may follow a final mention: spaces, punctuation, dashes.
  private static func isTrailing(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if mentionTrailers.contains(bytes[index]) {
        index += 1
      } else if isDash(bytes, at: index) {
        index += 3
      } else {
        return false
      }
    }
    return true
  }
  /// What may stand around a ticket: brackets, emphasis, and the punctuation after it ("OPS-42:").
  private static let ticketWrappers = ByteSet("()[],;:.<>*_`")

  /// `OPS-42`, `#123`, a Phabricator task (`T305120`), or an http(s) URL.
  private mutating func extractTicket(_ text: inout [UInt8]) {
    // Words are runs between spaces, taken one at a time from the text as it came in.
    let original = text
    var wordStart = 0
    while wordStart < original.count {
      var wordEnd = wordStart
      while wordEnd < original.count, original[wordEnd] != UInt8(ascii: " ") { wordEnd += 1 }
      let range = wordStart..<wordEnd
      wordStart = wordEnd + 1
      guard !range.isEmpty, ActionItemFields.mayHoldTicket(original, range) else { continue }
      var trimmed = original[range]
      while let first = trimmed.first, ActionItemFields.ticketWrappers.contains(first) { trimmed.removeFirst() }
      while let last = trimmed.last, ActionItemFields.ticketWrappers.contains(last) { trimmed.removeLast() }
      let isURL =
        trimmed.first == UInt8(ascii: "h")
        && (trimmed.starts(with: "http://".utf8) || trimmed.starts(with: "https://".utf8))
      // An address set as code ("add `https://komodo.example` to the probes") is what the work is
      // about, not where it is tracked.
      if isURL, original[range].contains(UInt8(ascii: "`")) { continue }
      // `Q2-2025` has a key's shape but is the quarter the item is due in.
      if isURL || ActionItemFields.isTicketKey(trimmed) && !ActionItemFields.namesPeriod(trimmed)
        || ActionItemFields.isIssueNumber(trimmed) || ActionItemFields.isPhabricatorTask(trimmed)
      {
        let found = Array(trimmed)
        if ticket == nil { ticket = String(decoding: found, as: UTF8.self) }
        if let start = UTF8Scan.firstOffset(of: found, in: text) {
          text.removeSubrange(ActionItemFields.trackerNameStart(before: start, in: text)..<(start + found.count))
        }
        if ticket != nil && !isURL { return }
      }
    }
  }

  /// Where the tracker's name written before a ticket starts ("(JIRA OPS-1422)", "Linear ENG-12"),
  /// or `start` when there is none: the name belongs to the ticket, not to the item or its owner.
  private static func trackerNameStart(before start: Int, in text: [UInt8]) -> Int {
    var end = start
    while end > 0, text[end - 1] == UInt8(ascii: " ") { end -= 1 }
    var wordStart = end
    while wordStart > 0, ASCIIText.isLetter(text[wordStart - 1]) { wordStart -= 1 }
    guard wordStart < end, wordStart == 0 || text[wordStart - 1] < 0x80,
      trackerNames.contains(text[wordStart..<end].map(ASCIIText.lower))
    else { return start }
    return wordStart
  }

  /// Issue trackers whose name teams write before a ticket's key, lower case.
  private static let trackerNames: Set<[UInt8]> = Set(
    ["jira", "linear", "github", "gitlab", "asana", "shortcut", "clubhouse", "youtrack", "servicenow", "trello"]
      .map { Array($0.utf8) })

  /// `Bug 1549010`: a Bugzilla bug (Mozilla's tracker), "bug" and a number of five digits or more.
  private mutating func extractBugNumber(_ bytes: inout [UInt8]) {
    var from = 1
    while let found = UTF8Scan.firstOffset(of: ActionItemFields.bugWordEnd, in: bytes, from: from) {
      from = found + 1
      // "Bug" or "bug", after the start, a space or a bracket.
      let start = found - 1
      guard ASCIIText.lower(bytes[start]) == UInt8(ascii: "b"),
        start == 0 || bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "(")
          || bytes[start - 1] == UInt8(ascii: "[")
      else { continue }
      let digitsStart = found + ActionItemFields.bugWordEnd.count
      var end = digitsStart
      while end < bytes.count, ASCIIText.isDigit(bytes[end]) { end += 1 }
      guard end - digitsStart >= 5, end == bytes.count || !ASCIIText.isLetter(bytes[end]) else { continue }
      ticket = String(decoding: bytes[start..<end], as: UTF8.self)
      bytes.removeSubrange(start..<end)
      return
    }
  }

  /// "ug " (after a "B" or "b"): searched for in the item as written, whatever its case.
  private static let bugWordEnd = Array("ug ".utf8)

  /// Whether the word at `range` has the `-` of a key, the `#` of an issue number, the `:` of a
  /// URL or the `T` and digit of a task: most words have none, and need no closer look.
  private static func mayHoldTicket(_ text: [UInt8], _ range: Range<Int>) -> Bool {
    for index in range
    where text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "#")
      || text[index] == UInt8(ascii: ":")
      || (text[index] == UInt8(ascii: "T") && index + 1 < range.upperBound && ASCIIText.isDigit(text[index + 1]))
    {
      return true
    }
    return false
  }

  /// `T305120`: a task in Phabricator (Wikimedia's tracker), a `T` and four to seven digits.
  private static func isPhabricatorTask(_ word: ArraySlice<UInt8>) -> Bool {
    word.first == UInt8(ascii: "T") && (5...8).contains(word.count) && word.dropFirst().allSatisfy(ASCIIText.isDigit)
  }

  /// `ABC-123`: an upper-case project key, a dash and a number; or a follow-up numbered under
  /// its incident, `INC-342-1`, as incident tools number them.
  private static func isTicketKey(_ word: ArraySlice<UInt8>) -> Bool {
    guard let dash = word.firstIndex(of: UInt8(ascii: "-")) else { return false }
    let key = word[..<dash]
    let number = word[(dash + 1)...]
    guard key.count >= 2, let first = key.first, ASCIIText.isUpper(first) else { return false }
    guard key.allSatisfy({ ASCIIText.isUpper($0) || ASCIIText.isDigit($0) }), !number.isEmpty else { return false }
    // `SEV-2` is the incident's level ("No formal postmortem for this SEV-2"), not a project's key.
    if key.elementsEqual("SEV".utf8) { return false }
    // Digits, with at most one dash between two runs of them.
    var dashes = 0
    var previous = UInt8(ascii: "-")
    for byte in number {
      if byte == UInt8(ascii: "-") {
        guard previous != byte else { return false }
        dashes += 1
      } else if !ASCIIText.isDigit(byte) {
        return false
      }
      previous = byte
    }
    return dashes <= 1 && previous != UInt8(ascii: "-")
  }

  /// `#123`, or an issue in another repository as GitHub and GitLab write it:
  /// `gitlab-org/gitlab#4411`, `acme/infra#77`.
  private static func isIssueNumber(_ word: ArraySlice<UInt8>) -> Bool {
    guard let hash = word.lastIndex(of: UInt8(ascii: "#")), hash + 1 < word.endIndex,
      word[(hash + 1)...].allSatisfy(ASCIIText.isDigit)
    else { return false }
    return hash == word.startIndex || isRepositoryPath(word[..<hash])
  }

  /// `owner/repository` or `group/subgroup/project`: names of letters, digits, `.`, `_` and `-`
  /// joined by slashes, each starting with a letter or digit.
  private static func isRepositoryPath(_ path: ArraySlice<UInt8>) -> Bool {
    var segments = 0
    var segmentStart = true
    for byte in path {
      if byte == UInt8(ascii: "/") {
        guard !segmentStart else { return false }
        segmentStart = true
      } else if ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte) {
        if segmentStart { segments += 1 }
        segmentStart = false
      } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
        guard !segmentStart else { return false }
      } else {
        return false
      }
    }
    return segments >= 2 && !segmentStart
  }

  /// A date anywhere in the text, read as the due date ("by 2024-04-01", "— 2024-04-01"), or as
  /// the day the item was finished after a word that says so ("(done 2024-02-12)").
  private mutating func extractBareDate(_ bytes: inout [UInt8]) {
    // Every date form has a number in it.
    guard bytes.contains(where: ASCIIText.isDigit) else { return }
    let text = String(decoding: bytes, as: UTF8.self)
    let tokens = TextToken.tokenize(Substring(text))
    var index = 0
    while index < tokens.count {
      var end = index
      let afterDueWord = index > 0 && ActionItemFields.isDueWord(tokens[index - 1])
      var found = DateParser.scan(tokens, at: &end) != .none
      // A date without its year is a due date only when a word says so ("by 1/31", "due Jan
      // 31") or it is the last of the fields a dash parts ("— @lee — 07/30"): "Backfill from
      // Mar 2" names another day. The reader gives it its year.
      let afterFieldDash = index > 0 && ActionItemFields.fieldDashes.contains { tokens[index - 1].isSymbol($0) }
      if !found, dueRaw == nil, afterDueWord || afterFieldDash,
        !(index + 1 < tokens.count && tokens[index + 1].isSymbol("."))
      {
        end = index
        // It ends the item or a field ("by 1/31)"); "cut it by 1/2 the size" is a fraction.
        found =
          DateParser.scanYearless(tokens, at: &end) != nil
          && (end == tokens.count
            || afterDueWord && [",", ";", ")", "]", "."].contains(where: tokens[end].isSymbol))
      }
      // A date that names a file or a branch ("doc/2026-09-18_2330-plan.md"), or the day
      // something happened ("Reported 2026-09-18 as issue 7634"), is no due date.
      if found, end > index,
        ActionItemFields.isPartOfAName(tokens, from: index, to: end)
          || ActionItemFields.eventWordStart(before: index, in: tokens) != nil
      {
        index = end
        continue
      }
      let finishedOn = found ? ActionItemFields.doneWordStart(before: index, in: tokens) : nil
      if found, end > index, finishedOn != nil || dueRaw == nil {
        let start: String.Index
        if let finishedOn {
          if status == nil { status = "DONE" }
          start = tokens[finishedOn].text.startIndex
        } else {
          // Take a "by" or "due" in front along with it.
          start = afterDueWord ? tokens[index - 1].text.startIndex : tokens[index].text.startIndex
          dueRaw = String(text[tokens[index].text.startIndex..<tokens[end - 1].text.endIndex])
        }
        let utf8 = text.utf8
        bytes.removeSubrange(
          utf8.distance(
            from: utf8.startIndex, to: start)..<utf8.distance(
              from: utf8.startIndex, to: tokens[end - 1].text.endIndex))
        // A day it was finished may stand beside the due date: "by 2024-04-01 (closed 2024-03-28)".
        extractBareDate(&bytes)
        return
      }
      index += 1
    }
  }

  /// The index of the word saying the date at `index` is when the item was finished ("done",
  /// "completed on"), if one stands right before it.
  private static func doneWordStart(before index: Int, in tokens: [TextToken]) -> Int? {
    wordStart(before: index, in: tokens, among: completionWords)
  }

  /// The index of the word of `words` (four to nine letters) right before `index`, an "on" between
  /// them allowed.
  private static func wordStart(before index: Int, in tokens: [TextToken], among words: Set<String>) -> Int? {
    var word = index - 1
    if word >= 1, tokens[word].isWord, tokens[word].text.lowercased() == "on" { word -= 1 }
    guard word >= 0, tokens[word].isWord, (4...9).contains(tokens[word].count),
      words.contains(tokens[word].text.lowercased())
    else { return nil }
    return word
  }

  /// The index of the word saying the date at `index` is when something happened ("reported",
  /// "filed on"), if one stands right before it.
  private static func eventWordStart(before index: Int, in tokens: [TextToken]) -> Int? {
    wordStart(before: index, in: tokens, among: eventWords)
  }

  /// Whether the date in `tokens[start..<end]` is written into a name, touching a path's or a
  /// file name's parts: `/` or a word before it, `_`, `/` or a word after it.
  private static func isPartOfAName(_ tokens: [TextToken], from start: Int, to end: Int) -> Bool {
    if start > 0, !tokens[start].spaceBefore,
      tokens[start - 1].isWord || tokens[start - 1].isSymbol("/") || tokens[start - 1].isSymbol("_")
    {
      return true
    }
    guard end < tokens.count, !tokens[end].spaceBefore else { return false }
    // (ISO's "T" before a time goes with the date: "2024-04-01T10:00".)
    return tokens[end].isWord && tokens[end].text != "T" || tokens[end].isSymbol("_") || tokens[end].isSymbol("/")
  }

  /// Words that say the date after them is when something happened, not when work is due.
  private static let eventWords: Set<String> = [
    "reported", "filed", "opened", "raised", "created", "started", "noticed", "observed", "occurred", "happened",
    "released", "deployed", "introduced", "since", "logged", "submitted", "posted", "published", "announced",
  ]

  /// The dashes and bar that part an item's fields ("— @lee — 07/30").
  private static let fieldDashes: [Unicode.Scalar] = ["—", "–", "-", "|"]

  private static let completionWords: Set<String> = [
    "done", "completed", "complete", "closed", "fixed", "finished", "shipped", "merged", "landed", "resolved",
  ]

  /// A period after a word that says the item is due, in the fields' brackets or the text: "(@ana,
  /// due 2025-Q3)", "due Q3 2025", "by July 2025", "due 2025-07", "(due EOQ)". The reader places
  /// it on the period's last day; the text is kept as written.
  private mutating func extractDuePeriod(_ bytes: inout [UInt8]) {
    let startsDueWord = ActionItemFields.startsDueWord
    var index = 0
    while index < bytes.count {
      // A due word: the whole word, then a space (looked up only where a word starts with the
      // letter one does: every item comes through here).
      guard startsDueWord[Int(bytes[index] | 0x20)], index == 0 || !ASCIIText.isLetter(bytes[index - 1]),
        let word = ActionItemFields.dueWordBytes.first(where: { word in
          index + word.count < bytes.count && bytes[index + word.count] == UInt8(ascii: " ")
            && zip(word, bytes[index...]).allSatisfy { $0 == ASCIIText.lower($1) }
        })
      else {
        index += 1
        continue
      }
      let start = index + word.count + 1
      // The period runs to the end of the field: a comma, a bracket, a semicolon or the end.
      var end = start
      // (No period is longer than 16 bytes: a longer run is words, passed over.)
      while end < bytes.count, end - start <= 17, bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: ")"),
        bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: ";")
      {
        end += 1
      }
      let value = UTF8Scan.trimmingSpace(bytes[start..<end])
      guard !value.isEmpty, value.count <= 16, case let raw = String(decoding: value, as: UTF8.self),
        ActionItemFields.namesPeriod(value) || DateParser.endOfMonth(raw, onOrAfter: nil) != nil
          || DateParser.endOfCurrentPeriod(raw, from: CalendarDate(year: 2000, month: 1, day: 1)) != nil
      else {
        index += 1
        continue
      }
      dueRaw = raw
      var cut = index
      while cut > 0, bytes[cut - 1] == UInt8(ascii: " ") { cut -= 1 }
      bytes.removeSubrange(cut..<value.endIndex)
      return
    }
    // A year's quarter or half joined to its year, "(Bo, 2025-Q3)", "(ETA Q3-2025)", is a period
    // with no due word: no date is written so.
    // (Most items hold no dash beside a Q or an H: told byte by byte before any slice is made.)
    var offset = 0
    while offset + 7 <= bytes.count {
      defer { offset += 1 }
      let isPeriodLetter = { (byte: UInt8) in byte == UInt8(ascii: "Q") || byte == UInt8(ascii: "H") }
      guard
        bytes[offset + 4] == UInt8(ascii: "-") && isPeriodLetter(bytes[offset + 5])
          || bytes[offset + 2] == UInt8(ascii: "-") && isPeriodLetter(bytes[offset])
      else { continue }
      let period = bytes[offset..<(offset + 7)]
      guard ActionItemFields.namesPeriod(period),
        offset == 0 || !ASCIIText.isLetter(bytes[offset - 1]) && !ASCIIText.isDigit(bytes[offset - 1]),
        offset + 7 == bytes.count || !ASCIIText.isLetter(bytes[offset + 7]) && !ASCIIText.isDigit(bytes[offset + 7])
      else { continue }
      dueRaw = String(decoding: period, as: UTF8.self)
      bytes.removeSubrange(period.indices)
      return
    }
  }

  /// "by end of March", "due end of June 2024", "end of Q1": the month's (or the period's) last
  /// day is the due date (the reader places it; the text is kept as written).
  private mutating func extractEndOfMonth(_ bytes: inout [UInt8]) {
    // Searched in place for "nd of " (most items have none), then "e" or "E" before it.
    guard let after = UTF8Scan.firstOffset(of: ActionItemFields.endOf, in: bytes), after >= 1,
      bytes[after - 1] | 0x20 == UInt8(ascii: "e")
    else { return }
    let found = after - 1
    guard found == 0 || bytes[found - 1] == UInt8(ascii: " ") || bytes[found - 1] == UInt8(ascii: "(") else { return }
    var end = after + ActionItemFields.endOf.count
    let monthStart = end
    while end < bytes.count, ASCIIText.isLetter(bytes[end]) { end += 1 }
    let month = String(decoding: bytes[monthStart..<end], as: UTF8.self).lowercased()
    if DateParser.monthNames[month] == nil {
      // "by end of Q1", "end of H2 2024": the period's last day.
      while end < bytes.count, ASCIIText.isDigit(bytes[end]) { end += 1 }
      guard ActionItemFields.namesPeriod(bytes[monthStart..<end]) else { return }
    }
    // A year after the month belongs to it.
    if end + 5 <= bytes.count, bytes[end] == UInt8(ascii: " "),
      bytes[(end + 1)..<(end + 5)].allSatisfy(ASCIIText.isDigit),
      end + 5 == bytes.count || !ASCIIText.isDigit(bytes[end + 5])
    {
      end += 5
    }
    dueRaw = String(decoding: bytes[found..<end], as: UTF8.self)
    var start = found
    // Take a "by" or "due" in front along with it.
    for word in ActionItemFields.dueWordBytes where start > word.count {
      let before = (start - word.count - 1)..<start
      if bytes[before].map(ASCIIText.lower).elementsEqual(word + [UInt8(ascii: " ")]) {
        start = before.lowerBound
        break
      }
    }
    bytes.removeSubrange(start..<end)
  }

  private static let endOf = Array("nd of ".utf8)

  /// The words that say the date after them is when the item is due.
  private static let dueWords: Set<String> = [
    "by", "due", "before", "until", "eta", "target", "bis", "avant", "hasta", "até",
  ]
  private static let dueWordBytes = dueWords.sorted().map { Array($0.utf8) }
  private static let dueWordInitials = Set(dueWordBytes.map { $0[0] })
  /// Whether a due word starts with the byte at each index: a table, as every byte of every item
  /// is looked up.
  private static let startsDueWord: [Bool] = (0..<256).map { dueWordInitials.contains(UInt8($0)) }

  /// Whether `token` is one of `dueWords`; every word before a number in an item is asked, so
  /// its length and first letter are looked at before it is lower-cased.
  private static func isDueWord(_ token: TextToken) -> Bool {
    guard token.isWord, (2...6).contains(token.text.utf8.count), let first = token.text.utf8.first,
      dueWordInitials.contains(first | 0x20)
    else { return false }
    return dueWords.contains(token.text.lowercased())
  }

  private static let emptyGroupContent = ByteSet(" ,;:")
  /// `,` `;` `:` `-` `|` `(` and the en and em dashes, which may stand at the end.
  private static let trailingSeparatorBytes = ByteSet(",;:-|(")
  /// `,` `;` `:` `-` `|` `)` and the dashes, which may stand at the start.
  private static let leadingSeparatorBytes = ByteSet(",;:-|)")

  /// Whether `bytes[offset...]` starts with an en dash (E2 80 93) or an em dash (E2 80 94).
  private static func isDash(_ bytes: ArraySlice<UInt8>, at offset: Int) -> Bool {
    offset >= bytes.startIndex && offset + 3 <= bytes.endIndex && bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80
      && (bytes[offset + 2] == 0x93 || bytes[offset + 2] == 0x94)
  }

  /// The length of a middle dot (`·`) or bullet (`•`) at `offset`, as incident tools part an
  /// item's fields ("Add a breaker · Priority: Urgent · Assignee: Sam"); nil when there is none.
  private static func dotLength(_ bytes: ArraySlice<UInt8>, at offset: Int) -> Int? {
    guard offset >= bytes.startIndex, offset + 2 <= bytes.endIndex else { return nil }
    if bytes[offset] == 0xC2, bytes[offset + 1] == 0xB7 { return 2 }
    if offset + 3 <= bytes.endIndex, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0xA2 {
      return 3
    }
    return nil
  }

  /// The length of the separator `bytes` ends with, if any.
  private static func trailingSeparatorLength(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard let last = bytes.last else { return nil }
    if trailingSeparatorBytes.contains(last) { return 1 }
    if last == 0xB7, let length = dotLength(bytes, at: bytes.endIndex - 2) { return length }
    if last == 0xA2, let length = dotLength(bytes, at: bytes.endIndex - 3) { return length }
    return isDash(bytes, at: bytes.endIndex - 3) ? 3 : nil
  }

  /// The length of the separator `bytes` starts with, if any.
  private static func leadingSeparatorLength(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard let first = bytes.first else { return nil }
    if leadingSeparatorBytes.contains(first) { return 1 }
    if let length = dotLength(bytes, at: bytes.startIndex) { return length }
    return isDash(bytes, at: bytes.startIndex) ? 3 : nil
  }
  private static let spacesInsideMarks: [([UInt8], [UInt8])] = [(" ,", ","), ("( ", "("), (" )", ")")].map {
    (Array($0.0.utf8), Array($0.1.utf8))
  }
  private static let standaloneLeaders = ByteSet(",;:|)")

  /// Removes the punctuation that taking fields out leaves behind: "()", ", ,", a trailing " -".
  static func tidy(_ text: String) -> String { tidy(Array(text.utf8)) }

  private static func tidy(_ text: [UInt8]) -> String {
    // Brackets that held only fields are left empty or with separators: "(, [] ,)". A stack
    // handles nesting: inner groups are judged (and dropped) before the outer ones.
    var result: [UInt8] = []
    result.reserveCapacity(text.count)
    var openings: [Int] = []
    for byte in text {
      if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
        openings.append(result.count)
        result.append(byte)
      } else if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]"), let start = openings.popLast() {
        if result[(start + 1)...].allSatisfy({ emptyGroupContent.contains($0) }) {
          result.removeSubrange(start...)
        } else {
          // The separators a field left at either end of the group: "(, 7 nodes)".
          while let last = result.last, emptyGroupContent.contains(last) { result.removeLast() }
          var first = start + 1
          while emptyGroupContent.contains(result[first]) { first += 1 }
          result.removeSubrange((start + 1)..<first)
          result.append(byte)
        }
      } else {
        result.append(byte)
      }
    }
    // Runs of spaces become one.
    var collapsed: [UInt8] = []
    collapsed.reserveCapacity(result.count)
    for byte in result where !(byte == UInt8(ascii: " ") && collapsed.last == UInt8(ascii: " ")) {
      collapsed.append(byte)
    }
    var trimmed = UTF8Scan.trimmingSpace(collapsed[...])
    while let length = trailingSeparatorLength(trimmed) {
      trimmed = UTF8Scan.trimmingSpace(trimmed.dropLast(length))
    }
    // A leading separator left by a removed field ("- fix it"), but not a sign ("-2 …").
    while let length = leadingSeparatorLength(trimmed),
      trimmed.count == length || trimmed.dropFirst(length).first == UInt8(ascii: " ")
        || standaloneLeaders.contains(trimmed[trimmed.startIndex])
    {
      trimmed = UTF8Scan.trimmingSpace(trimmed.dropFirst(length))
    }
    // A field taken from the end of a sentence leaves its full stop standing alone: "Rotate keys .".
    if trimmed.count >= 2, trimmed.last == UInt8(ascii: "."), trimmed.dropLast().last == UInt8(ascii: " ") {
      trimmed = UTF8Scan.trimmingSpace(trimmed.dropLast()) + [UInt8(ascii: ".")]
    }
    var tidied = Array(trimmed)
    for (target, replacement) in spacesInsideMarks { UTF8Scan.replaceEvery(target, with: replacement, in: &tidied) }
    return String(decoding: tidied, as: UTF8.self)
  }
}
