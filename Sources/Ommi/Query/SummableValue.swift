/// A number type `sum` and `average` accept: the integer and floating point types a model stores.
public protocol SummableValue: DatabaseValueConvertible {}

extension Int: SummableValue {}
extension Int64: SummableValue {}
extension Int32: SummableValue {}
extension Double: SummableValue {}
