// swift-tools-version:6.0
import PackageDescription

// Minbar takes no package dependencies: Foundation, Dispatch and Glibc only.
let package = Package(
    name: "Minbar",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "minbar", targets: ["minbar"]),
        .library(name: "MinbarCore", targets: ["MinbarCore"]),
    ],
    targets: [
        // Pure domain logic: text, scenarios, rules, scoring. No files, clock or terminal.
        .target(name: "MinbarCore"),
        // The program: arguments, commands, file system, terminal. Driven by
        // `MinbarApp.run(arguments:environment:...)` so tests run it in memory.
        // The terminal layer: key decoding, line editing, raw mode. Small and tested alone.
        .target(name: "MinbarTerminal", dependencies: ["MinbarCore"]),
        .target(
            name: "MinbarCLI",
            dependencies: ["MinbarCore", "MinbarTerminal"],
            plugins: ["EmbedScenarios"]
        ),
        .executableTarget(name: "minbar", dependencies: ["MinbarCLI"]),
        // Turns scenarios/ into Swift string literals so the binary carries its library.
        .executableTarget(name: "minbar-embed"),
        .plugin(
            name: "EmbedScenarios",
            capability: .buildTool(),
            dependencies: ["minbar-embed"]
        ),
        .testTarget(
            name: "MinbarCoreTests",
            dependencies: ["MinbarCore"],
            exclude: ["Corpus", "Golden"]
        ),
        .testTarget(
            name: "MinbarCLITests",
            dependencies: ["MinbarCLI", "MinbarCore"]
        ),
        .testTarget(
            name: "MinbarTerminalTests",
            dependencies: ["MinbarTerminal"]
        ),
    ]
)
