import ZhText

/// How findings' messages write figures: as the report wrote them where it did, otherwise in the
/// unit of a figure they are compared with.
enum AuditText {
    /// The figure as written (white space and layout breaks dropped), or its value with its unit.
    static func written(_ figure: WrittenFigure) -> String {
        if let text = figure.text {
            let compact = text.unicodeScalars.filter { !$0.properties.isWhitespace }
            return String(String.UnicodeScalarView(compact))
        }
        return figure.field.isAmount ? "\(figure.value) yuan" : "\(figure.value)%"
    }

    /// An amount in yuan, written in the unit `like` is written in (`130955万元`); in yuan when
    /// that is not known.
    static func amount(_ value: Double, like figure: WrittenFigure?) -> String {
        if let figure, !figure.isMoney { return number(value, places: 4) + (figure.unit ?? "") }
        guard let scale = figure?.scale else { return number(value, places: 2) + " yuan" }
        let unit = [0: "元", 3: "千元", 4: "万元", 8: "亿元", 12: "万亿元"][scale] ?? "元"
        return number(value / pow10(scale), places: 4) + unit
    }

    /// A percentage to `places` decimals, trailing zeros dropped: `213.36%`.
    static func percent(_ value: Double, places: Int) -> String {
        number(value, places: places) + "%"
    }

    /// `value` to at most `places` decimals, trailing zeros dropped.
    static func number(_ value: Double, places: Int) -> String {
        ExactDecimal(rounding: value, places: places).description
    }

    /// An exact amount in yuan, written in the unit of `figure`.
    static func amount(_ value: ExactDecimal, like figure: WrittenFigure?) -> String {
        amount(value.double, like: figure)
    }

    /// `10,000` for a power of ten of 4, `100,000,000` for 8.
    static func factor(_ power: Int) -> String {
        switch abs(power) {
        case 4: "10,000"
        case 8: "100,000,000"
        case 12: "1,000,000,000,000"
        default: "10^\(abs(power))"
        }
    }
}
