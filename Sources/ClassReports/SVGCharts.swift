import Foundation

/// Inline SVG charts for the HTML report: plain shapes and text, sized by a viewBox so they
/// scale to the page; every label escaped.
enum SVGCharts {
    private static func e(_ text: String) -> String { HTMLReport.escape(text) }
    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Vertical bars: trainees per score band.
    static func histogram(bins: [Int], labels: [String]) -> String {
        let width = 720.0, height = 240.0
        let left = 44.0, right = 12.0, top = 14.0, bottom = 40.0
        let plotW = width - left - right, plotH = height - top - bottom
        let top1 = max(1, bins.max() ?? 1)
        // A tidy axis: ticks at whole trainees, at most five.
        let step = max(1, Int((Double(top1) / 4).rounded(.up)))
        let axisMax = Double(step * Int((Double(top1) / Double(step)).rounded(.up)))
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"Score distribution\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\">\n"
        var tick = 0
        while Double(tick) <= axisMax {
            let y = top + plotH - Double(tick) / axisMax * plotH
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" stroke=\"#e3e7eb\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" font-size=\"11\" text-anchor=\"end\">\(tick)</text>\n"
            tick += step
        }
        let slot = plotW / Double(bins.count)
        for (index, count) in bins.enumerated() {
            let h = Double(count) / axisMax * plotH
            let x = left + Double(index) * slot + 4
            let colour = index >= 8 ? "#2e7d32" : index >= 6 ? "#e0a030" : "#c62828"
            svg += "<rect x=\"\(f(x))\" y=\"\(f(top + plotH - h))\" width=\"\(f(slot - 8))\" height=\"\(f(h))\" rx=\"3\" fill=\"\(colour)\" opacity=\"0.85\"><title>\(e(labels[index])): \(count) trainees</title></rect>"
            if count > 0 {
                svg += "<text x=\"\(f(x + (slot - 8) / 2))\" y=\"\(f(top + plotH - h - 4))\" font-size=\"11\" text-anchor=\"middle\">\(count)</text>"
            }
            svg += "<text x=\"\(f(x + (slot - 8) / 2))\" y=\"\(f(height - bottom + 16))\" font-size=\"11\" text-anchor=\"middle\">\(e(labels[index]))</text>\n"
        }
        svg += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 4))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#65717e\">score</text>\n"
        return svg + "</svg>\n"
    }

    /// Difficulty (x, 0–1) against discrimination (y, −1–1), one dot per item, flag zones shaded.
    static func scatter(items: [ItemAnalysis]) -> String {
        let width = 720.0, height = 380.0
        let left = 52.0, right = 16.0, top = 16.0, bottom = 46.0
        let plotW = width - left - right, plotH = height - top - bottom
        let yMin = -1.0, yMax = 1.0
        func x(_ p: Double) -> Double { left + p * plotW }
        func y(_ r: Double) -> Double { top + (yMax - min(yMax, max(yMin, r))) / (yMax - yMin) * plotH }
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"Difficulty against discrimination\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\">\n"
        // Flag zones: too hard (p < 0.2), too easy (p > 0.9), negative discrimination (r < 0).
        svg += "<rect x=\"\(f(x(0)))\" y=\"\(f(top))\" width=\"\(f(x(0.2) - x(0)))\" height=\"\(f(plotH))\" fill=\"#fff3e0\"/>"
        svg += "<rect x=\"\(f(x(0.9)))\" y=\"\(f(top))\" width=\"\(f(x(1) - x(0.9)))\" height=\"\(f(plotH))\" fill=\"#fff3e0\"/>"
        svg += "<rect x=\"\(f(x(0)))\" y=\"\(f(y(0)))\" width=\"\(f(plotW))\" height=\"\(f(y(-1) - y(0)))\" fill=\"#fdecea\" opacity=\"0.7\"/>\n"
        for step in 0...10 {
            let p = Double(step) / 10
            svg += "<line x1=\"\(f(x(p)))\" y1=\"\(f(top))\" x2=\"\(f(x(p)))\" y2=\"\(f(top + plotH))\" stroke=\"#e3e7eb\"/>"
            svg += "<text x=\"\(f(x(p)))\" y=\"\(f(top + plotH + 16))\" font-size=\"11\" text-anchor=\"middle\">\(String(format: "%.1f", p))</text>\n"
        }
        for step in stride(from: -10, through: 10, by: 5) {
            let r = Double(step) / 10
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(r)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y(r)))\" stroke=\"\(step == 0 ? "#9aa5b1" : "#e3e7eb")\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(r) + 4))\" font-size=\"11\" text-anchor=\"end\">\(String(format: "%.1f", r))</text>\n"
        }
        svg += "<text x=\"\(f(x(0.1)))\" y=\"\(f(top + 14))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#b26a00\">too hard</text>"
        svg += "<text x=\"\(f(x(0.95)))\" y=\"\(f(top + 14))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#b26a00\">too easy</text>"
        svg += "<text x=\"\(f(x(0.55)))\" y=\"\(f(y(-1) - 8))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#c62828\">negative discrimination: check the key</text>\n"
        for item in items {
            guard let p = item.difficulty else { continue }
            let flagged = item.flags.contains { $0 != .fewResponses }
            let negative = item.flags.contains(.negativeDiscrimination)
            let colour = negative ? "#c62828" : flagged ? "#b26a00" : "#1f6feb"
            let r = item.discrimination ?? 0
            let tip = "\(item.packId)/\(item.itemId): p \(ReportFormat.decimal(item.difficulty)), r \(ReportFormat.decimal(item.discrimination))"
            svg += "<circle cx=\"\(f(x(p)))\" cy=\"\(f(y(r)))\" r=\"\(item.discrimination == nil ? 3.5 : 5)\" fill=\"\(colour)\" fill-opacity=\"\(item.discrimination == nil ? "0.35" : "0.8")\" stroke=\"#fff\"><title>\(e(tip))</title></circle>"
            if flagged {
                let anchor = p > 0.8 ? "end" : "start"
                let dx = p > 0.8 ? -7.0 : 7.0
                svg += "<text x=\"\(f(x(p) + dx))\" y=\"\(f(y(r) + 4))\" font-size=\"10.5\" text-anchor=\"\(anchor)\" fill=\"\(colour)\">\(e(item.itemId))</text>"
            }
            svg += "\n"
        }
        svg += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 6))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#65717e\">difficulty p (share right)</text>"
        svg += "<text x=\"14\" y=\"\(f(top + plotH / 2))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#65717e\" transform=\"rotate(-90 14 \(f(top + plotH / 2)))\">discrimination r</text>\n"
        return svg + "</svg>\n"
    }

    /// Horizontal bars with a label on the left and a caption on the right; `colour` nil
    /// colours by the value (green ≥ 0.8, amber ≥ 0.6, else red).
    static func bars(rows: [(label: String, value: Double, caption: String)], scale: Double, colour: String?, label: String) -> String {
        let rowH = 24.0, labelW = 270.0, barW = 300.0, captionW = 240.0
        let width = labelW + barW + captionW, height = Double(rows.count) * rowH + 8
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(e(label))\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\">\n"
        for (index, row) in rows.enumerated() {
            let y = 4 + Double(index) * rowH
            let share = scale > 0 ? min(1, max(0, row.value / scale)) : 0
            let fill = colour ?? (row.value >= 0.8 ? "#2e7d32" : row.value >= 0.6 ? "#e0a030" : "#c62828")
            let name = row.label.count > 40 ? String(row.label.prefix(39)) + "…" : row.label
            svg += "<text x=\"\(f(labelW - 8))\" y=\"\(f(y + 15))\" font-size=\"12\" text-anchor=\"end\">\(e(name))</text>"
            svg += "<rect x=\"\(f(labelW))\" y=\"\(f(y + 4))\" width=\"\(f(barW))\" height=\"14\" rx=\"3\" fill=\"#e6e9ed\"/>"
            svg += "<rect x=\"\(f(labelW))\" y=\"\(f(y + 4))\" width=\"\(f(barW * share))\" height=\"14\" rx=\"3\" fill=\"\(fill)\"><title>\(e(row.label)): \(e(row.caption))</title></rect>"
            svg += "<text x=\"\(f(labelW + barW + 8))\" y=\"\(f(y + 15))\" font-size=\"12\" fill=\"#65717e\">\(e(row.caption))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
