import Foundation

/// The abbreviations coders and clinicians write, expanded before a search.
public enum CoderAbbreviations {
    /// Abbreviation (lower case) → the words it stands for.
    public static let table: [String: String] = [
        "chf": "congestive heart failure", "hf": "heart failure", "hfref": "systolic heart failure",
        "hfpef": "diastolic heart failure", "copd": "chronic obstructive pulmonary disease",
        "aecopd": "chronic obstructive pulmonary disease exacerbation",
        "t2dm": "type 2 diabetes mellitus", "dm2": "type 2 diabetes mellitus", "t2d": "type 2 diabetes mellitus",
        "niddm": "type 2 diabetes mellitus", "t1dm": "type 1 diabetes mellitus", "dm1": "type 1 diabetes mellitus",
        "iddm": "type 1 diabetes mellitus", "dm": "diabetes mellitus", "gdm": "gestational diabetes",
        "htn": "hypertension", "ckd": "chronic kidney disease", "esrd": "end stage renal disease",
        "aki": "acute kidney injury", "arf": "acute kidney failure", "uti": "urinary tract infection",
        "fx": "fracture", "fxs": "fracture", "mi": "myocardial infarction", "ami": "acute myocardial infarction",
        "stemi": "st elevation myocardial infarction", "nstemi": "non st elevation myocardial infarction",
        "cad": "coronary artery disease atherosclerotic heart", "gerd": "gastroesophageal reflux disease",
        "uri": "upper respiratory infection", "urti": "upper respiratory infection",
        "afib": "atrial fibrillation", "af": "atrial fibrillation", "aflutter": "atrial flutter",
        "pna": "pneumonia", "cap": "pneumonia", "sob": "shortness of breath", "doe": "dyspnea",
        "cp": "chest pain", "ha": "headache", "n/v": "nausea vomiting", "nv": "nausea vomiting",
        "dvt": "deep vein thrombosis", "pe": "pulmonary embolism", "cva": "cerebral infarction",
        "tia": "transient ischemic attack", "osa": "obstructive sleep apnea", "bph": "benign prostatic hyperplasia",
        "oa": "osteoarthritis", "ra": "rheumatoid arthritis", "lbp": "low back pain", "sz": "seizure",
        "hld": "hyperlipidemia", "etoh": "alcohol", "abd": "abdominal", "lt": "left", "rt": "right",
        "bilat": "bilateral", "b/l": "bilateral", "hx": "history", "h/o": "history", "s/p": "status",
        "pud": "peptic ulcer", "ibs": "irritable bowel syndrome", "ibd": "inflammatory bowel disease",
        "uc": "ulcerative colitis", "ards": "acute respiratory distress syndrome", "dka": "diabetic ketoacidosis",
        "hhs": "hyperosmolar", "mrsa": "methicillin resistant staphylococcus aureus", "ptsd": "post traumatic stress disorder",
        "adhd": "attention deficit hyperactivity disorder", "ocd": "obsessive compulsive disorder",
        "mdd": "major depressive disorder", "gad": "generalized anxiety disorder", "hiv": "human immunodeficiency virus",
        "ms": "multiple sclerosis", "als": "amyotrophic lateral sclerosis", "tbi": "traumatic brain injury",
        "loc": "loss of consciousness", "w/": "with", "w/o": "without", "wo": "without", "ca": "malignant neoplasm",
        "mets": "secondary malignant neoplasm", "lle": "left lower limb", "rle": "right lower limb",
        "lue": "left upper limb", "rue": "right upper limb", "dehyd": "dehydration", "hypoK": "hypokalemia",
        "hyperk": "hyperkalemia", "hypokalemia": "hypokalemia", "svt": "supraventricular tachycardia",
        "vtach": "ventricular tachycardia", "vfib": "ventricular fibrillation", "bmi": "body mass index",
        "ams": "altered mental status", "fb": "foreign body", "lac": "laceration", "inj": "injury",
        "bx": "biopsy", "ob": "pregnancy", "iugr": "fetal growth restriction", "pprom": "premature rupture membranes",
        "prom": "premature rupture membranes", "uri's": "upper respiratory infection", "utis": "urinary tract infection",
        "cellulitis": "cellulitis", "om": "otitis media", "aom": "acute otitis media", "strep": "streptococcal",
        "gi": "gastrointestinal", "gib": "gastrointestinal hemorrhage", "ugib": "upper gastrointestinal hemorrhage",
        "lgib": "lower gastrointestinal hemorrhage", "sah": "subarachnoid hemorrhage", "ich": "intracerebral hemorrhage",
        "sdh": "subdural hemorrhage", "ckd3": "chronic kidney disease stage 3", "hyperchol": "hypercholesterolemia",
        "hypothyroid": "hypothyroidism", "hyperthyroid": "hyperthyroidism", "anemia": "anemia",
        "ida": "iron deficiency anemia", "pvd": "peripheral vascular disease", "pad": "peripheral vascular disease",
        "aaa": "abdominal aortic aneurysm", "bmp": "", "r/o": "", "c/o": "", "yo": "", "y/o": "",
        "initial": "initial encounter", "subsequent": "subsequent encounter",
    ]

