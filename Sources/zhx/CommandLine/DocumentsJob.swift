import ZhBatch

extension BatchJob {
    /// The documents a verb reads and how it runs over them, as every such verb takes them:
    /// `PATH...` or `--files-from FILE`, `--jobs`, `--include`, `--exclude`, `--quiet`; every
    /// mistake is a ``UsageError``. `inputs` names what the verb accepts, for the message when
    /// it is given none (`a PATH or --files-from FILE`).
    static func reading(_ arguments: ParsedArguments, verb: String, inputs: String) throws -> BatchJob {
        let filesFrom = arguments.value("files-from")
        var job = BatchJob(paths: arguments.positionals, filesFrom: filesFrom)
        guard !job.paths.isEmpty || filesFrom != nil else {
            throw UsageError(description: "'\(verb)' needs \(inputs) (see 'zhx \(verb) --help')")
        }
        if filesFrom == "-" && job.paths.contains("-") {
            throw UsageError(description: "standard input cannot be both a document ('-') and --files-from -")
        }
        if let jobs = arguments.value("jobs") {
            guard let count = Int(jobs), count >= 1 else { throw UsageError(description: "--jobs needs a whole number ≥ 1, not '\(jobs)'") }
            job.options = BatchOptions(jobs: count)
        }
        let includes = arguments.values("include")
        job.walker = FileWalker(include: includes.isEmpty ? FileWalker.defaultIncludes : includes, exclude: arguments.values("exclude"))
        job.quiet = arguments.has("quiet")
        return job
    }
}
