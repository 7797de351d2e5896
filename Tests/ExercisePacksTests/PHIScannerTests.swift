import ExercisePacks
import Foundation
import Testing

@Suite struct PHIScannerTests {
    let scanner = PHIScanner()

    // MARK: - Corpora

    @Test func catchesAtLeast95PercentOfThePlantedIdentifiers() throws {
        let planted = try Fixtures.lines("planted.txt")
        #expect(planted.count >= 100)
        let missed = planted.filter { scanner.scan(line: $0).isEmpty }
        let caught = Double(planted.count - missed.count) / Double(planted.count)
        #expect(caught >= 0.95, "caught \(Int(caught * 100))%; missed:\n\(missed.joined(separator: "\n"))")
    }

    @Test func raisesNoFalseAlarmOnCleanClinicalText() throws {
        let clean = try Fixtures.lines("clean.txt")
        #expect(clean.count >= 100)
        let alarms = clean.compactMap { line -> String? in
            let found = scanner.scan(line: line)
            return found.isEmpty ? nil : "\(line)  <- \(found.map { "\($0.kind.rawValue) '\($0.text)'" })"
        }
        #expect(alarms.isEmpty, "false alarms:\n\(alarms.joined(separator: "\n"))")
    }

    @Test func raisesNoAlarmOnTheShippedCharts() throws {
        let charts = Fixtures.repositoryRoot.appendingPathComponent("Content/charts")
        let library = PackLibrary.load(packSources: [], chartLibraries: [charts])
        var alarms: [String] = []
        for chart in library.charts {
            for (line, finding) in scanner.scan(text: chart.body, firstLine: chart.bodyStartLine) {
                alarms.append("\(chart.sourceFile):\(line): \(finding.kind.rawValue) '\(finding.text)'")
            }
        }
        #expect(alarms.isEmpty, "\(alarms.joined(separator: "\n"))")
    }

