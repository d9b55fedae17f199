import Foundation
import ZhModel
import ZhOutput
import ZhRecords
import ZhText

/// `zhx inspect FILE`: shows a document with its records marked in place and a table of them,
/// in the terminal (``TerminalView``) or as a self-contained HTML page (``HTMLPage``).
enum InspectCommand: Command {
    static let name = "inspect"
    static let summary = "Show a document with its records highlighted, in the terminal or as an HTML page"
    static let positionalsUsage = "FILE"
    static let minimumPositionals = 1
    static let discussion = """
        TEXT VIEW:
          A header line (the record types and their counts), the document with each record
          marked, then a table of the records: #, type, text, line, start-end (offsets in
          Unicode scalars of the decoded document, end exclusive) and the normalized fields.
          With --color auto (the default) the records are coloured when standard output is a
          terminal (and NO_COLOR is not set, and TERM is not 'dumb'), bracketed otherwise:
            colour    a record's text in its type's colour (the header line is the legend);
                      text inside two or more records is in the innermost one's colour,
                      underlined
            brackets  ⟦207450万元⟧money: the record's text between ⟦ and ⟧, its type after ⟧
          Nesting: a record inside another is marked inside it
          (⟦⟦长治市⟧region财政局⟧organization); records with the same span nest statement
          outside figure (metric, measure, document, organization, person, doc_number,
          region, date, money, quantity, percent, outermost first).
          Partial overlap: a record that starts inside another and ends after it is cut where
          the other ends, and goes on right after it: ⟦…⟦X⟧percent→⟧metric→⟦Y⟧percent
          (one record, XY, in two pieces; in colour the same, without the arrows).
          Line breaks are kept; other control characters are shown as symbols (␛ for ESC).

        HTML PAGE (--html OUT.html):
          One self-contained file (style, script and data inline; works offline from
          file://): the text with its line breaks, each record a coloured mark (nested marks
          nested; a cut record in pieces with dashed ends) that shows its type, offsets,
          pattern and fields on hover and on keyboard focus (Tab); a legend whose buttons turn
          types off and on; a table of the records, filtered by type and text and sorted by
          any column, whose rows scroll the text to their record and highlight it. '-' writes
          the page to standard output.
        """
    static let options = [
        OptionSpec(name: "html", valueName: "OUT.html", help: "Write the document as a self-contained HTML page to OUT.html instead"),
        OptionSpec(name: "color", valueName: "WHEN", help: "auto, always or never: colours or bracket marks in the text view", defaultValue: "auto"),
        OptionSpec(name: "patterns", valueName: "DIR", help: "Load pattern files from DIR too (repeatable)", repeatable: true),
    ]

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError(description: "'inspect' takes one FILE")
        }
        let marks = try self.marks(arguments.value("color") ?? "auto")
        let extractor = try Extractor.load(patternDirectories: arguments.values("patterns"))
        let document: Inspected
        switch inspect(path, with: extractor) {
        case .success(let inspected):
            document = inspected
        case .failure(let error):
            printError("zhx inspect: \(path): \(error.message)")
            return ExitCode.failure
        }
        let out: ByteWriter
        if let page = arguments.value("html") {
            out = page == "-" ? ByteWriter.standardOutput() : try ByteWriter(creating: page)
            try out.write(HTMLPage.render(doc: path, text: document.text.scalars, records: document.records))
        } else {
            out = ByteWriter.standardOutput()
            try out.write(TerminalView.render(doc: path, text: document.text.scalars, records: document.records, marks: marks))
        }
        try out.flush()
        return ExitCode.success
    }

    /// A document read, decoded and extracted.
    struct Inspected {
        var text: DecodedText
        var records: [Record]
    }

    /// Why a document could not be inspected.
    struct InspectError: Error {
        var message: String
    }

    /// Reads `path`, decodes it as the batch engine does (``SourceDecoder``: UTF-8, UTF-16 with
    /// BOM, GB18030) and extracts its records, the document stage included.
    static func inspect(_ path: String, with extractor: Extractor) -> Result<Inspected, InspectError> {
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(InspectError(message: "cannot read the file")) }
        let text: DecodedText
        switch Result(catching: { () throws(DecodeError) in try SourceDecoder.decode([UInt8](data)).text }) {
        case .success(let decoded): text = decoded
        case .failure(let error): return .failure(InspectError(message: "\(error)"))
        }
        var context = ExtractionContext()
        let records = extractor.records(in: text, doc: path, context: &context) + extractor.finish(context: &context)
        return .success(Inspected(text: text, records: records))
    }

    /// The marks `--color WHEN` asks for on this standard output.
    static func marks(_ when: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                      isTerminal: Bool = isatty(1) == 1) throws -> TerminalView.Marks {
        switch when {
        case "always": return .color
        case "never": return .brackets
        case "auto":
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            return isTerminal && !noColor && environment["TERM"] != "dumb" ? .color : .brackets
        default:
            throw UsageError(description: "--color needs auto, always or never, not '\(when)'")
        }
    }
}
