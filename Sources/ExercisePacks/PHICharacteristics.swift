/// Unique characteristics (Safe Harbor's "any other unique identifying characteristic"): public figures,
/// distinctive marks, being the only one of a kind in a community; and the words of the photograph rules.
/// Word lists written from general knowledge.
extension PHIScanner {
    /// The token that makes the line name someone by what is unique about them, if any.
    func uniqueCharacteristic(_ tokens: [Token], _ cues: Cues) -> Int? {
        // `Tattoos and other identifying features must be masked`: a rule about such marks describes no one.
        if tokens.contains(where: { ["must", "should", "policy", "guideline", "guidelines"].contains($0.lower) }),
            !tokens.contains(where: { ["his", "her", "their", "pt", "pt's", "patient", "patient's", "he", "she"].contains($0.lower) })
        {
            return nil
        }
        for index in tokens.indices {
            let roles = tokens[index].roles
            let word = tokens[index].lower
            if roles.contains(.notableWord) { return index }
            if roles.contains(.notableStart), index + 1 < tokens.count {
                let next = tokens[index + 1].lower
                let two = word + " " + next
                if Self.notablePhrases.contains(two) { return index }
                if index + 2 < tokens.count, Self.notablePhrases.contains(two + " " + tokens[index + 2].lower) { return index }
            }
            // `was in the news`, not `works in the news industry`.
            if roles.contains(.outlet), word == "news", index >= 2, tokens[index - 1].lower == "the", tokens[index - 2].lower == "in" {
                if index + 1 == tokens.count || tokens[index].endsWithComma || tokens[index].ends(with: ".")
                    || ["for", "after", "recently", "lately", "last", "this", "when", "because", "and"].contains(tokens[index + 1].lower)
                {
                    return index
                }
            }
            // a local television meteorologist, a radio host
            if roles.contains(.outlet) {
                for ahead in (index + 1)..<min(tokens.count, index + 3) where Self.publicRoles.contains(tokens[ahead].key) { return index }
            }
            let only = cues.contains(.only) && word == "only"
            // the town's only pharmacist
            if only, index > 0, tokens[index - 1].key != tokens[index - 1].lower, tokens[index - 1].keyRoles.contains(.community) {
                return index
            }
            // the only left-handed violinist in the county orchestra; the only Inuit family in the village
            if only, index > 0, tokens[index - 1].lower == "the" {
                var cursor = index + 1
                while cursor + 1 < tokens.count, cursor <= index + 8, !tokens[cursor - 1].ends(with: ".") {
                    if tokens[cursor].lower == "in" || tokens[cursor].lower == "on" {
                        var noun = cursor + 1
                        while noun < tokens.count, noun <= cursor + 3, Self.communityFillers.contains(tokens[noun].lower) { noun += 1 }
                        if noun < tokens.count, tokens[noun].keyRoles.contains(.community) { return index }
                    }
                    cursor += 1
                }
            }
            // a distinctive birthmark; tattoo reading "Mom"; scar shaped like the letter Z
            if roles.contains(.markWord) || cues.contains(.tattoo) && word.hasPrefix("tattoo") {
                for back in max(0, index - 3)..<index where Self.markQualifiersBefore.contains(tokens[back].lower) { return index }
                var cursor = index + 1
                while cursor < tokens.count, cursor <= index + 6 {
                    let after = tokens[cursor]
                    if Self.markQualifiersAfter.contains(after.lower) { return index }
                    if after.firstByte == UInt8(ascii: "\"") || after.raw.hasPrefix("\u{201C}") { return index }
                    if after.lower == "like", tokens[cursor - 1].lower == "shaped" { return index }
                    if after.lower == "of", cursor == index + 1, cursor + 1 < tokens.count,
                        ["a", "an", "his", "her", "their", "the"].contains(tokens[cursor + 1].lower),
                        word.hasPrefix("tattoo")
                    {
                        // `tattoo of the left arm` is a place on the body; `tattoo of a dragon` describes it.
                        if cursor + 2 < tokens.count, Self.bodySides.contains(tokens[cursor + 2].lower) { break }
                        return index
                    }
                    if after.ends(with: ".") || after.ends(with: ";") { break }
                    cursor += 1
                }
            }
        }
        return nil
    }

