import Ommi
import Synchronization
import Testing

/// The tracer a driver reports its statements to, on its own.
@Suite struct StatementTracerTests {
    /// Reporting a statement leaves the handler as it was, so the ten-thousandth statement costs
    /// what the first did (a handler that grew with each report would make a long-lived traced
    /// connection slower with every statement, and finally exhaust the stack).
    @Test func everyReportReachesTheSameHandlerAtTheSameCost() {
        let tracer = StatementTracer()
        let reported = Mutex<(count: Int, last: String)>((0, ""))
        tracer.set { sql in reported.withLock { $0 = ($0.count + 1, sql) } }
        let statements = 200_000
        for index in 0..<statements { tracer("SELECT \(index)") }
        tracer.set(nil)
        tracer("SELECT after")
        let (count, last) = reported.withLock { $0 }
        #expect(count == statements)
        #expect(last == "SELECT \(statements - 1)")
    }
}
