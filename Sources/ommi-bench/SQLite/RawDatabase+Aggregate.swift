import Ommi

extension RawDatabase {
    func numberAggregates() throws -> (sum: Int, counts: [GroupCount<Int>]) {
        let sql = BenchSQL.sqlite
        let sum = try integer(sql.sumOfNumbers)
        let statement = try prepare(sql.countsOfNumbers)
        var counts: [GroupCount<Int>] = []
        while try statement.step() { counts.append(GroupCount(value: statement.int(0), count: statement.int(1))) }
        statement.reset()
        return (sum, counts)
    }
}