    /// The independent corpora's tuning parts (`Tests/Fixtures/phi-corpus/tuning*.tsv`, `CATEGORY<TAB>LABEL<TAB>TEXT`):
    /// every identifier line is caught and no clean line raises an alarm. (The held-out part is measured by
    /// `make bench`, not here.)
    @Test(arguments: ["tuning", "tuning-2", "tuning-3", "tuning-4", "tuning-5", "tuning-6", "tuning-7", "tuning-8", "tuning-9", "tuning-10", "tuning-11", "tuning-12", "tuning-13", "tuning-14", "tuning-15", "tuning-16", "tuning-17", "tuning-18", "tuning-19", "tuning-20", "tuning-21", "tuning-22", "tuning-23", "tuning-24", "tuning-25", "tuning-26", "tuning-27", "tuning-28", "tuning-29", "tuning-30", "tuning-31", "tuning-32", "tuning-33", "tuning-34", "tuning-35", "tuning-36", "tuning-37", "tuning-38"])
    func catchesEveryTuningIdentifierAndRaisesNoTuningAlarm(part: String) throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/phi-corpus/\(part).tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 2) }
            .filter { $0.count == 3 }
        let identifiers = rows.filter { $0[1] == "phi" }
        let clean = rows.filter { $0[1] == "clean" }
        #expect(identifiers.count >= 100 && clean.count >= 100)
        let missed = identifiers.filter { scanner.scan(line: $0[2]).isEmpty }.map { "\($0[0]): \($0[2])" }
        let alarms = clean.compactMap { row -> String? in
            let found = scanner.scan(line: row[2])
            return found.isEmpty ? nil : "\(row[0]): \(row[2])  <- \(found.map { "\($0.kind.rawValue) '\($0.text)'" })"
        }
        #expect(missed.isEmpty, "missed \(missed.count) of \(identifiers.count):\n\(missed.joined(separator: "\n"))")
        #expect(alarms.isEmpty, "\(alarms.count) false alarms in \(clean.count):\n\(alarms.joined(separator: "\n"))")
    }

    // MARK: - The brief's examples

    @Test(arguments: [
        ("Seen 3/14 for a cough.", PHIScanner.Kind.date),
        ("Admitted 03/14/2025.", .date),
        ("Seen March 14.", .date),
        ("Onset 14 Mar 2025.", .date),
        ("Surgery 2025-03-14.", .date),
        ("A 92-year-old man.", .age),
        ("She is age 95.", .age),
        ("Dr. Smith saw him.", .name),
        ("Patient: Ann Lee", .name),
        ("Call 614-555-0142.", .phone),
        ("Mail jo@example.org", .email),
        ("SSN 123-45-6789", .ssn),
        ("MRN 4455667", .recordNumber),
        ("VIN 1HGCM82633A004352", .vehicle),
        ("See https://example.com/x", .url),
        ("From 192.168.1.20", .ipAddress),
        ("Columbus, OH 43210", .zipCode),
        ("Lives at 42 Elm Street", .address),
    ])
    func findsEachKind(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line)")
    }

    @Test(arguments: [
        "BP 128/82", "Strength 5/5 in all extremities", "A 2/6 murmur", "Vision 20/20", "Hospital day 2",
        "POD 1", "Pain 7/10", "1/2 tablet", "Dr. [NAME] agreed", "Patient: [NAME]", "Date: [DATE]", "MRN: [MRN]",
        "The patient is 90 or older", "G2P1 at 32 4/7 weeks", "In 2024 the patient moved.",
    ])
    func passesClinicalNumbersAndPlaceholders(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test func reportsTheColumnOfTheIdentifier() {
        let found = scanner.scan(line: "Seen on 3/14 by the team")
        #expect(found.map(\.column) == [9])
        #expect(found.first?.text == "3/14")
    }

    // MARK: - Formats beyond the brief's first examples

    @Test(arguments: [
        // Dates with a month name, dotted ISO dates, dates in words, labelled day/month.
        ("Colonoscopy on 14-Aug-2024 was normal.", PHIScanner.Kind.date),
        ("Seen Aug 14, 2024 for a rash.", .date),
        ("Follow-up on August 14th.", .date),
        ("CT performed 2024.08.14 elsewhere.", .date),
        ("Last Pap smear Aug. 14 was normal.", .date),
        ("DOB 14AUG1950 on the old chart.", .date),
        ("Given on the twelfth of May, two thousand nineteen.", .date),
        ("Scheduled August the 14th.", .date),
        ("Surgery planned for March of 2025.", .date),
        ("LMP: 2/28, test negative.", .date),
        ("Pain since late Aug. 2024.", .date),
        ("Fell at home over Thanksgiving.", .date),
        // Ages over 89 in words.
        ("A ninety-two-year-old retired teacher.", .age),
        ("Still independent in her 90s.", .age),
        ("He turned 100 last week.", .age),
        // Spaced and international phones.
        ("Reach her at +1 415 555 0166 after 5 pm.", .phone),
        ("Office line 020 7946 0123 per the letter.", .phone),
        ("Instructed to call 555 0166 if fever recurs.", .phone),
        ("Send the summary by facsimile to 206 555 0108.", .phone),
        ("Telefax +49 30 55501234 from abroad.", .phone),
        ("Call +1.415.555.0166 tonight.", .phone),
        // SSNs with spaces and their last four.
        ("S.S.N. 305 66 1428 on the transfer form.", .ssn),
        ("Verified last four of social 6789.", .ssn),
        ("Social security number ends in 4421.", .ssn),
        // Vehicles.
        ("Vanity plate DRMOM1 on the minivan.", .vehicle),
        ("Car registration LK19 XPM (UK).", .vehicle),
        ("Tag number 3HG-772 at the scene.", .vehicle),
        ("Hull identification number ABC67893D404.", .vehicle),
        // Licences and other numbers after their labels.
        ("State ID D12345678 copied.", .number),
        ("Driver's license number C0987654 on file.", .recordNumber),
        ("Prescriber DEA #: BR1234563.", .recordNumber),
        ("Ordering provider NPI 1234567893.", .recordNumber),
        ("Passport number X12345678 for the letter.", .recordNumber),
        ("Military ID 1122334455 presented.", .recordNumber),
        ("Employee ID E-448812 for the claim.", .number),
        ("Student ID S1029384 for school.", .number),
        ("Badge number 44721 for the employee.", .recordNumber),
        ("Lab accession number S24-118293.", .recordNumber),
        ("Court case number 24-CR-00871.", .recordNumber),
        ("Board certification number ABIM 289104.", .recordNumber),
        ("Retinal study ID RS-009912.", .number),
        // Medicare MBI, cards, accounts.
        ("Medicare 1EG4-TE5-MK73 verified.", .recordNumber),
        ("Medicare MBI 5QW7RT2HN48 on the card.", .recordNumber),
        ("Mastercard 5425 2334 3010 9903 on file.", .account),
        ("Card 5500-0000-0000-0004 declined.", .account),
        ("Paid with the card ending in 4421.", .account),
        ("HSA account 9981-0023-4471 for the copay.", .account),
        // Devices.
        ("Pump serial NG1234567H replaced.", .device),
        ("UDI (01)00884521123456(17)250101 in the op note.", .device),
        // Biometrics, photographs, handles.
        ("Fingerprint template on file for dispensing.", .biometric),
        ("Voiceprint on file used to verify identity.", .biometric),
        ("Retinal scan identifier RS-009912 on file.", .biometric),
        ("Palm vein scan enrolled at check-in.", .biometric),
        ("Full-face photo attached to the chart.", .photo),
        ("Selfie sent by the patient, face visible.", .photo),
        ("Patient photo for identification in the banner.", .photo),
        ("Snapchat username kiki_lopez2009 shared.", .handle),
        ("Posts as @marisol.paints online.", .handle),
        // Addresses and places smaller than a state.
        ("From 2001:db8:acad:1::25 per the log.", .ipAddress),
        ("Letter from 77 Rue Saint-Denis.", .address),
        ("Montréal, QC H2X 3K8", .zipCode),
        ("Address: 221B Baker Street.", .address),
        ("Lives near the corner of Elm and 5th.", .address),
        ("Lives off Route 9 with her son.", .address),
        ("Moved to Cuyahoga County last year.", .place),
        ("Has lived in Houston for twenty years.", .place),
        ("Originally from Lagos, speaks Yoruba.", .place),
        ("Home is in the Little Havana area.", .place),
        ("GPS coordinates 40.7128, -74.0060 from EMS.", .place),
        ("Poll worker in Precinct 14B.", .place),
        ("ZIP 43215-1234 on the label.", .zipCode),
        // Names in prose.
        ("John Smith presented with chest pain.", .name),
        ("Seen with her husband Carlos today.", .name),
        ("Daughter Maria Lopez at bedside.", .name),
        ("Dr. Alvarez's patient for ten years.", .name),
        ("pt accompanied by son kenji watanabe", .name),
        ("MARGARET O'BRIEN presented to the ED.", .name),
        ("Signed: Priya Raman, MD", .name),
        ("Jean-Baptiste Moreau-Lefèvre is a 64-year-old man.", .name),
        ("Prefers to be called Dottie.", .name),
        ("Nurse Rodriguez gave the dose.", .name),
        ("seen by dr. smith yesterday", .name),
        ("Her friend Keisha will stay tonight.", .name),
        ("Nguyen reports the pain is better.", .name),
        ("Tattoo with the name Ravenwood on the back.", .name),
    ])
    func findsTheNewFormats(line: String, kind: PHIScanner.Kind) {
        let found = scanner.scan(line: line)
        #expect(found.map(\.kind).contains(kind), "\(line): \(found.map { "\($0.kind.rawValue) '\($0.text)'" })")
    }

    @Test(arguments: [
        // Eponyms, devices and brands stay clean, and so do names inside eponyms.
        "Parkinson disease with resting tremor.", "Crohn's flare with diarrhea.", "Colles fracture of the wrist.",
        "Foley catheter removed.", "Whipple procedure planned.", "Positive Murphy sign.", "Babinski negative.",
        "Apgars 8 and 9.", "Allen test normal before the arterial line.", "Lou Gehrig disease diagnosed last year.",
        "Tommy John surgery as a teenager.", "Sister Mary Joseph nodule at the umbilicus.", "Austin Flint murmur.",
        "Addison disease on hydrocortisone.", "Jackson-Pratt drain removed.", "Mayo stand and Adson forceps.",
        "Glasgow Coma Scale 14.", "Philadelphia chromosome positive.", "Started Eliquis and Flomax.",
        "Boston Scientific ICD interrogated.",
        // A state, a country or a region alone; homes without a place name.
        "Emigrated from Guatemala as a teenager.", "Lives in Texas with her husband.", "Moved from Ohio last year.",
        "Grew up in New York.", "Travel to sub-Saharan Africa.", "Lives in a rural county.",
        "Lives in an assisted living facility.", "Reported to the state health department.",
        // Relatives and roles without names.
        "Mother reports the child has been febrile.", "Husband states she is more forgetful.",
        "Family history: Mother with Alzheimer disease.", "Nursing reports a restless night.",
        "Creatinine returned to 0.9 by hospital day 3.", "The Medicare Code Editor reports it as unacceptable.",
        // Masks, wound photos, screening and words that only look like cues.
        "BiPAP via full-face mask overnight.", "Photos of the wound for the wound team.",
        "Biometric screening: BMI 31.", "Tattoo on the left forearm.", "Family discord Z63.8 coded.",
        // Numbers that only look like identifiers.
        "Given at 0800 1200 1600 2000.", "Coded 99213-25 and 29881-59-RT.", "PCS 027034Z for the stent.",
        "Absence of family member Z63.31.", "Arrest of growth plate M89.1.", "ABG pH 7.26, pCO2 74.",
        "Home readings 120s-130s.", "Disc protrusion at L4-L5.", "CURB-65 score of 2.", "May resume aspirin.",
        "Times 14:30:00 and 15:45:10.", "Epinephrine 1:100,000 infiltrated.",
    ])
    func passesEponymsPlacesAndLookAlikes(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    // MARK: - Forms beyond the tuning corpus

    @Test(arguments: [
        // Names: unlisted surnames after a weak title, set-off names, lone given names after talking, families.
        ("Nurse Kowalczyk notified the resident.", PHIScanner.Kind.name),
        ("Chaplain Father Brennan visited the family.", .name),
        ("Lives with her partner, Dana Whitcombe, who helps.", .name),
        ("Spoke with Linda, the patient's daughter, by phone.", .name),
        ("Per Esperanza, the home health aide, he fell twice.", .name),
        ("Spoke with Brianna at the pharmacy.", .name),
        ("The Kowalczyk family requests no visitors.", .name),
        // Dates, ages.
        ("Labs drawn 8.14.24 were normal.", .date),
        ("91M with syncope.", .age),
        ("92F presents with confusion.", .age),
        ("He celebrated his 95th birthday last month.", .age),
        ("He is 104 and still drives.", .age),
        ("Oldest patient on the unit at 107.", .age),
        // Phones: vanity, bracketed with a full stop, UK mobile.
        ("Reach the family at 1-800-FLOWERS.", .phone),
        ("Call the nurse line at 1-888-555-HELP.", .phone),
        ("Can be reached at (503)555-0199.", .phone),
        ("Daughter can be reached on 07700 900456.", .phone),
        // Licences, IDs, vehicles, devices.
        ("Pharmacist license RPh 44812 on the log.", .recordNumber),
        ("Nursing license verification: MN RN 1982736 active.", .recordNumber),
        ("Learner's permit L123-456-78-910 copied.", .recordNumber),
        ("NY non-driver state ID 482 119 507 used.", .number),
        ("Chilean cédula de identidad 12.345.678-5 presented.", .number),
        ("Registration 8XYZ992 on the tow form.", .vehicle),
        ("Car tag JKL 992 seen by a witness.", .vehicle),
        ("Texas plates GHT-4471 per the officer.", .vehicle),
        ("License plate \"BRB 4U\" noted by police.", .vehicle),
        ("Hearing aid serial numbers L: 2204A1193, R: 2204A1194.", .device),
        // Places: landmarks, highways, joined coordinates, labelled latitude, small cities, two-word states.
        ("Sleeps under the Burnside Bridge most nights.", .place),
        ("Found at Greenwood Park by a jogger.", .place),
        ("Crash on I-95 near exit 42.", .address),
        ("Location 47.6062,-122.3321 shared from the phone.", .place),
        ("Wearable logged latitude 34.0522 at the fall.", .place),
        ("Works at the cannery in Astoria.", .place),
        ("Works at a warehouse in Elizabeth, New Jersey.", .address),
        // Biometrics, photographs, videos.
        ("Vein pattern biometric token VPT-8812 linked.", .biometric),
        ("Handprint scan used for the time clock.", .biometric),
        ("Keystroke dynamics profile used for portal login.", .biometric),
        ("Booking photograph included with the hold paperwork.", .photo),
        ("Mug shot from the police attached.", .photo),
        ("Passport photo page scanned into the chart.", .photo),
        ("Video of the patient's face recorded for the study.", .photo),
        ("Full-face images stored in the album.", .photo),
        // Unique characteristics.
        ("Patient won the Olympic gold medal in luge.", .number),
        ("Patient is the current mayor of the town.", .number),
        ("Known locally as the only left-handed violinist in the county orchestra.", .number),
        ("Patient is a local television meteorologist.", .number),
        ("Patient is the town's only pharmacist.", .number),
        ("Has a distinctive birthmark shaped like a star.", .number),
        ("Tattoo of his daughter's name on his chest.", .number),
        ("Tattoo on the neck that says \"Lil Mike\".", .number),
    ])
    func findsFormsBeyondTheTuningCorpus(line: String, kind: PHIScanner.Kind) {
        let found = scanner.scan(line: line)
        #expect(found.map(\.kind).contains(kind), "\(line): \(found.map { "\($0.kind.rawValue) '\($0.text)'" })")
    }

    @Test(arguments: [
        "16 Fr Foley placed with clear urine.", "14 Fr Coude catheter inserted.", "SNOMED 44054006 diabetes.",
        "LOINC 4548-4 hemoglobin A1c.", "Photo ID verified at check-in.", "CT of the facial bones shows no fracture.",
        "Video EEG captured facial twitching.", "Telehealth video visit, patient at home.", "Grew up in the South.",
        "Lives in California's Central Valley.", "She works in the news industry as an editor.",
        "Her only known allergy is penicillin.", "The only medication is lisinopril.", "He is the only child of elderly parents.",
        "Tattoos on both arms.", "Irregularly shaped scar on the knee.", "Birthmark on the back, unchanged.",
        "Conjoined twins delivered by cesarean.", "Denis Browne bar for clubfoot.", "Nurse Practitioner visit for follow-up.",
        "Father Time jokes aside, he feels old.", "I-131 therapy for Graves disease.", "He is 90 minutes from the hospital.",
        "She was 95% on room air.", "Brand name medication preferred.", "Rocky Mountain spotted fever titers pending.",
        "Out of network doctor visit.", "Watches a TV show every evening.", "Version 2.1.3 of the EHR.",
        "Hypoglycemia was recognized by staff and treated.", "Faxed the results to the PCP.",
    ])
    func passesLookAlikesOfTheNewRules(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    // MARK: - Families of forms from the second corpus

    @Test(arguments: [
        // IPv6 in brackets with a port, with a zone, with an IPv4 tail.
        ("Connected from [2001:db8::1]:8080 per the audit log.", PHIScanner.Kind.ipAddress),
        ("Login from fe80::1ff:fe23:4567:890a%eth0 noted.", .ipAddress),
        ("Access from ::ffff:192.168.10.5 in the log.", .ipAddress),
        ("Client 2001:0db8:0000:0000:0000:ff00:0042:8329 logged.", .ipAddress),
        ("Prefix 2001:db8:abcd::/48 assigned to the clinic.", .ipAddress),
        // Phones with slashes, full stops, extensions, number signs, digit by digit.
        ("Contact # written on the intake form as 555/0188.", .phone),
        ("Phone number 614/555/0142 on the form.", .phone),
        ("Ph: 555.0142", .phone),
        ("home ph# 555 0158, no cell", .phone),
        ("Call (614) 555-0142 ext. 204 for results.", .phone),
        ("Reach her at +44 20 7946 0958.", .phone),
        ("Call 6 1 4 5 5 5 0 1 4 2 tonight.", .phone),
        // SSNs in any grouping.
        ("Pt wrote her SS number as 6 0 2 - 1 4 - 7 7 8 9 with spaces.", .ssn),
        ("SSN 1 2 3 4 5 6 7 8 9 read aloud.", .ssn),
        ("SS# 219 09 9999 confirmed.", .ssn),
        // Devices, licences, vehicles.
        ("CGM transmitter ID 8GM4LK entered into the app.", .device),
        ("Insulin pump S/N: 8GM4LK9 replaced.", .device),
        ("UDI (01)00884521123456(10)A123(21)SN9981 on the implant log.", .device),
        ("Driver lic: FL W425-120-59-801-0 per the police report.", .recordNumber),
        ("Police report shows the vehicle tag as PA LMR-8812.", .vehicle),
        // Names set off by a role, in brackets, as a nickname.
        ("Handoff given to Xiomara, night shift nurse, at change of shift.", .name),
        ("Report given to Oluwaseun, charge nurse.", .name),
        ("Per MacKenzie (charge RN), bed 14 is ready.", .name),
        ("Per Thandiwe (daughter), he fell twice.", .name),
        ("Goes by the street name \"Tiny Loco\" among shelter staff.", .name),
        ("Known to staff as Boomer.", .name),
        // Photographs and videos of the face in other words.
        ("Clinical photography: full face, eyes open and closed.", .photo),
        ("Close-up of the lesion includes the patient's identifiable face.", .photo),
        ("Screenshot of the video call shows her face.", .photo),
        // Biometrics.
        ("Y-STR haplotype profile for the patient, reference YSTR-0091.", .biometric),
        ("Voice recording voice_pt_88213.wav used for the voice-ID enrollment.", .biometric),
        ("Face-ID enrollment completed on the kiosk.", .biometric),
        // Dates in words, places by block.
        ("Wrote her date of birth as twelve March nineteen fifty-one.", .date),
        ("Born March two thousand three.", .date),
        ("Picked up on the 1600 block of West Elm.", .address),
        ("Found in the 2300 block of South Halsted.", .address),
    ])
    func findsTheSecondCorpusFamilies(line: String, kind: PHIScanner.Kind) {
        let found = scanner.scan(line: line)
        #expect(found.map(\.kind).contains(kind), "\(line): \(found.map { "\($0.kind.rawValue) '\($0.text)'" })")
    }

    @Test(arguments: [
        "BP 128/82 sitting.", "Vision 20/40 OS.", "Strength 5/5 throughout.", "Stage 3/4 pressure injury.",
        "G2P1011 at 32 weeks.", "Target HR 120-160 during exercise.", "Oxycodone q4-6h prn.", "1/2 tab at bedtime.",
        "Metoprolol 25 mg bid.", "Coded E11.65 and 99213.", "NDC 0009-0090-01 dispensed.", "Disc disease at C5-C6.",
        "Hospital day 2, afebrile.", "In 2019 she had a stroke.", "She moved to Texas.", "Positive Tinel and Phalen signs.",
        "Symptoms every winter from December through March.", "Hay fever flares in May and June each year.",
        "Fasting glucose range 100-125 mg/dL.", "Titer 1/160 positive.", "Fetal HR 140/150 baseline.",
        "Ratio 1:1000 dilution.", "Wound 3 x 4 x 0.5 cm.", "Call with questions about the 1/2 tab dose.",
        "Phone triage: BP 150/95, HR 88.", "Tylenol (OD) suspected.", "Stable, per nurse.", "Afebrile, charge nurse aware.",
        "Given 2 units at 0600.", "Procedure ID 0DTJ4ZZ coded.", "Clinical photography of the wound for the team.",
        "HLA typing sent for the transplant workup.", "Counted 1 2 3 4 5 with each breath.", "Fundus photography unremarkable.",
        "The block of the ulnar nerve was performed.", "Reading glasses since nineteen.",
    ])
    func passesTheSecondCorpusLookAlikes(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    // MARK: - Scanned pages and things read out

    @Test func readsAScannedPagesMisreadsAndReportsTheWordAsWritten() {
        let found = scanner.scan(line: "Attend1ng Phys1cian: Ma1colm Fitzgera1d MD")
        #expect(found.first?.kind == .name)
        #expect(found.first?.text == "Ma1colm", "\(found)")
        #expect(found.first?.column == 22)
        let date = scanner.scan(line: "Adm. Date: l2/O4/2O22")
        #expect(date.map(\.kind) == [.date] && date.first?.text == "l2/O4/2O22", "\(date)")
    }

    @Test(arguments: [
        "Clear fluid drained from the left flank, 1 liter total.", "Pt lives alone; cleft lip repaired in 2019.",
        "Plan: follow up in 1-2 weeks, call if worse.", "Lot of blood loss, 2 units PRBC given.",
    ])
    func leavesOrdinaryWordsWithLAndDigitsAlone(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        ("plate dictated as victor kilo six, two two nine", PHIScanner.Kind.number),
        ("Login IP read out as two oh three dot zero dot one one three dot one five.", .ipAddress),
        ("my prescription number is 6 6 0 2 9 1 4 it says on the bottle", .number),
        ("Guarantor's SS number listed as 529 - 08 - 4471 on the registration.", .ssn),
    ])
    func catchesNumbersReadOutOrWrittenInPieces(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: ["Echo 2 3 4 views obtained.", "Delta wave seen on ECG, PR 110 ms.", "Alpha 1 antitrypsin level sent."])
    func passesSpellingAlphabetWordsThatAreClinical(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        ("PATLENT NARNE: Vukovich, Teodor", PHIScanner.Kind.name),
        ("Scan saved as referral_letter_oluwadamilare_brzezinski.pdf in the shared drive.", .name),
        ("Attached: Operative note - Evander Przybylski.docx for the coder.", .name),
        ("- dashiell okonkwo, pharm tech", .name),
        ("Paciente HC 5518230, historia clinica en papel.", .recordNumber),
        ("Still from the lobby CCTV shows the visitor's face clearly.", .photo),
    ])
    func catchesLabelsAsOCRReadsThemAndNamesInFileNames(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        "Seen on the 3rd floor in the infusion suite.", "Fx 14/30 given, no new skin changes.", "Installer exits with 0x80004005 on the kiosk.",
        "Pushed KB5031356 to the nursing workstations overnight.", "Order part number TN760 for the unit printer.",
        "Reader firmware build 12.4.0.17 is on every cart.",
    ])
    func passesFractionsErrorCodesPatchesPartNumbersAndBuilds(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        ("Care plan owner: SW - Radziwill-Achebe; dietitian - Okonjo", PHIScanner.Kind.name),
        ("per hus (Thaddeus) she has stopped the evening dose", .name),
        ("thanks again, -Marisol Quintanilla", .name),
        ("Inmate DRUMMOND-OKAFOR, TYRELL seen at sick call for a rash.", .name),
        ("Stationed at Camp Lemonnier before separation.", .place),
        ("Goes to Pemberton Middle School, 7th grade.", .place),
        ("Uncle, ninety-four, helps with the school run.", .date),
        ("she said the fall was on the twelfth, before the storm", .date),
        ("f/u 4/9 @ 2pm in clinic", .date),
        ("last 4 of social for the callback: 5830", .ssn),
        ("Exome data uploaded as proband_exome.vcf.gz for review.", .biometric),
        ("Huella de voz guardada en el sistema de la farmacia", .biometric),
    ])
    func catchesRoleDashSurnamesSchoolsBasesAgesInWordsAndGenomeFiles(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        "Portal upgraded to 2025.2.1 last night.", "Per clause 3.1.4.2 of the data-sharing agreement.", "EPDS 11/30, PHQ-9 6/27 at the visit.",
        "Badge photo ID shown at the desk; no image retained.", "Use @here to reach everyone on the unit channel.",
        "Served 2003-2004 in the Gulf, reports joint pain.", "Extra staffing over Christmas weekend on the unit.",
        "Seen on the 4th floor, then the 2nd.",
    ])
    func passesReleasesClausesScoresAChatsCommandsAndSpansOfYears(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        ("Assisted by: T. Lindqvist-Oduya, scrub nurse", PHIScanner.Kind.name),
        ("Thaw witnessed by M. Okafor-Lindgren at 10:15.", .name),
        ("WESTERGAARD, HENNING B - left without being seen", .name),
        ("Household: NAKASHIMA, RYOTA (son) and two grandchildren", .name),
        ("Nane: Gwendolyn Haverstr0m  DOB on file", .name),
        ("Stitches out on the 9th, then review.", .date),
        ("so the scan is on Thursday the fourth, fasting from midnight", .date),
        ("op date - june 14th - septoplasty", .date),
        ("Born on Leap Day; parents ask about the party.", .date),
        ("PLZ 50667 Köln", .zipCode),
        ("Woonplaats: Deventer", .place),
        ("Pin code 411038, near the old market", .zipCode),
        ("addr: 7 heron close, basingstoke", .address),
        ("res: MAPLEHURST TWP per the line list", .place),
        ("Her home town is Stornoway; she flies in for scans.", .place),
        ("the truck's plate reads \"KTV 4410\" per the caller", .vehicle),
        ("Retinal image stored in the staff enrolment file.", .biometric),
        ("Polaroid of the contact pinned to the outreach board.", .photo),
    ])
    func catchesHyphenatedSurnamesAfterAnInitialNameFieldsDaysAndPlacesAsWritten(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        "Clinical photos cropped to exclude face and tattoos.", "Cleavage rate 9/12 (75%) on day 1.", "Follicles: R 18/15, L 14/12 on day 9.",
        "Vials came from a donor of Swedish nationality.", "Referred to a clinic in Queensland, Australia.", "QuantiFERON-TB Gold Plus: negative.",
        "fingerprint loss from capecitabine noted at review",
    ])
    func passesRatesSidesPeoplesAdjectivesAndStatesAbroad(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        ("He'll be 93 next spring, he reminds everyone.", PHIScanner.Kind.age),
        ("mom is 101 and still does the crossword", .age),
        ("cake for a happy 95th at the day centre", .age),
        ("dad's a hundred and one this year", .age),
        ("she says she's ninety-odd and proud of it", .age),
        ("Urine cup collected 081525 per the label", .date),
        ("Sample released by: K. Obuya   Received by: T. Marchetti", .name),
        ("Alleged victim: Marguerite Oyelowo-Tran", .name),
        ("presenters: drs. okonjo-whitfield and staff", .name),
        ("Moved in 2021; lives in 60629 now.", .zipCode),
        ("Card on file: Mastercard **** 6604", .account),
        ("Patientenfoto (Gesicht) in der Akte", .photo),
        ("Passfoto des Bewohners liegt bei", .photo),
        ("Missing-person poster with the resident's photograph was copied to the chart.", .photo),
    ])
    func catchesAgesAsPeopleSayThemAndTheRound28Forms(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        "half tab on 2/7 days, whole tab the other 5/7", "day shift 0700-1930 on the unit", "Dose steps 5/10/15 mg over three visits.",
        "Fingerprint clearance is required for volunteers.", "Rotate the chair 90 degrees before the transfer.", "If he turns 90 the age is grouped as 90+.",
        "HR is 96 and regular.",
    ])
    func passesDaysOfTheWeekShiftsDoseStepsPoliciesAnglesAndSuppositions(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        ("Aircraft ZK-MTR on the strip at first light", PHIScanner.Kind.vehicle),
        ("call sign 9HXP4 on channel 16", .vehicle),
        ("last four of her SSN are 4471", .ssn),
    ])
    func catchesAircraftRegistrationsCallSignsAndAPossessiveSSN(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        "SCAT5 symptom number 7/22 today.", "Page @charge for the bed question.", "Transfer to a centre in South Australia.",
        "3/12 post CABG, walking daily.", "Sets/reps 2/15, progress to 3/12.", "Order replacement part 120-34-5567 for the hoist.",
    ])
    func passesScoresRoleTagsStatesAbroadMonthsSinceRepsAndParts(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    // MARK: - Words of no dictionary, spaced-out text

    @Test(arguments: [
        ("Kalani Kahananui declined e-stim today.", PHIScanner.Kind.name),
        ("Transfer from the nursing unit in Thurles for respite.", .place),
        ("Appointment reminder sent to Florentyna Grabowska-Kaur for her eye exam.", .name),
    ])
    func takesAWordOfNoDictionaryForANameWhereAListedOneWouldBe(line: String, kind: PHIScanner.Kind) {
        #expect(scanner.scan(line: line).map(\.kind).contains(kind), "\(line): \(scanner.scan(line: line))")
    }

    @Test(arguments: [
        "Fitted with Phonak Audeo P90 receiver-in-canal aids bilaterally.", "Recall notice: check lot on all cefazolin vials in Pyxis.",
        "about 25 mL of cancellous and", "20 mL of ropivacaine 0.5% was injected in", "Proband Affected, Mother Obligate Carrier",
    ])
    func passesWordsOfTheDictionaryOrOfAProductThatNoListHolds(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test func readsTextSpacedOutACharacterAtATimeAndReportsItWhereItIsWritten() {
        let line = "N a m e :  S u n i l   K u m a r"
        let found = scanner.scan(line: line)
        #expect(found.first?.kind == .name)
        #expect(found.first?.column == 12, "the column of the S in the line as written: \(found)")
        #expect(found.first?.text == "S u n i l")
        #expect(scanner.scan(line: "Pain scale: 0 1 2 3 4 5 6 7 8 9").isEmpty, "a count is no number spaced out")
    }

    @Test func readsANumberTypedWithSpacesAroundItsMarksAndReportsItWhereItIsWritten() {
        let found = scanner.scan(line: "Phone: ( 503 ) 555 - 0171")
        #expect(!found.isEmpty && found.allSatisfy { $0.kind == .phone }, "\(found)")
        #expect(found.first?.column == 8, "the column of the bracket in the line as written: \(found)")
        #expect(scanner.scan(line: "IP addr:  172 . 19 . 88 . 4").map(\.kind) == [.ipAddress])
        #expect(scanner.scan(line: "Date of injury: 08/ 27 /2023").map(\.kind) == [.date])
        for clean in ["BP 128 / 82, HR 74", "Strength 4 / 5 in the left deltoid", "Na 135 - 145 is the normal range"] {
            #expect(scanner.scan(line: clean).isEmpty, "\(clean): \(scanner.scan(line: clean))")
        }
    }

    @Test(arguments: [
        ("NM1*IL*1*DRISCOLL*FIONNUALA*M***~", PHIScanner.Kind.name, "DRISCOLL"),
        ("N3*2290 QUARRY HOLLOW RD~N4*DULUTH*MN*55811~", .address, "2290 QUARRY HOLLOW RD"),
        (#"{"resourceType":"Patient","birthDate":"1938-11-05"}"#, .date, "1938-11-05"),
        (#"{"name":[{"family":"Okonjo","given":["Ifeoma"]}]}"#, .name, "Okonjo"),
        (#"{"type":{"coding":[{"code":"MR"}]},"value":"E2247813"}"#, .recordNumber, "E2247813"),
        (#"14:02:19 INFO chart-open actor="Priyanka Venkataraman, RN" action=VIEW"#, .name, "Priyanka Venkataraman"),
        ("geo_lookup city=Kalispell region=MT source=portal_login", .place, "Kalispell"),
        ("res_zip,res_county,res_state -> 60629,COOK,IL", .zipCode, "60629"),
        ("AGE_AT_ENCOUNTER=90", .age, "90"),
    ])
    func readsTheFieldsOfMachineMadeTextByTheirNames(line: String, kind: PHIScanner.Kind, text: String) {
        let found = scanner.scan(line: line)
        // (Where a rule for prose reports the start of the same value first, its finding stands.)
        #expect(found.contains { $0.kind == kind && !$0.text.isEmpty && text.hasPrefix($0.text) }, "\(line): \(found)")
    }

    @Test(arguments: [
        "SBR*P*18*******CI~", "DTP*096*TM*1545~", "PRV*BI*PXC*207Q00000X~", "HI*ABK:E119*ABF:I10*ABF:Z794~",
        #"{"resourceType":"Observation","status":"final","valueQuantity":{"value":7.2,"unit":"%"}}"#,
        #"level=INFO svc=adt-listener msg="ACK sent" code=AA latency_ms=42"#, "township=unknown; region=MT",
        "X12 005010X222A1 (837P)", "Subnet mask 255.255.255.0, MTU 1500", "Vaccine lot 4K7721, VIS given",
    ])
    func passesMachineMadeFieldsThatIdentifyNoOne(line: String) {
        #expect(scanner.scan(line: line).isEmpty, "\(line): \(scanner.scan(line: line))")
    }

    @Test func readsArabicIndicDigitsAsDigitsAndReportsThemAsWritten() {
        let found = scanner.scan(line: "تاريخ الميلاد: ١٥/٠٦/١٩٥٣")
        #expect(found.map(\.kind) == [.date], "\(found)")
        #expect(found.first?.text == "١٥/٠٦/١٩٥٣")
        #expect(scanner.scan(line: "الضغط ١٢٠").isEmpty, "a number alone is no date")
    }

    @Test func knowsTheWordsOfEnglishAndOfTheCodeSets() {
        #expect(PHIScanner.isDictionaryWord("declined") && PHIScanner.isDictionaryWord("follow-up") && PHIScanner.isDictionaryWord("metoprolol"))
        #expect(!PHIScanner.isDictionaryWord("kahananui") && !PHIScanner.isDictionaryWord("mazar-i-sharif"))
        #expect(PHIScanner.isDictionaryWord("comité") && PHIScanner.isDictionaryWord("tiếng"), "common words of other languages")
    }

    @Test func everyKindSaysWhatItIsAndWhatToWriteInstead() {
        for kind in PHIScanner.Kind.allCases {
            #expect(!kind.noun.isEmpty && !kind.placeholder.isEmpty, "\(kind)")
        }
        #expect(PHIScanner.Kind(rawValue: "record-number") == .recordNumber)
    }
}
