#!/usr/bin/env python3
"""Build Sources/ExercisePacks/PHINamesWorld.swift: given names and surnames of the Faker locales that
PHINames.swift does not draw on, tiered the same way.

Build-time only (nothing at run time needs Python). Needs Faker 40.63.0 (`pip install faker==40.63.0`) and the
Debian `wamerican` word list (/usr/share/dict/american-english). Run from the package root:

    python3 Tools/phi-names/world_names.py ../shared/data > Sources/ExercisePacks/PHINamesWorld.swift

Tiers, as in PHINamesCensus.swift: a name that is also a lower-case English word is `ambiguous` (given names;
such surnames are left out); a word of the shipped ICD-10-CM code titles, Table of Drugs or PCS index is
`clinical`. Names already listed, places, months, holidays, states, countries, peoples and names under three
letters are left out.
"""
import re, sys, unicodedata, importlib, pathlib, textwrap

# Latin-script locales only: a capitalised word in another script is not what this scan reads.
LOCALES = [
    "az_AZ", "cs_CZ", "da_DK", "de_AT", "de_CH", "de_LI", "de_LU", "en_KE", "en_NZ", "en_PK", "es", "es_AR",
    "es_CA", "es_CL", "es_CO", "et_EE", "fi_FI", "fr_BE", "fr_CA", "fr_CH", "fr_QC", "ga_IE", "ha_NG", "hr_HR",
    "hu_HU", "id_ID", "is_IS", "lt_LT", "lv_LV", "nl_BE", "no_NO", "pt_PT", "ro_RO", "sk_SK", "sl_SI", "sv_SE",
    "sw", "tr_TR", "uz_UZ", "zu_ZA",
]
PARTICLES = {"de", "van", "der", "von", "del", "la", "le", "du", "da", "dos", "das", "di", "bin", "al", "el",
             "ben", "ter", "ten", "den", "het", "zu", "und", "of", "y", "e", "ou", "af", "mac", "mc"}
WORD = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")

def fold(word):
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))

def swift_lists(path, names):
    text = pathlib.Path(path).read_text()
    words = set()
    for name in names:
        m = re.search(r"static let %s = \"\"\"\n(.*?)\"\"\"" % name, text, re.S)
        if m: words.update(m.group(1).split())
    return words

# Sets of PHIScanner.swift whose words are no one's name here: months, holidays, states, countries, regions, peoples.
SCANNER_SETS = ["peoples", "holidays", "dayHolidays", "stateNames", "multiWordStates", "countries", "twoWordCountries",
                "regions", "fullMonths", "shortMonths", "foreignMonths"]
# Words of charts in other languages that Faker also lists as names.
NOT_NAMES = {"bett"}

def scanner_words(path):
    text = pathlib.Path(path).read_text()
    words = set()
    for name in SCANNER_SETS:
        m = re.search(r"static let %s\b(.*?)(?=\n    (?:static |///|private |func )|\n}\n)" % name, text, re.S)
        if not m: sys.exit("no set %s in %s" % (name, path))
        for word in re.findall(r"[^\W\d_]+", m.group(1)):
            words.add(word.lower()); words.add(fold(word.lower()))
    return words

def provider_names(locale):
    module = importlib.import_module("faker.providers.person." + locale)
    cls = module.Provider
    given, surnames = set(), set()
    for attr in dir(cls):
        if not attr.startswith(("first_names", "last_names")) or "prefix" in attr or "suffix" in attr:
            continue
        value = getattr(cls, attr)
        if isinstance(value, dict): value = value.keys()
        if not isinstance(value, (list, tuple, set, type({}.keys()))): continue
        target = given if attr.startswith("first") else surnames
        for entry in value:
            if not isinstance(entry, str): continue
            for part in entry.replace("\u2019", "'").split():
                part = part.lower()
                if part in PARTICLES or len(part) < 3 or not WORD.match(part): continue
                target.add(part)
                target.add(fold(part))
    return given, surnames

