import Foundation
import Logging
import MagpieServer
import Testing

@Suite("JSON logs")
struct JSONLogHandlerTests {
    @Test("a log line is one JSON object with time, level, label, message and sorted metadata")
    func line() {
        let bytes = JSONLogHandler.line(
            time: Date(timeIntervalSince1970: 0), level: .error, label: "magpie", message: "Unexpected \"error\"",
            metadata: ["report_id": "webapi-1", "error": "boom"]
        )
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"time":"1970-01-01T00:00:00Z","level":"error","label":"magpie","message":"Unexpected \"error\"","error":"boom","report_id":"webapi-1"}"# + "\n")
    }
}
