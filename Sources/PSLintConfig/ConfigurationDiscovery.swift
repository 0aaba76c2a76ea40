import Foundation

extension Configuration {
    /// The first `.pslint.yml` (or `.pslint.yaml`) found in `directory` or in a folder above it,
    /// up to the file-system root; nil when there is none. A relative `directory` is taken from
    /// `workingDirectory` (the process's by default). When one folder holds both names,
    /// `.pslint.yml` is taken.
    public static func find(startingAt directory: String,
                            workingDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        var folder = absolute(directory.isEmpty ? "." : directory, workingDirectory: workingDirectory)
        let fileManager = FileManager.default
        while true {
            for name in fileNames {
                let candidate = folder == "/" ? "/" + name : folder + "/" + name
                var isDirectory: ObjCBool = false
                if fileManager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return candidate
                }
            }
            guard folder != "/", !folder.isEmpty else { return nil }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder { return nil }
            folder = parent.isEmpty ? "/" : parent
        }
    }
}
