import Foundation

/// The commented skeletons `chartdrill new pack` and `chartdrill new chart` write.
public enum Skeleton {
    /// What can go wrong while writing a skeleton.
    public enum Failure: LocalizedError, CustomStringConvertible, Equatable {
        case invalidID(String)
        case exists(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .invalidID(let id):
                return "'\(id)' is not a valid id: use lower case letters, digits and hyphens (as in '\(Identifier.suggest(id))')"
            case .exists(let path):
                return "\(path) already exists; nothing was overwritten (choose another id or --dir)"
            case .cannotWrite(let path, let why):
                return "cannot write \(path): \(why)"
            }
        }

        public var errorDescription: String? { description }
    }

    /// The chart id a new pack's first item points at.
    public static func firstChartID(ofPack id: String) -> String { "\(id)-01" }

    /// A pack skeleton whose one item names chart `firstChartID(ofPack:)`.
    public static func pack(id: String) -> String {
        """
        # Exercise pack '\(id)'. The format is explained in Exercises/FORMAT.md.
        # Check it with:  chartdrill lint \(id)
        id: \(id)                      # must match the folder's name
        title: Write the pack's title here
        version: 1.0.0                  # raise it when you change the keys
        author: Your name or your school
        description: >
          One or two sentences telling the trainee what this pack practises.
        codeSet: FY2026                 # the code-set release the keys are written for
        mode: drill                     # drill, or exam (then fill in 'exam:' below)
        codeBook: true                  # may the trainee look codes up during the pack?
        # exam:
        #   timeLimitMinutes: 60
        #   passMark: 70                # percent of the points
        # scoring:                      # optional: points per finding, overriding the defaults
        #   extra: -0.5
        items:
          - id: item-01                 # unique in this pack
            chart: \(firstChartID(ofPack: id))         # a chart id; create it with: chartdrill new chart \(firstChartID(ofPack: id))
            task: Assign the ICD-10-CM codes for this encounter, first-listed diagnosis first.
            systems: [icd10cm]          # icd10cm, icd10pcs, cpt, hcpcs
            key:
              - code: J06.9             # replace with the right codes
                role: first-listed      # principal (inpatient) | first-listed | secondary | procedure
            rationale: |
              Say in your own words how a coder reaches the answer: the index path, the
              tabular notes and guideline that apply, and why tempting codes are wrong.
            hint: One short nudge, shown on request.
            tags: [chapter:10, skill:symptoms-vs-diagnosis]
            points: 1

        """
    }

    /// A chart skeleton: front matter and the usual sections of an office note, no identifiers.
    public static func chart(id: String) -> String {
        """
        ---
        id: \(id)
        setting: outpatient          # outpatient | inpatient | emergency | observation | ambulatory-surgery
        document: office note        # office note, emergency record, operative report, discharge summary, ...
        specialty: family medicine
        title: Write a short title here
        ---
        <!-- A synthetic chart: no names, no dates finer than the year, no ages over 89,
             no numbers that identify anyone. Write [NAME], [DATE], "the patient", "hospital day 2". -->

        ## Chief complaint
        Sore throat and runny nose for three days.

        ## History of present illness
        The patient is a 34-year-old seen for nasal congestion, sore throat and a mild cough.
        No fever, no shortness of breath.

        ## Examination
        Temperature 37.4 C, pulse 78, BP 118/76. Mild pharyngeal erythema without exudate.
        Lungs clear.

        ## Assessment and plan
        Acute upper respiratory infection. Supportive care; return if symptoms worsen.

        """
    }

    /// Writes `<folder>/<id>/pack.yaml`; refuses to overwrite. Returns the file written.
    @discardableResult
    public static func writePack(id: String, in folder: URL) throws(Failure) -> URL {
        guard Identifier.isValid(id) else { throw .invalidID(id) }
        let packFolder = folder.appendingPathComponent(id)
        let file = packFolder.appendingPathComponent("pack.yaml")
        try write(pack(id: id), to: file, creating: packFolder)
        return file
    }

    /// Writes `<folder>/<id>.md`; refuses to overwrite. Returns the file written.
    @discardableResult
    public static func writeChart(id: String, in folder: URL) throws(Failure) -> URL {
        guard Identifier.isValid(id) else { throw .invalidID(id) }
        let file = folder.appendingPathComponent("\(id).md")
        try write(chart(id: id), to: file, creating: folder)
        return file
    }

    private static func write(_ text: String, to file: URL, creating folder: URL) throws(Failure) {
        let path = PackLibrary.displayPath(file)
        guard !FileManager.default.fileExists(atPath: file.path) else { throw .exists(path) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // withoutOverwriting: a file that appeared since the check is not replaced either.
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            throw .cannotWrite(path, error.localizedDescription)
        }
    }
}
