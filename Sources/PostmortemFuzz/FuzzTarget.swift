import Foundation
import PostmortemKit

/// libFuzzer's entry point: `make fuzz` builds this target with -sanitize=fuzzer,address.
@_cdecl("LLVMFuzzerTestOneInput")
public func postmortemFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  FuzzPipeline.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

#if FUZZING
  /// libFuzzer's driver, for programs (like SwiftPM executables) that bring their own main.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// SwiftPM links an executable's entry point under this name.
  @_cdecl("PostmortemFuzz_main")
  func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, postmortemFuzzOneInput)
  }
#else
  /// Without libFuzzer (a normal build), replays the files named on the command line.
  @main
  struct FuzzReplay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        FuzzPipeline.run([UInt8](data))
        print("ok \(path)")
      }
    }
  }
#endif
