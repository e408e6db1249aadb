import Foundation

/// Where an export's bytes go, gathered into blocks so that a million short rows cost a few
/// hundred writes rather than a million.
public final class ExportOutput {
    private var buffer: [UInt8] = []
    private let sink: (Data) throws -> Void
    private static let blockSize = 1 << 16

    /// An output that hands each block to `sink`.
    public init(_ sink: @escaping (Data) throws -> Void) {
        self.sink = sink
    }

    func append(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Hands on what is gathered.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
