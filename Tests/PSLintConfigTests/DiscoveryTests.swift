import Foundation
import PSLintConfig
import Testing

@Suite struct DiscoveryTests {
    /// A fresh temporary tree `root/a/b/c`, removed after `body`.
    func withTree(_ body: (String) throws -> Void) throws {
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("pslint-discovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root + "/a/b/c", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try body((root as NSString).resolvingSymlinksInPath)
    }

    func write(_ path: String) throws {
        try "profile: draft\n".write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func findsTheNearestFileWalkingUpwards() throws {
        try withTree { root in
            try write(root + "/.pslint.yml")
            try write(root + "/a/.pslint.yml")
            #expect(Configuration.find(startingAt: root + "/a/b/c") == root + "/a/.pslint.yml")
            #expect(Configuration.find(startingAt: root + "/a") == root + "/a/.pslint.yml")
            #expect(Configuration.find(startingAt: root) == root + "/.pslint.yml")
        }
    }

    @Test func acceptsTheYamlExtensionAndPrefersYml() throws {
        try withTree { root in
            try write(root + "/a/b/.pslint.yaml")
            #expect(Configuration.find(startingAt: root + "/a/b/c") == root + "/a/b/.pslint.yaml")
            try write(root + "/a/b/.pslint.yml")
            #expect(Configuration.find(startingAt: root + "/a/b/c") == root + "/a/b/.pslint.yml")
        }
    }

    @Test func ignoresAFolderNamedLikeTheFile() throws {
        try withTree { root in
            try FileManager.default.createDirectory(atPath: root + "/a/b/.pslint.yml", withIntermediateDirectories: true)
            try write(root + "/a/.pslint.yml")
            #expect(Configuration.find(startingAt: root + "/a/b/c") == root + "/a/.pslint.yml")
        }
    }

    @Test func relativeStartIsTakenFromTheWorkingDirectory() throws {
        // The working directory is given, not changed: the process's is shared by the tests
        // running in parallel.
        try withTree { root in
            try write(root + "/a/.pslint.yml")
            #expect(Configuration.find(startingAt: "c", workingDirectory: root + "/a/b") == root + "/a/.pslint.yml")
            #expect(Configuration.find(startingAt: ".", workingDirectory: root + "/a/b") == root + "/a/.pslint.yml")
            #expect(Configuration.find(startingAt: "", workingDirectory: root + "/a/b") == root + "/a/.pslint.yml")
        }
    }

    @Test func noFileUpToTheRoot() throws {
        try withTree { root in
            // Whatever lies above the temporary folder, nothing inside the tree is found first.
            let found = Configuration.find(startingAt: root + "/a/b/c")
            #expect(found == nil || !found!.hasPrefix(root))
        }
    }

    @Test func foundFileLoads() throws {
        try withTree { root in
            try "profile: submission\nrules:\n  PS207: off\n".write(toFile: root + "/.pslint.yml", atomically: true, encoding: .utf8)
            let path = try #require(Configuration.find(startingAt: root + "/a/b"))
            let configuration = try TestCatalogue.load(path)
            #expect(configuration.profile == .submission)
            #expect(configuration.directory == root)
            #expect(configuration.relativePath(of: root + "/a/b/x.docx") == "a/b/x.docx")
        }
    }
}
