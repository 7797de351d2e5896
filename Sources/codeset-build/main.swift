// codeset-build SHARED_DATA_DIR OUT_DIR [--hcpcs-file F]
// Converts the official releases (see SHARED_DATA_DIR/README.md) into Content/codesets/.
// Output is deterministic: every table is sorted or kept in release order; no timestamps.
import CodeSets
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
var positional: [String] = []
var hcpcsFile: String?
var index = 0
while index < arguments.count {
    let argument = arguments[index]
    if argument == "--hcpcs-file", index + 1 < arguments.count {
        hcpcsFile = arguments[index + 1]
        index += 2
        continue
    }
    if argument == "-h" || argument == "--help" {
        print("usage: codeset-build SHARED_DATA_DIR OUT_DIR [--hcpcs-file FILE]")
        exit(0)
    }
    positional.append(argument)
    index += 1
}
guard positional.count == 2 else {
    FileHandle.standardError.write(Data("usage: codeset-build SHARED_DATA_DIR OUT_DIR [--hcpcs-file FILE]\n".utf8))
    exit(2)
}

do {
    let builder = CodeSetBuilder(source: URL(fileURLWithPath: positional[0]), output: URL(fileURLWithPath: positional[1]),
                                 hcpcsFile: hcpcsFile.map { URL(fileURLWithPath: $0) })
    try builder.run()
} catch {
    FileHandle.standardError.write(Data("codeset-build: \(error)\n".utf8))
    exit(1)
}
