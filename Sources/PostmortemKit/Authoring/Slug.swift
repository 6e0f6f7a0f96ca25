import Foundation

/// File names from titles: `Search outage: EU (2024)` → `search-outage-eu-2024`.
public enum Slug {
  public static let maximumLength = 60

  /// Lower-case ASCII letters and digits joined by single dashes, accents folded, cut at a dash
  /// to at most `maximumLength`; empty when nothing usable remains.
  public static func make(_ title: String) -> String {
    let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    var slug = ""
    var pendingDash = false
    for scalar in folded.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingDash, !slug.isEmpty { slug.append("-") }
        pendingDash = false
        slug.unicodeScalars.append(scalar)
      } else if scalar == "ß" {
        if pendingDash, !slug.isEmpty { slug.append("-") }
        pendingDash = false
        slug += "ss"
      } else {
        pendingDash = true
      }
    }
    slug = slug.lowercased()
    guard slug.count > maximumLength else { return slug }
    let cut = slug.prefix(maximumLength)
    if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) >= maximumLength / 2 {
      return String(cut[..<dash])
    }
    return String(cut)
  }
}
