/// `template-placeholder`: text left over from a template.
struct TemplatePlaceholderRule: LintRule {
  static let descriptor = RuleDescriptor(
    id: "template-placeholder", name: "Template placeholder",
    summary: "Text left from a template: TODO, TBD, <name>, {{…}}, a value still in [brackets], Lorem ipsum",
    description: """
      Templates mark what to fill in with [brackets], {{mustache}}, <angle brackets>, TODO/TBD \
      and patterns such as YYYY-MM-DD. Anything of that shape left in the document is reported \
      where it stands. Code is not checked, TODO/DONE as an action item's status is allowed, and \
      so is a priority, severity or status tag in brackets ([P1], [SEV2], [Done]), a title's or \
      log line's tag ([Postmortem], [RESOLVED], [WARN], [sic]), the tool an event came from \
      ([PagerDuty], [Slack #incident]), a chat line's time ([10:02 AM]), the offset from the start \
      beside a time ([+15m], [T+25m]), an item's estimate ([20m], [2d]), a one-letter note ([a]), \
      a writer's note ([Likely, …], [Redacted]), an alert's level in capitals ([CRITICAL], \
      [FIRING:3]), a ticket ([OPS-812]), a wiki link ([[RB-003]]) and an \
      action item's owner or due date written TBD (the action-item rules report those).
      """,
    defaultLevel: .warning,
    options: ["words": "comma-separated upper-case words to report (default: TODO, TBD, TBA, FIXME, XXX)"],
    triggeringExamples: [
      RuleExamples.clean(replacing: "**Severity:** SEV2", with: "**Severity:** [Critical]"),
      RuleExamples.clean(replacing: "The cache was warmed from a replica.", with: "TODO: describe the fix."),
      RuleExamples.clean(replacing: "**Authors:** Ana Ortiz, Bo Chen", with: "**Authors:** {{authors}}"),
      RuleExamples.clean(replacing: "**Authors:** Ana Ortiz, Bo Chen", with: "**Authors:** <name>"),
      RuleExamples.clean(replacing: "**Authors:** Ana Ortiz, Bo Chen", with: "**Authors:** <your name>"),
      RuleExamples.clean(replacing: "due: 2024-03-15", with: "due: YYYY-MM-DD"),
      RuleExamples.clean(replacing: "(owner: @bo, due: 2024-03-15, OPS-12)", with: "[@owner] due: 2024-03-15"),
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- 14:09 [Slack channel link] alert fires"),
      RuleExamples.clean(
        replacing: "**Duration:** 14:05 to 14:50 UTC", with: "**Duration:** from [start] to [end time]"),
      RuleExamples.clean(replacing: "The cache was warmed from a replica.", with: "Lorem ipsum dolor sit amet."),
    ],
    nonTriggeringExamples: [
      RuleExamples.clean,
      RuleExamples.clean(
        replacing: "The cache was warmed from a replica.", with: "We ran `TODO=1 make` [^1].\n\n[^1]: A note."),
      "## Action Items\n\n| Action Item | Owner | Bug |\n|---|---|---|\n| Add canary | bo | **TODO** OPS-43 |\n",
      RuleExamples.clean(
        replacing: "The cache was warmed from a replica.",
        with: "See [the runbook](https://example.com) and <br> the [1] note."),
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- [2:09 PM] ana: latency alert fires"),
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- 14:09 [PagerDuty] latency alert fires"),
      RuleExamples.clean(replacing: "- 14:09 latency alert fires", with: "- 14:09 [T+4m] latency alert fires"),
      RuleExamples.clean(
        replacing: "# Cache stampede after a deploy", with: "# [Postmortem] Cache stampede [RESOLVED]"),
      RuleExamples.clean(replacing: "(owner: @bo, due: 2024-03-15, OPS-12)", with: "[owner: @bo] [@bo] by 2024-03-15"),
      RuleExamples.clean(replacing: "- [ ] Flush only", with: "- [ ] [P1] Flush only"),
      RuleExamples.clean(replacing: "- [ ] Flush only", with: "- [In progress] Flush only"),
      RuleExamples.clean(replacing: "(owner: @bo, due: 2024-03-15, OPS-12)", with: "(owner: TBD, due: TBD, OPS-12)"),
      RuleExamples.clean(replacing: "- [ ] Flush only", with: "- [ ] [OPS-812] Flush only"),
      RuleExamples.clean(replacing: "- [ ] Flush only", with: "- [ ] [2d] Flush only"),
      RuleExamples.clean(
        replacing: "- 14:09 latency alert fires", with: "- 14:09 latency alert fires [Likely, not directly observed.]"),
      RuleExamples.clean(
        replacing: "The cache was warmed from a replica.", with: "See [[RB-003-disk-space-full]] and [[INC-005]]."),
      RuleExamples.clean(
        replacing: "The cache was warmed from a replica.",
        with: "We changed the setting from [Require approval for first-time contributors] to "
          + "[Require approval for all outside contributors]."),
    ])

