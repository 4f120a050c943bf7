import Foundation
import Logging
import MagentoWire

/// One JSON object per line on standard error: `{"time","level","label","message",…metadata}`,
/// for log shippers (`MAGPIE_LOG_FORMAT=json`).
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    let label: String

    public init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:], uniquingKeysWith: { _, new in new })
        let line = Self.line(time: Date(), level: event.level, label: label, message: event.message.description, metadata: merged)
        FileHandle.standardError.write(Data(line))
    }

    /// One log line; metadata keys in sorted order so lines are stable.
    public static func line(time: Date, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata) -> [UInt8] {
        var object = JSONObject([
            ("time", .string(ISO8601DateFormatter().string(from: time))),
            ("level", .string(level.rawValue)),
            ("label", .string(label)),
            ("message", .string(message)),
        ])
        for key in metadata.keys.sorted() { object[key] = .string(metadata[key]!.description) }
        var line = JSONValue.object(object).serialized()
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// Installs the JSON handler for every logger in the process (call once, at start).
    public static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
    }
}