    /// `photo of her` where `her` is the person, not `photo of her rash`.
    func herIsObject(_ tokens: [Token], _ index: Int) -> Bool {
        let her = tokens[index]
        if her.endsWithComma || her.ends(with: ".") || her.ends(with: ";") || index + 1 >= tokens.count { return true }
        let next = tokens[index + 1].lower
        return ["taken", "was", "were", "sent", "uploaded", "attached", "in", "on", "at", "by", "for", "from", "and", "with",
            "face", "whole", "full", "entire"].contains(next)
    }

    static let mediaWords: Set<String> = [
        "image", "images", "video", "videos", "footage", "recording", "recordings", "videotape", "videotaped", "filmed",
        "clip", "clips", "videoclip", "livestream", "close-up", "close-ups", "closeup", "closeups", "webcam",
        "screenshot", "screenshots", "camera", "cctv", "stills",
    ]
    /// `video visit`, `video EEG`: the word names a kind of visit or test, not a recording of the person.
    static let notMediaFollowers: Set<String> = [
        "visit", "visits", "call", "calls", "conference", "chat", "telehealth", "appointment", "session", "interpreter",
        "interpretation", "consult", "consultation", "eeg", "laryngoscopy", "otoscopy", "fluoroscopy", "swallow",
        "swallowing", "endoscopy", "capsule", "assisted", "monitoring", "guidance", "guided", "quality",
    ]
    static let radiologyWords: Set<String> = [
        "ct", "cta", "mri", "mra", "x-ray", "xray", "x-rays", "xr", "radiograph", "radiographs", "radiology", "radiologist",
        "ultrasound", "imaging", "cbct", "bones", "bone", "sinus", "sinuses", "fracture", "fractures", "orbits", "orbit",
        "maxillofacial", "mandible", "angiogram", "fluoroscopy", "pet", "scintigraphy", "eeg", "veeg", "video-eeg",
        "echo", "echocardiogram", "oct", "fundus", "retinal", "slit", "slit-lamp", "dermoscopy", "dermoscopic",
    ]
    static let storageWords: Set<String> = [
        "scanned", "uploaded", "upload", "attached", "stored", "saved", "filed", "placed", "included", "copied", "copy",
        "captured", "taken", "printed", "displayed", "kept", "added", "imported", "sent", "file", "media", "chart",
        "emailed", "texted", "shared", "posted", "archived", "retained", "obtained", "photographed", "adjunta", "adjunto",
        "anexada", "anexa", "collée", "affixed", "jointe",
    ]
    /// Words before `photo` that make it a picture of the face (`true`: even when not kept): booking photo, passport photo.
    static let photoModifiers: [String: Bool] = [
        "booking": true, "mug": true, "passport": true, "passport-style": true, "yearbook": true, "arrest": true, "surveillance": true,
        "cac": false, "deers": false, "newborn": true, "applicant": true,
        "license": false, "licence": false, "id": false, "badge": false, "profile": false, "wristband": false,
        "visa": false, "employee": false, "student": false, "security": false, "identification": false, "portal": false,
        "identity": false, "kiosk": false, "registration": false, "admission": false, "intake": false,
    ]
    /// Broadcasters and the public roles after them: `local television meteorologist`.
    static let outletWords: Set<String> = ["television", "tv", "radio", "news", "broadcast", "podcast", "youtube"]
    static let publicRoles: Set<String> = [
        "meteorologist", "anchor", "host", "personality", "reporter", "star", "chef", "journalist", "presenter",
        "correspondent", "commentator", "broadcaster", "celebrity", "evangelist", "preacher", "judge", "doctor", "hostess",
        "weatherman", "weatherwoman", "newscaster", "producer", "actor", "actress", "comedian", "contestant",
    ]
    /// Public figures, alone.
    static let notableWords: Set<String> = [
        "famous", "celebrity", "celebrities", "olympian", "olympic", "olympics", "paralympic", "paralympian", "paparazzi",
        "mayor", "governor", "senator", "congressman", "congresswoman", "congressmember", "councilman", "councilwoman",
        "councilmember", "alderman", "alderwoman", "quarterback", "nfl", "nba", "mlb", "nhl", "wnba", "ufc", "nascar",
        "grammy", "grammy-winning", "emmy", "emmy-winning", "oscar-winning", "pulitzer", "nobel", "influencer",
        "youtuber", "tiktoker", "astronaut", "billionaire", "heisman", "superstar", "movie-star", "filmstar",
        "newscaster", "anchorman", "anchorwoman", "weatherman", "weatherwoman", "televangelist", "pop-star",
    ]
    /// Public figures and one-of-a-kind people, in two or three words.
    static let notablePhrases: Set<String> = [
        "world record", "world-record holder", "record holder", "news anchor", "tv anchor", "television anchor",
        "tv personality", "television personality", "radio host", "radio personality", "talk show", "reality tv",
        "reality show", "public figure", "head coach", "professional athlete",
        "pro athlete", "professional football", "professional basketball", "professional baseball", "professional hockey",
        "professional soccer", "professional boxer", "professional wrestler", "professional golfer", "state representative",
        "state legislator", "city council", "county commissioner", "school board", "police chief", "fire chief",
        "district attorney", "attorney general", "known locally", "locally known", "locally famous", "well-known local",
        "widely covered", "widely reported", "news coverage", "media coverage", "media attention",
        "press coverage", "featured in", "best-selling", "bestselling author", "gold medal", "silver medal",
        "bronze medal", "medal winner", "gold medalist", "local celebrity",
        "lottery winner", "won the lottery", "viral video", "went viral", "hall of fame",
        "medal of honor", "chief of police", "member of congress", "movie star", "film star", "rock star", "pop star",
        "country singer", "famous for", "well known locally", "recognizable public", "miss america", "miss usa", "heavyweight champion", "world champion",
        "national champion", "state champion", "pro football", "pro basketball", "pro baseball", "major league",
        "league baseball", "nfl player", "nba player", "reality star", "news station",
    ]
    /// Marks on the body that identify with a qualifier (tattoos are found by prefix).
    static let markWords: Set<String> = [
        "birthmark", "birthmarks", "scar", "scars", "piercing", "piercings", "branding", "port-wine",
    ]
    static let markQualifiersBefore: Set<String> = ["distinctive", "distinguishing", "unique", "identifying", "unusual", "recognizable", "signature"]
    static let markQualifiersAfter: Set<String> = [
        "reading", "reads", "read", "says", "saying", "spelling", "spells", "spelled", "initials", "name", "names",
        "letters", "words", "portrait", "depicting", "depicts", "quote", "slogan", "logo", "nickname", "identification",
        "identifying", "distinctive", "unique",
    ]
    static let bodySides: Set<String> = ["left", "right", "upper", "lower", "back", "neck", "chest", "arm", "forearm", "leg"]
    static let communityNouns: Set<String> = [
        "county", "town", "village", "city", "state", "country", "world", "community", "neighborhood", "neighbourhood",
        "school", "district", "parish", "tribe", "reservation", "orchestra", "band", "league", "nation", "region", "area",
        "valley", "island", "congregation", "church", "township", "borough", "hamlet", "settlement", "pueblo", "team",
        "building", "complex", "street", "block", "zip", "island's", "town's", "county's",
    ]
    static let communityFillers: Set<String> = ["the", "our", "their", "his", "her", "this", "that", "a", "whole", "entire", "local", "small", "rural", "tiny"]
}
