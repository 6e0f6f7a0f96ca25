// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "postmortem",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "postmortem", targets: ["postmortem"]),
    .library(name: "PostmortemKit", targets: ["PostmortemKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    // The only module that sees cmark-gfm's C API; PostmortemKit's MarkdownParser is its single user.
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
    ),
    .target(
      name: "PostmortemKit",
      dependencies: [
        "CCmarkGFM", .product(name: "Yams", package: "Yams"), .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .executableTarget(
      name: "postmortem",
      dependencies: ["PostmortemKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // libFuzzer target: `make fuzz` builds it with -sanitize=fuzzer,address and -DFUZZING.
    .executableTarget(
      name: "PostmortemFuzz",
      dependencies: ["PostmortemKit"]
    ),
    .testTarget(
      name: "PostmortemKitTests",
      dependencies: ["PostmortemKit"],
      path: "Tests/PostmortemKitTests"
    ),
    .testTarget(
      name: "PostmortemCLITests",
      dependencies: ["PostmortemKit"],
      path: "Tests/PostmortemCLITests"
    ),
  ]
)
