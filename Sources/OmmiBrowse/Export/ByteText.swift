/// Bytes as hex and base64 text, written a chunk at a time.
enum ByteText {
    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let base64Digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func appendHex(_ bytes: some Sequence<UInt8>, to output: inout [UInt8]) {
        for byte in bytes {
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    /// Base64 of a value read in chunks: up to two bytes wait for the next chunk, so the text is
    /// the same however the value is cut.
    struct Base64 {
        private var carried: [UInt8] = []

        mutating func append(_ chunk: some Collection<UInt8>, final: Bool, to output: inout [UInt8]) {
            let bytes = carried.isEmpty ? Array(chunk) : carried + chunk
            let whole = bytes.count - bytes.count % 3
            var index = 0
            while index < whole {
                let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                for shift in [18, 12, 6, 0] { output.append(base64Digits[Int(group >> UInt32(shift) & 0x3F)]) }
                index += 3
            }
            carried = Array(bytes[whole...])
            guard final, !carried.isEmpty else { return }
            let group = UInt32(carried[0]) << 16 | UInt32(carried.count > 1 ? carried[1] : 0) << 8
            output.append(base64Digits[Int(group >> 18 & 0x3F)])
            output.append(base64Digits[Int(group >> 12 & 0x3F)])
            output.append(carried.count > 1 ? base64Digits[Int(group >> 6 & 0x3F)] : UInt8(ascii: "="))
            output.append(UInt8(ascii: "="))
            carried = []
        }
    }
}
