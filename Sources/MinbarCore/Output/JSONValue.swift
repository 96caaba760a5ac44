/// A JSON document built in code, written with its keys in the order given, so output
/// is stable and reads in a sensible order (id first, details last).
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Compact JSON on one line, or indented by two spaces when `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
                JSONValue.writeString(key, to: &output)
                output += pretty ? ": " : ":"
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { output += "\n" + String(repeating: "  ", count: indent) }
            output += "}"
        case .array(let elements):
            if elements.isEmpty { output += "[]"; return }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
                element.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { output += "\n" + String(repeating: "  ", count: indent) }
            output += "]"
        case .string(let text):
            JSONValue.writeString(text, to: &output)
        case .int(let number):
            output += String(number)
        case .double(let number):
            if number.isFinite {
                output += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            } else {
                output += "null"
            }
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    /// Escapes per RFC 8259; non-ASCII text is kept as UTF-8 so Arabic stays readable.
    static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if mustEscape(scalar) {
                    output += unicodeEscape(scalar)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// Whether a scalar is written as `\uXXXX`: controls, C1 controls too (some terminals
    /// act on 8-bit CSI, 0x9B, if JSON is shown raw), the line and paragraph separators
    /// (JavaScript reads them as line ends) and anything unsafe on a terminal (bidi overrides).
    /// `JSONWriter` asks the same question, so both writers escape the same scalars.
    @inline(__always)
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || scalar.isUnsafeOnTerminal
    }

    /// `\uXXXX` for a scalar, lower-case hex; beyond the BMP as a surrogate pair.
    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        func unit(_ value: UInt32) -> String {
            let hex = String(value, radix: 16)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        let value = scalar.value
        guard value > 0xFFFF else { return unit(value) }
        let offset = value - 0x10000
        return unit(0xD800 + (offset >> 10)) + unit(0xDC00 + (offset & 0x3FF))
    }
}

extension JSONValue {
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    public static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }
}

private func abs(_ value: Double) -> Double { value < 0 ? -value : value }
