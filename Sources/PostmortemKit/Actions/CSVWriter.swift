import Foundation

/// RFC 4180 CSV that is safe to open in a spreadsheet.
///
/// Cells are quoted when they hold a comma, quote, CR or LF (quotes doubled); rows end with CRLF.
/// A cell that begins with `=`, `+`, `-`, `@`, a tab or CR could run as a formula in Excel, Sheets or
/// LibreOffice, so it gets a leading `'` (as Linear's exports do).
public enum CSVWriter {
  public static func row(_ cells: [String]) -> String {
    cells.map(cell).joined(separator: ",") + "\r\n"
  }

  public static func cell(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
  }
}
