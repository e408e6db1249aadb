import CSQLite
import Foundation
import Ommi

extension RawStatement {
    /// The current row as a dynamic row: each column as the storage class it holds, as the
    /// browser needs it.
    func dynamicRow() -> DynamicRow {
        let count = columnCount
        var values: [DatabaseValue] = []
        values.reserveCapacity(Int(count))
        for column in 0..<count {
            switch type(column) {
            case SQLITE_INTEGER: values.append(.integer(Int64(int(column))))
            case SQLITE_FLOAT: values.append(.real(real(column)))
            case SQLITE_TEXT: values.append(.text(text(column)))
            case SQLITE_BLOB:
                let size = Int(sqlite3_column_bytes(statement, column))
                let bytes = sqlite3_column_blob(statement, column)
                values.append(.blob(bytes.map { Data(bytes: $0, count: size) } ?? Data()))
            default: values.append(.null)
            }
        }
        return DynamicRow(values: values)
    }
}