def clinical_words(data):
    words = set()
    data = pathlib.Path(data)
    for path in [data / "icd10cm/icd10cm-code-list-2026-april.txt", data / "icd10cm/icd10cm-drug-table-2025.xml",
                 data / "icd10pcs/icd10pcs-index-2025.xml"]:
        words.update(w.lower() for w in re.findall(r"[A-Za-z][a-z]+", path.read_text(encoding="latin-1")))
    return words

def swift_block(name, words, doc):
    lines, line = [], "        "
    for word in sorted(words):
        if len(line) + len(word) + 1 > 120:
            lines.append(line.rstrip()); line = "        "
        line += word + " "
    lines.append(line.rstrip())
    return '    /// %s\n    static let %s = """\n%s\n        """\n' % (doc, name, "\n".join(lines))

def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
    root = pathlib.Path(__file__).resolve().parents[2] / "Sources/ExercisePacks"
    known_given = swift_lists(root / "PHINames.swift", ["given"]) | swift_lists(root / "PHINamesCensus.swift", ["censusGiven"])
    known_surnames = swift_lists(root / "PHINames.swift", ["surnames"]) | swift_lists(root / "PHINamesCensus.swift", ["censusSurnames"])
    known_other = swift_lists(root / "PHINames.swift", ["ambiguous", "clinical"])
    known_other |= swift_lists(root / "PHINamesCensus.swift", ["censusAmbiguous", "censusClinicalGiven", "censusClinicalSurnames"])
    places = swift_lists(root / "PHIPlaces.swift", ["cities"]) | scanner_words(root / "PHIScanner.swift") | NOT_NAMES
    english = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8") if w.strip().islower()}
    english |= {fold(w) for w in english}
    clinical = clinical_words(data)
    given, surnames = set(), set()
    for locale in LOCALES:
        g, s = provider_names(locale)
        given |= g; surnames |= s
    # A name listed only as a surname may be given here too (`Luca`, `Bartholomew`), and the other way round; one
    # already ambiguous or clinical is left as it is.
    given -= known_given | known_other | places
    surnames -= known_surnames | known_other | places | given
    out = {"worldGiven": set(), "worldSurnames": set(), "worldAmbiguous": set(),
           "worldClinicalGiven": set(), "worldClinicalSurnames": set()}
    for word in given:
        if word in english: out["worldAmbiguous"].add(word)
        elif word in clinical: out["worldClinicalGiven"].add(word)
        else: out["worldGiven"].add(word)
    for word in surnames:
        if word in english: continue
        if word in clinical: out["worldClinicalSurnames"].add(word)
        else: out["worldSurnames"].add(word)
    header = ("Given names and surnames of more countries for the PHI scan, lower case: the person providers of Faker "
              "40.63.0 (PyPI `faker`, MIT licence) for %d Latin-script locales that `PHINames.swift` does not draw on (%s), "
              "accents kept and also folded. Only names not already in `PHINames.swift` or `PHINamesCensus.swift` in the "
              "same role (a listed surname may be a given name here), not ambiguous or clinical there, and no listed city, "
              "month, holiday, state, country or people. Tiered as there. Generated by `Tools/phi-names/world_names.py`; "
              "do not edit by hand.") % (len(LOCALES), ", ".join(LOCALES))
    for line in textwrap.wrap(header, 112): print("/// " + line)
    print("extension PHIScanner.Names {")
    docs = {"worldGiven": "Given names that are no English word.", "worldSurnames": "Surnames that are no English word.",
            "worldAmbiguous": "Given names that are also English words.",
            "worldClinicalGiven": "Given names that are also words of the code sets.",
            "worldClinicalSurnames": "Surnames that are also words of the code sets."}
    print("\n".join(swift_block(k, v, docs[k]) for k, v in out.items()), end="")
    print("}")
    for k, v in out.items(): print(k, len(v), file=sys.stderr)

main()
