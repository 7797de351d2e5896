import Foundation

/// A user-supplied CMS HCPCS Level II release: the fixed-width text file (code in columns
/// 1-5, record identifier in column 11, long description in columns 12-91; identifier 3 starts
/// a description, 4 continues it) or a CSV/tab export whose first two columns are code and
/// long description.
enum HcpcsBuild {
    static func read(_ url: URL) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw BuildError("\(url.path): cannot read the HCPCS file") }
        let text = String(decoding: data, as: UTF8.self)
        var descriptors: [String: String] = [:]
        var order: [String] = []
        for (number, rawLine) in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).enumerated() {
            let line = String(rawLine)
            let code: String, description: String
            if line.contains("\t") || line.contains(",") && !(line.count > 91 && line.prefix(5).allSatisfy { $0.isLetter || $0.isNumber }) {
                let parts = line.contains("\t") ? line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    : IndexBuild.csvFields(Substring(line))
                guard parts.count >= 2 else { continue }
                code = parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "\" ")).uppercased()
                description = parts[1].trimmingCharacters(in: .whitespaces)
            } else {
                let chars = Array(line)
                guard chars.count >= 12 else { continue }
                code = String(chars[0..<5]).trimmingCharacters(in: .whitespaces).uppercased()
                description = String(chars[11..<min(91, chars.count)]).trimmingCharacters(in: .whitespaces)
            }
            guard code.count == 5, code.first!.isLetter, code.dropFirst().allSatisfy(\.isNumber) else {
                if number == 0 { continue } // a header line
                continue
            }
            if descriptors[code] == nil { order.append(code); descriptors[code] = description } else {
                descriptors[code]! += " " + description
            }
        }
        guard !order.isEmpty else { throw BuildError("\(url.path): no HCPCS codes found (expected the CMS fixed-width file or a code,description export)") }
        return order.map { "\($0)\t\(TabularBuild.clean(descriptors[$0]!))" }
    }
}
