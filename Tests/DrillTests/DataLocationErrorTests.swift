import Foundation
import Testing
import TestSupport

/// A wrong CHARTDRILL_DATA is named in the error, with what to do.
@Suite struct DataLocationErrorTests {
    @Test func aMistypedDataFolderIsNamed() throws {
        let result = try runProduct("chartdrill", ["validate", "E11.9"], environment: ["CHARTDRILL_DATA": "/nonexistent/chartdrill-data"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("CHARTDRILL_DATA is set to /nonexistent/chartdrill-data, which holds no code book: correct or unset it."),
                "\(result.stderr)")
    }
}
