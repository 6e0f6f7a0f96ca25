/// Finds the incident's length in Japanese, Chinese and Korean prose, where the unit is written
/// against the number and the state around it: "約65分間、決済APIが利用できない状態となりました",
/// "支付接口中断了约2小时", "약 1시간 20분 동안 결제가 중단되었습니다".
enum CJKLengthReader {
  /// A length found in a run of text: as written (its hedge included), in minutes, and the byte
  /// offset it starts at.
  struct Length: Equatable {
    var raw: String
    var minutes: Int
    var offset: Int
  }

  /// The units a length is written with, longest first so that "分間" is not read as "分".
  private static let units = ["時間", "分間", "小时", "小時", "分钟", "分鐘", "시간", "分", "분"].map { Array($0.utf8) }

  /// Hedges written before the number ("約", "约", "약 ").
  private static let hedges = ["約", "约", "약"].map { Array($0.utf8) }

  /// What makes a length a moment rather than a span: "1時間後" (an hour later), "30分前",
  /// "2小时内" (within), "10分ごと" (every), "1시간 후".
  private static let notSpans = ["後", "后", "前", "内", "內", "以内", "ごと", "毎", "おき", "후", "전", "마다", "이내"].map {
    Array($0.utf8)
  }

  /// Words of a sentence that say the service was down or degraded; a length in a sentence without
  /// one is a step's ("復旧作業に30分を要した" is work, not the outage).
  private static let states = [
    // Japanese
    "利用できな", "停止", "障害", "ダウン", "影響", "不可", "遅延", "中断", "失敗", "エラー", "わたり", "わたって",
    // Chinese
    "中断", "不可用", "无法", "無法", "故障", "宕机", "宕機", "影响", "异常", "異常", "失败", "持续", "持續", "长达", "長達",
    // Korean
    "장애", "중단", "불가", "지연", "영향", "동안", "실패", "오류",
  ].map { Array($0.utf8) }

  /// Where a sentence ends in these languages, and in ASCII text beside them.
  private static let sentenceEnds = ["。", ". ", "！", "？"].map { Array($0.utf8) }

  /// Whether `bytes` hold a scalar of the Japanese, Chinese or Korean scripts (a UTF-8 lead byte
  /// 0xE3–0xED). Asked of every summary and impact line: eight ASCII bytes are passed at a time.
  static func mayHoldCJK(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 8 <= bytes.count, ByteWord.load(bytes, at: index) & 0x8080_8080_8080_8080 == 0 { index += 8 }
    while index < bytes.count {
      if bytes[index] >= 0xE3 && bytes[index] <= 0xED { return true }
      index += 1
    }
    return false
  }

  /// The lengths in `bytes` that start before byte `limit`, each in a sentence that states the
  /// service was down or degraded.
  static func lengths(in bytes: [UInt8], before limit: Int) -> [Length] {
    var found: [Length] = []
    var index = 0
    while index < min(limit, bytes.count) {
      guard ASCIIText.isDigit(bytes[index]), index == 0 || !ASCIIText.isDigit(bytes[index - 1]),
        let end = spanEnd(in: bytes, from: index)
      else {
        index += 1
        continue
      }
      defer { index = end }
      if notSpans.contains(where: { bytes[end...].starts(with: $0) }) { continue }
      var start = index
      for hedge in hedges {
        var before = index
        if before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1 }
        if before >= hedge.count, bytes[(before - hedge.count)..<before].elementsEqual(hedge) {
          start = before - hedge.count
        }
      }
      guard statesTheOutage(bytes, around: start..<end) else { continue }
      let raw = String(decoding: bytes[start..<end], as: UTF8.self)
      guard let minutes = DurationParser.parseAmount(raw), minutes > 0 else { continue }
      found.append(Length(raw: raw, minutes: minutes, offset: start))
    }
    return found
  }

  /// The end of a length written as numbers against their units from `start` ("1時間20分間",
  /// "1시간 20분"), or nil when the number has no unit.
  private static func spanEnd(in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    var end: Int?
    while index < bytes.count, ASCIIText.isDigit(bytes[index]) {
      while index < bytes.count, ASCIIText.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".") { index += 1 }
      if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
      guard let unit = units.first(where: { bytes[index...].starts(with: $0) }) else { break }
      index += unit.count
      end = index
      if index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "), ASCIIText.isDigit(bytes[index + 1]) { index += 1 }
    }
    return end
  }

  /// Whether the sentence holding `span` names a state of the service.
  private static func statesTheOutage(_ bytes: [UInt8], around span: Range<Int>) -> Bool {
    var sentenceStart = 0
    for stop in sentenceEnds {
      var from = 0
      while let found = UTF8Scan.firstOffset(of: stop, in: bytes, from: from), found < span.lowerBound {
        sentenceStart = max(sentenceStart, found + stop.count)
        from = found + stop.count
      }
    }
    var sentenceEnd = bytes.count
    for stop in sentenceEnds {
      if let found = UTF8Scan.firstOffset(of: stop, in: bytes, from: span.upperBound) {
        sentenceEnd = min(sentenceEnd, found)
      }
    }
    let sentence = Array(bytes[sentenceStart..<sentenceEnd])
    return states.contains { UTF8Scan.firstOffset(of: $0, in: sentence) != nil }
  }
}
