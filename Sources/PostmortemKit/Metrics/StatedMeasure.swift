/// Which timeline measure a stated figure names: `**Time to detect:** 7 min`, `TTM: 40m`,
/// `MTTR: 1h`.
enum StatedMeasure: String {
  case detect, mitigate, resolve

  /// The milestone the measure runs to.
  var milestone: Milestone {
    switch self {
    case .detect: .detected
    case .mitigate: .mitigated
    case .resolve: .resolved
    }
  }

  /// The measure a label names, or nil.
  static func named(_ key: String) -> StatedMeasure? {
    guard mayNameMeasure(key) else { return nil }
    return labels[MetadataKey.normalize(key)]
  }

  /// Labels (normalised) of time-to-detect, -mitigate and -resolve figures.
  private static let labels: [String: StatedMeasure] = {
    var table: [String: StatedMeasure] = [:]
    let names: [(StatedMeasure, [String])] = [
      (
        .detect,
        [
          "time to detect", "time to detection", "ttd", "mttd", "detection time", "time to detect ttd",
          "detection delay",
        ]
      ),
      (
        .mitigate,
        ["time to mitigate", "time to mitigation", "ttm", "mttm", "mitigation time", "time to mitigate ttm"]
      ),
      (
        .resolve,
        [
          "time to resolve", "time to resolution", "ttr", "mttr", "resolution time", "time to recover",
          "time to recovery", "time to restore", "time to resolve ttr",
        ]
      ),
    ]
    for (measure, labels) in names {
      for label in labels { table[label] = measure }
    }
    return table
  }()

  /// Whether `key` could be one of `labels`: each says "time" or "delay", or starts with TT or
  /// MTT. Checked on bytes first, as every metadata field of every document comes here.
  private static func mayNameMeasure(_ key: String) -> Bool {
    var key = key
    return key.withUTF8 { bytes in
      guard (3...40).contains(bytes.count) else { return false }
      func at(_ index: Int, _ letter: Unicode.Scalar) -> Bool { ASCIIText.lower(bytes[index]) == UInt8(letter.value) }
      if at(0, "t") && at(1, "t") || at(0, "m") && at(1, "t") && at(2, "t") { return true }
      for start in 0..<(bytes.count - 3) where at(start, "t") && at(start + 1, "i") && at(start + 2, "m") {
        if at(start + 3, "e") { return true }
      }
      for start in 0..<max(bytes.count - 4, 0) where at(start, "d") && at(start + 1, "e") && at(start + 2, "l") {
        if at(start + 3, "a") && at(start + 4, "y") { return true }
      }
      return false
    }
  }
}