    /// `query` with every known abbreviation replaced by its words.
    public static func expand(_ query: String) -> String { expansions(query, senses: [:]).first ?? query }

    /// The readings of `query`: abbreviations replaced by their words, one reading per sense
    /// of the first abbreviation that has several ("ms" → multiple sclerosis, mitral
    /// stenosis), at most three. `senses` (from the data file) comes before the built-in list.
    public static func expansions(_ query: String, senses: [String: [String]]) -> [String] {
        let tokens = query.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init)
        var readings: [[String]] = [[]]
        var branched = false
        var position = 0
        while position < tokens.count {
            let raw = tokens[position]
            position += 1
            let word = raw.lowercased().trimmingCharacters(in: .punctuationCharacters.subtracting(.init(charactersIn: "/")))
            // Two words that are one abbreviation ("ex lap", "anterior stemi") come first.
            if position < tokens.count, let pair = senses[word + " " + tokens[position].lowercased()] {
                position += 1
                readings = readings.map { $0 + [pair.first ?? ""] }
                continue
            }
            var options = senses[word] ?? senses[raw.lowercased()] ?? table[word].map { [$0] } ?? table[raw.lowercased()].map { [$0] } ?? [raw]
            if options.isEmpty { options = [""] }
            if options.count > 1 && !branched {
                branched = true
                readings = options.prefix(3).flatMap { option in readings.map { $0 + [option] } }
            } else {
                readings = readings.map { $0 + [options[0]] }
            }
        }
        return readings.map { $0.joined(separator: " ") }
    }

    /// Reads `abbreviation<TAB>sense | sense<TAB>source` lines after a header; a missing or
    /// unreadable file gives none (the built-in list then serves alone).
    static func read(_ url: URL) -> [String: [String]] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        var result: [String: [String]] = [:]
        result.reserveCapacity(1024)
        // Scanned as bytes: Data slices, Character-wise splitting and Foundation's trimming
        // cost milliseconds at every look-up process's first query.
        let bytes = [UInt8](data)
        var lineStart = 0
        var first = true
        func text(_ from: Int, _ to: Int) -> String {
            var a = from, b = to
            while a < b, bytes[a] == 0x20 { a += 1 }
            while b > a, bytes[b - 1] == 0x20 { b -= 1 }
            return String(decoding: bytes[a..<b], as: UTF8.self)
        }
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            defer { lineStart = index + 1 }
            if first { first = false; continue }  // the header
            guard let tab = bytes[lineStart..<index].firstIndex(of: 0x09) else { continue }
            let end = bytes[(tab + 1)..<index].firstIndex(of: 0x09) ?? index
            var senses: [String] = []
            var pieceStart = tab + 1
            for j in (tab + 1)...end where j == end || bytes[j] == UInt8(ascii: "|") {
                let sense = text(pieceStart, j)
                if !sense.isEmpty { senses.append(sense) }
                pieceStart = j + 1
            }
            result[text(lineStart, tab).lowercased()] = senses
        }
        return result
    }
}
