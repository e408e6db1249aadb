extension ModelSchema {
    /// Records an index the database has over `columns` of the table, in the representation the
    /// macros use, so that a reflected schema compares with a declared one: a unique index or
    /// constraint over one column marks the field ``FieldSchema/isUnique``, over several columns
    /// it joins ``uniqueConstraints``; a plain index over one column marks the field
    /// ``FieldSchema/isIndexed``. A unique index over exactly the key adds nothing (the key is
    /// unique already), nor does a plain index over several columns, which no model declares.
    package mutating func addReflectedIndex(columns: [String], isUnique: Bool) {
        if columns.isEmpty || (isUnique && Set(columns) == Set(keyFields.map(\.column))) { return }
        if columns.count == 1, let index = fieldIndex(ofColumn: columns[0]) {
            if isUnique { fields[index].isUnique = true } else { fields[index].isIndexed = true }
        } else if isUnique, !uniqueConstraints.contains(where: { Set($0) == Set(columns) }) {
            uniqueConstraints.append(columns)
        }
    }
}