  static let defaultWords = ["TODO", "TBD", "TBA", "FIXME", "XXX"]
  private static let defaultWordSet = Set(defaultWords)
  /// Status words that are legitimate in action-item sections.
  private static let statusWords: Set<String> = ["TODO", "DONE"]
  /// Markers an action item's owner or due date holds until it is decided.
  private static let unsetValues: Set<String> = ["TBD", "TBA"]

  /// The lines of the items whose owner or due date is one of `unsetValues`.
  private static func unsetFieldLines(_ items: [ActionItem]) -> [Int] {
    var lines: [Int] = []
    for index in items.indices where isUnset(items[index].owner) || isUnset(items[index].dueRaw) {
      lines.append(items[index].line)
    }
    return lines
  }

  /// Whether an item's owner or due date is one of `unsetValues`, in any case.
  private static func isUnset(_ value: String?) -> Bool {
    guard let value, value.utf8.count == 3 else { return false }
    return unsetValues.contains(value.uppercased())
  }
  /// The elements of HTML, so that real tags are never mistaken for `<placeholders>`.
  private static let htmlTags: Set<String> = [
    "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body",
    "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
    "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font",
    "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
    "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark",
    "marquee", "math", "menu", "meta", "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output",
    "p", "param", "picture", "plaintext", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script",
    "search", "section", "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub", "summary",
    "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr",
    "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
  ]

  func check(_ context: LintContext) -> [RuleFinding] {
    let words = context.options.list("words").map(Set.init) ?? TemplatePlaceholderRule.defaultWordSet
    let actionRanges = context.document.sections.filter { $0.kind == .actionItems }.map { $0.line...$0.endLine }
    // An owner or due date written as "TBD" is reported by action-item-owner and
    // action-item-due-date, which say what to write instead: not again here.
    let unsetFieldLines = TemplatePlaceholderRule.unsetFieldLines(context.document.actionItems)
    var findings: [RuleFinding] = []
    // Nodes are visited in place (see `MarkdownNode.visitInPlace`).
    func visit(_ node: UnsafePointer<MarkdownNode>) {
      switch node.pointee.kind {
      case .codeBlock, .code, .htmlBlock:
        return
      case .htmlInline(let html):
        if let tag = placeholderTag(html), let start = node.pointee.range?.start {
          findings.append(
            RuleFinding(
              "'\(tag)' looks like a template placeholder; replace it with the real value", at: start,
              length: tag.scalarCount))
        }
      case .text(let text):
        guard let start = node.pointee.range?.start else { return }
        let allowStatus = actionRanges.contains { $0.contains(start.line) }
        let allowUnset = unsetFieldLines.contains(start.line)
        for (offset, placeholder) in placeholders(
          in: text, words: words, allowStatus: allowStatus, allowUnset: allowUnset)
        {
          findings.append(
            RuleFinding(
              message(for: placeholder), at: SourceLocation(line: start.line, column: start.column + offset),
              length: placeholder.scalarCount))
        }
      default:
        node.pointee.children.withUnsafeBufferPointer { children in
          for index in children.indices { visit(children.baseAddress! + index) }
        }
      }
    }
    context.parsed.tree.visitInPlace(visit)
    // "Time to detection: ???": a value not yet known, marked so that someone fills it in.
    for field in context.document.metadata.fields
    where !field.value.isEmpty && field.value.utf8.allSatisfy({ $0 == UInt8(ascii: "?") }) {
      findings.append(
        RuleFinding(
          "'\(field.value)' left as the value of '\(field.key)'; write the value or remove the line",
          at: field.valueLocation, length: field.value.utf8.count))
    }
    // A document made of placeholders needs one message per hundred, not one per bracket.
    if findings.count > TemplatePlaceholderRule.maximumReported {
      let more = findings.count - TemplatePlaceholderRule.maximumReported
      let last = findings[TemplatePlaceholderRule.maximumReported]
      findings = Array(findings.prefix(TemplatePlaceholderRule.maximumReported))
      findings.append(
        RuleFinding("\(more) more template placeholders after this one are not listed", range: last.range))
    }
    return findings
  }

