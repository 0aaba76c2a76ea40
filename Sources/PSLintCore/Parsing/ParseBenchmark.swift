#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Measures how fast the text readers and the parser go: every file is read and parsed
/// `iterations` times on the calling thread, and the report gives the time of one pass over all
/// files and the throughput in MB/s (1 MB = 10⁶ bytes). Not a test: the figures depend on the machine.
public enum ParseBenchmark {
    /// Reads `paths` (text files), then measures. The report is several lines, ending in a newline.
    public static func run(paths: [String], iterations: Int) -> String {
        var files: [(path: String, bytes: [UInt8])] = []
        var report = ""
        for path in paths {
            if let bytes = readFile(path) { files.append((path, bytes)) } else { report += "\(path): cannot be read\n" }
        }
        return report + run(files: files, iterations: iterations)
    }

    /// Measures on files already in memory.
    public static func run(files: [(path: String, bytes: [UInt8])], iterations: Int) -> String {
        let iterations = max(1, iterations)
        let reader = TextReader()
        let options = ReadOptions()
        var report = ""
        var totalBytes = 0
        var perFile: [(read: Duration, parse: Duration)] = Array(repeating: (.zero, .zero), count: files.count)
        var counts: [(standards: Int, cards: Int, error: String?)] = Array(repeating: (0, 0, nil), count: files.count)
        for file in files { totalBytes += file.bytes.count }
        let clock = ContinuousClock()
        var cpu = Duration.zero
        var wall = Duration.zero
        // one warm-up pass, then the measured ones
        for pass in 0...iterations {
            let passStart = clock.now
            let cpuStart = threadCPUTime()
            defer {
                if pass > 0 {
                    cpu += threadCPUTime() - cpuStart
                    wall += clock.now - passStart
                }
            }
            for (i, file) in files.enumerated() {
                let start = clock.now
                let document: SourceDocument
                do {
                    document = try reader.read(bytes: file.bytes, path: file.path, options: options)
                } catch {
                    counts[i].error = error.message
                    continue
                }
                let read = clock.now
                let standards = StandardParser.parse(document)
                let end = clock.now
                if pass > 0 {
                    perFile[i].read += read - start
                    perFile[i].parse += end - read
                }
                counts[i].standards = standards.count
                counts[i].cards = standards.reduce(0) { $0 + $1.cards.count }
            }
        }
        for (i, file) in files.enumerated() {
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            if let error = counts[i].error { report += "\(name): \(error)\n"; continue }
            report += "\(name): \(file.bytes.count) bytes, \(counts[i].standards) standards, \(counts[i].cards) cards, "
                + "read \(ms(perFile[i].read / iterations)) + parse \(ms(perFile[i].parse / iterations)) ms (wall clock)\n"
        }
        let megabytes = Double(totalBytes) / 1e6
        let cpuPerPass = cpu / iterations, wallPerPass = wall / iterations
        report += "total: \(files.count) files, \(format(megabytes, 2)) MB, \(iterations) passes on one thread\n"
        report += "  CPU time:   \(ms(cpuPerPass)) ms per pass, \(format(megabytes / max(seconds(cpuPerPass), 1e-9), 1)) MB/s\n"
        report += "  wall clock: \(ms(wallPerPass)) ms per pass, \(format(megabytes / max(seconds(wallPerPass), 1e-9), 1)) MB/s\n"
        return report
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// CPU time of the calling thread: unlike the wall clock, not inflated by other processes.
    static func threadCPUTime() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return .seconds(Int64(spec.tv_sec)) + .nanoseconds(Int64(spec.tv_nsec))
    }

    static func ms(_ duration: Duration) -> String {
        let c = duration.components
        return format(Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15, 2)
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...].count
            if fraction < decimals { text += String(repeating: "0", count: decimals - fraction) }
        } else if decimals > 0 {
            text += "." + String(repeating: "0", count: decimals)
        }
        return text
    }

    /// The bytes of a file, read with the C library (PSLintCore does not use Foundation).
    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        return ferror(file) == 0 ? bytes : nil
    }
}
