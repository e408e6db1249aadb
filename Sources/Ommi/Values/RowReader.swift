/// Positional, read-only access to the current row of a result, implemented by each driver.
///
/// Models decode from a reader column by column, so the hot path never builds an intermediate
/// array of values.
public protocol RowReader: AnyObject {
    /// The number of columns of the result.
    var columnCount: Int { get }
    /// The name of a column of the result, for error messages.
    func columnName(at index: Int) -> String
    /// The value of a column as one of the five storage classes.
    func value(at index: Int) -> DatabaseValue
    /// Whether the column holds NULL.
    func isNull(at index: Int) -> Bool
    /// The column as a 64-bit integer, when it holds an INTEGER.
    func integerIfStored(at index: Int) -> Int64?
    /// The column as a double, when it holds a REAL.
    func realIfStored(at index: Int) -> Double?
    /// The column as a string, when it holds TEXT that is valid UTF-8.
    func textIfStored(at index: Int) -> String?
}

/// A row of a result seen from a starting column, handed to ``Model/init(row:)``.
///
/// The offset lets one result carry extra leading columns (for example the owner key of an eager
/// many-to-many load) while the model still decodes from its own column zero.
public struct Row {
    @usableFromInline let reader: any RowReader
    @usableFromInline let offset: Int

    /// The row `reader` is on, its model's columns starting at `offset`.
    public init(reader: any RowReader, offset: Int = 0) {
        self.reader = reader
        self.offset = offset
    }

    /// Decodes the value of the model's column `index` as `type`.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/decoding`` naming the column when the stored
    ///   value cannot be represented as `type`.
    @inlinable
    public func decode<Value: DatabaseValueConvertible>(_ type: Value.Type = Value.self, at index: Int) throws
        -> Value
    {
        let column = offset + index
        if let value = Value.decode(from: reader, at: column) { return value }
        throw OmmiError.undecodable(
            column: reader.columnName(at: column), value: reader.value(at: column), as: String(describing: Value.self))
    }

    /// The raw value of the model's column `index`.
    public func value(at index: Int) -> DatabaseValue {
        reader.value(at: offset + index)
    }

    /// The name the result gives the model's column `index`, for showing the rows of a statement
    /// written by hand.
    public func columnName(at index: Int) -> String {
        reader.columnName(at: offset + index)
    }

    /// The number of columns from the offset on.
    public var count: Int { reader.columnCount - offset }

    /// All values from the offset on.
    public var values: [DatabaseValue] {
        (offset..<reader.columnCount).map { reader.value(at: $0) }
    }
}