  static let maximumReported = 100

  private static let loremIpsum = Array("Lorem ipsum".utf8)
  /// The words before a value a change moves from or to: "from [A] to [B]".
  private static let changeWords = [Array("from".utf8), Array("to".utf8)]

  private func message(for placeholder: String) -> String {
    if placeholder == "Lorem ipsum" {
      return "'Lorem ipsum' is a template's filler text; write this part or remove it"
    }
    if placeholder.first == "[" || placeholder.first == "{" || placeholder.contains(where: { $0 == "-" || $0 == ":" }) {
      return "'\(placeholder)' looks like a template placeholder; replace it with the real value"
    }
    return "'\(placeholder)' left in the text; finish this part or remove the marker"
  }

  /// A priority, severity or status tag in brackets (`[P1] Add an alert`, `[Done] Roll back`)
  /// labels an item; it is not a value left to fill in.
  static func isTag(_ inner: UnsafeBufferPointer<UInt8>) -> Bool {
    if inner.count <= 11, ActionItemFields.statusWords.contains(String(decoding: inner, as: UTF8.self).uppercased()) {
      return true
    }
    // "[a]" marks a note as "[1]" does.
    if inner.count == 1 { return true }
    if isTicketKey(inner) { return true }
    // "[+15m]", "[T+25m]": the offset from the start a timeline writes beside a time.
    if inner.count <= 12, inner.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
      let bracketed = "[" + String(decoding: inner, as: UTF8.self) + "]"
      if TimeParser.bracketedOffsetEnd(TextToken.tokenize(bracketed[...]), at: 0) != nil { return true }
    }
    // "[20m]", "[2d]", "[3 days]": an item's estimate of the effort it takes.
    if inner.count <= 10, let first = inner.first, ASCIIText.isDigit(first) {
      let text = String(decoding: inner, as: UTF8.self)
      if let amount = DurationParser.leadingAmount(text[...]), amount.end == text.endIndex { return true }
    }
    let firstWord = inner.prefix { ASCIIText.isLetter($0) || $0 == UInt8(ascii: "-") }.map(ASCIIText.lower)
    // "[Likely, not directly observed.]", "[Redacted]", "[Update: rolled back at 14:20]": the
    // writer's note on the text, not a value to fill in.
    if !firstWord.isEmpty, editorialWords[firstWord] != nil { return true }
    // An alert's level in capitals, as its notification writes it: "`DiskFull` [CRITICAL] fires",
    // "[FIRING:3]". "[Critical]" is a level picked from a template's list, left in its brackets.
    if !firstWord.isEmpty, alertLevels[firstWord] != nil, inner.allSatisfy({ !ASCIIText.isLower($0) }),
      firstWord.count == inner.count
        || (inner[firstWord.count] == UInt8(ascii: ":") && inner[(firstWord.count + 1)...].allSatisfy(ASCIIText.isDigit)
          && firstWord.count + 1 < inner.count)
    {
      return true
    }
    if !firstWord.isEmpty, tagWords[firstWord] != nil {
      // The word alone, or a tool and its channel ("[Slack #incident]"); "[Slack channel link]"
      // is a value to fill in.
      if firstWord.count == inner.count { return true }
      if firstWord.count + 2 < inner.count, inner[firstWord.count] == UInt8(ascii: " "),
        inner[firstWord.count + 1] == UInt8(ascii: "#")
      {
        return true
      }
    }
    return isPriorityTag(inner)
  }

  /// Words that tag a title, a log line or an event rather than ask for a value: "[Postmortem]",
  /// "[RESOLVED]", "[WARN]", "[sic]", and the tools events come from ("[PagerDuty]").
  private static let tagWords = ByteWordTable(
    [
      "postmortem", "post-mortem", "incident", "rca", "draft", "wip", "internal", "external", "public",
      "confidential", "resolved", "update", "updated", "outage", "retro", "pir", "sic", "error", "warn", "warning",
      "info", "debug", "trace", "fatal", "notice", "pagerduty", "slack", "datadog", "grafana", "opsgenie",
      "statuspage", "zoom", "jira", "github", "gitlab", "sentry", "prometheus", "alertmanager", "cloudwatch",
      "splunk", "kibana", "teams", "email", "twitter", "zendesk",
    ].map { (Array($0.utf8), true) })

  /// An alert's level or state, as monitoring tools write it in a notification's subject.
  private static let alertLevels = ByteWordTable(
    ["critical", "crit", "err", "emergency", "emerg", "alert", "firing"].map { (Array($0.utf8), true) })

  /// Words that open a writer's note in brackets: how sure a statement is, or what was done to
  /// the text.
  private static let editorialWords = ByteWordTable(
    [
      "likely", "unlikely", "probably", "possibly", "presumably", "unconfirmed", "unverified", "inferred", "assumed",
      "estimated", "approximately", "redacted", "paraphrased", "translated", "edit", "edited", "update", "updated",
      "correction", "emphasis",
    ].map { (Array($0.utf8), true) })

  /// A tracker's key, `OPS-812`, `INFRA2-14`: the ticket an item or event names, filled in.
  private static func isTicketKey(_ inner: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let dash = inner.firstIndex(of: UInt8(ascii: "-")), dash >= 2, dash + 1 < inner.count,
      ASCIIText.isUpper(inner[0])
    else { return false }
    return inner[..<dash].allSatisfy { ASCIIText.isUpper($0) || ASCIIText.isDigit($0) }
      && inner[(dash + 1)...].allSatisfy(ASCIIText.isDigit)
  }

  /// A setting's name quoted in brackets in a change from one value to another ("changed the
  /// setting from [Require approval for first-time contributors] to [Require approval for all
  /// outside contributors]"): three words or more after "from" or "to", not a value to fill in
  /// ("from [start] to [end]").
  static func isQuotedSetting(_ bytes: UnsafeBufferPointer<UInt8>, open: Int, close: Int) -> Bool {
    let spaces = bytes[(open + 1)..<close].count { $0 == UInt8(ascii: " ") }
    guard spaces >= 2, open >= 3, bytes[open - 1] == UInt8(ascii: " ") else { return false }
    // The word before the bracket, with the byte before it (a space, or nothing at the start).
    let before = bytes[max(0, open - 6)..<(open - 1)].map(ASCIIText.lower)
    for word in TemplatePlaceholderRule.changeWords where before.count >= word.count {
      guard before.suffix(word.count).elementsEqual(word) else { continue }
      let edge = open - 1 - word.count
      if edge == 0 || bytes[edge - 1] == UInt8(ascii: " ") { return true }
    }
    return false
  }

  /// `P0`–`P9`, `SEV1`, `SEV-2`.
  private static func isPriorityTag(_ inner: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let last = inner.last, ASCIIText.isDigit(last), inner.count >= 2, inner.count <= 5 else { return false }
    let prefix = inner.dropLast().map(ASCIIText.upper)
    return prefix == [UInt8(ascii: "P")] || prefix == Array("SEV".utf8) || prefix == Array("SEV-".utf8)
  }

  /// `<name>`, `<team-name>`, `<your name>`: an inline "tag" that is no HTML element (words
  /// only, the first no element's name: an element's attributes have `=` or quotes).
  private func placeholderTag(_ html: String) -> String? {
    guard html.hasPrefix("<"), html.hasSuffix(">"), !html.hasPrefix("</"), !html.hasPrefix("<!") else { return nil }
    let name = html.dropFirst().dropLast()
    guard !name.isEmpty, name.first != " ", name.last != " ",
      name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" || $0 == " " }),
      let first = name.split(separator: " ").first,
      !TemplatePlaceholderRule.htmlTags.contains(first.lowercased())
    else { return nil }
    return html
  }

  /// The placeholders in `text` with their scalar offsets. Runs over every text node of every
  /// document, so it scans UTF-8 bytes in place: all the markers it looks for are ASCII.
  private func placeholders(in text: String, words: Set<String>, allowStatus: Bool, allowUnset: Bool) -> [(Int, String)]
  {
    var text = text
    return text.withUTF8 { placeholders(in: $0, words: words, allowStatus: allowStatus, allowUnset: allowUnset) }
  }

  /// The placeholders in `bytes`; where the text stands, an item's status (`allowStatus`) or an
  /// owner or due date not yet decided (`allowUnset`) may be written as a marker.
  private func placeholders(
    in bytes: UnsafeBufferPointer<UInt8>, words: Set<String>, allowStatus: Bool, allowUnset: Bool
  )
    -> [(Int, String)]
  {
    var found: [(Int, String)] = []
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var index = 0
    let count = bytes.count
    // Column offsets are counted incrementally: recounting from the start for every hit made
    // a line full of "[a](" quadratic.
    var countedTo = 0
    var scalars = 0
    func offset(_ end: Int) -> Int {
      while countedTo < end {
        if bytes[countedTo] & 0xC0 != 0x80 { scalars += 1 }
        countedTo += 1
      }
      return scalars
    }
    while index < count {
      // Eight bytes at a time while they hold no [ { or capital, then straight to the first one.
      if index + 8 <= count {
        let word = ByteWord.load(bytes, at: index)
        let starts = ByteWord.matches(word, 91) | ByteWord.matches(word, 123) | ByteWord.between(word, 64, 91)
        if starts == 0 {
          index += 8
          continue
        }
        index += ByteWord.firstByte(starts)
      }
      let byte = bytes[index]
      // Only [ { and capitals can start a placeholder; everything else is passed over.
      guard byte == 91 || byte == 123 || ASCIIText.isUpper(byte) else {
        index += 1
        continue
      }
      // A wiki link ("[[RB-003-disk-space-full]]", as Obsidian and Foam write them) names a page:
      // filled in.
      if byte == 91, index + 1 < count, bytes[index + 1] == 91 {
        var close = index + 2
        let limit = min(count - 1, index + 202)
        while close < limit, !(bytes[close] == 93 && bytes[close + 1] == 93), bytes[close] != 91 { close += 1 }
        if close < limit, bytes[close] == 93 {
          index = close + 2
          continue
        }
      }
      if byte == 91 {  // [ … ]
        // Plain index loops, not Slice's generic algorithms: unoptimised (sanitizer) builds run
        // those unspecialised, allocating on every element, and crawled on hostile input.
        let limit = min(count, index + 101)
        var close = index + 1
        var hasLetter = false
        var mention: Int?
        while close < limit, bytes[close] != 93 {
          if ASCIIText.isLetter(bytes[close]) || bytes[close] >= 0x80 { hasLetter = true }
          if bytes[close] == 64, mention == nil { mention = close }
          close += 1
        }
        // A value still in brackets; not a checkbox, citation or footnote marker, nor a filled-in
        // name ("[@ana]", "[owner: @ana]") unless the name is the template's own ("[@owner]").
        let innerCount = close - index - 1
        let first = innerCount > 0 ? bytes[index + 1] : 0
        let isCheckbox = innerCount == 1 && (first == 120 || first == 88)
        let namesSomeone =
          mention.map { at in
            at + 1 < close && (ASCIIText.isLetter(bytes[at + 1]) || bytes[at + 1] >= 0x80)
              && !(at == index + 1
                && ActionItemFields.placeholderNames.contains(string((at + 1)..<close).lowercased()))
          } ?? false
        // A chat log's timestamp ("[10:02 AM] nina: …") is a time, filled in.
        let isTime =
          ASCIIText.isDigit(first) && bytes[(index + 1)..<close].contains(UInt8(ascii: ":"))
          && TimeParser.scan(string((index + 1)..<close))?.time != nil
        if close < limit, hasLetter, !isCheckbox, first != 94, !namesSomeone,
          !TemplatePlaceholderRule.isTag(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close])), !isTime,
          !TemplatePlaceholderRule.isQuotedSetting(bytes, open: index, close: close)
        {
          found.append((offset(index), string(index..<(close + 1))))
          index = close + 1
          continue
        }
      }
      if byte == 123, index + 1 < count, bytes[index + 1] == 123 {  // {{ … }}
        var close = index + 2
        while close + 1 < count, !(bytes[close] == 125 && bytes[close + 1] == 125) { close += 1 }
        if close + 1 < count {
          found.append((offset(index), string(index..<(close + 2))))
          index = close + 2
          continue
        }
      }
      if ASCIIText.isUpper(byte), index == 0 || !(ASCIIText.isLetter(bytes[index - 1]) || bytes[index - 1] >= 0x80) {
        // Only runs of capitals (with - : / for date patterns) can be markers.
        var end = index
        var allCapitals = true
        while end < count, ASCIIText.isLetter(bytes[end]) || TemplatePlaceholderRule.isSeparator(bytes[end]) {
          if ASCIIText.isLower(bytes[end]) {
            allCapitals = false
            break
          }
          end += 1
        }
        if allCapitals, end == count || bytes[end] < 0x80 {
          // Separators at the ends belong to the sentence, not the marker.
          var wordEnd = end
          while wordEnd > index, TemplatePlaceholderRule.isSeparator(bytes[wordEnd - 1]) { wordEnd -= 1 }
          let word = string(index..<wordEnd)
          let isAllowed =
            (allowStatus && TemplatePlaceholderRule.statusWords.contains(word))
            || (allowUnset && TemplatePlaceholderRule.unsetValues.contains(word))
          if (words.contains(word) && !isAllowed) || isDatePattern(bytes[index..<wordEnd]) {
            found.append((offset(index), word))
          }
        } else {
          // The rest of a mixed-case run ("Foo-TODO") is one word too: skip it whole.
          while end < count, ASCIIText.isLetter(bytes[end]) || TemplatePlaceholderRule.isSeparator(bytes[end]) {
            end += 1
          }
          // A template's filler text: "Lorem ipsum dolor".
          if end - index == 5, byte == UInt8(ascii: "L"), index + 11 <= count,
            UnsafeBufferPointer(rebasing: bytes[index..<(index + 11)]).elementsEqual(TemplatePlaceholderRule.loremIpsum)
          {
            found.append((offset(index), "Lorem ipsum"))
          }
        }
        index = max(end, index + 1)
        continue
      }
      index += 1
    }
    return found
  }

  private static func isSeparator(_ byte: UInt8) -> Bool { byte == 45 || byte == 58 || byte == 47 }

  /// YYYY-MM-DD, HH:MM, MM/DD/YYYY, DD.MM: letters standing where digits belong.
  private func isDatePattern(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var letters = 0
    var hasSeparator = false
    for byte in word {
      if ASCIIText.isLetter(byte) {
        guard "YMDHS".utf8.contains(byte) else { return false }
        letters += 1
      } else if TemplatePlaceholderRule.isSeparator(byte) {
        hasSeparator = true
      }
    }
    return letters >= 4 && hasSeparator
  }
}
