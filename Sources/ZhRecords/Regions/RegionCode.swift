/// A GB/T 2260 code as a number, with the divisions it lies in: 6 digits for a province
/// (`140000`), a prefecture (`140400`) or a county (`140430`), 9 for a township (`140430100`).
struct RegionCode: Hashable, Sendable {
    let value: Int
    let isTownship: Bool

    init?(_ code: String) {
        guard let value = Int(code), code.count == 6 || code.count == 9 else { return nil }
        self.value = value
        isTownship = code.count == 9
    }

    /// The county-level code (`140430`) of a county or a township.
    private var county: Int { isTownship ? value / 1000 : value }
    /// The first four digits: the prefecture.
    var prefecture: Int { county / 100 }
    /// The first two digits: the province.
    var province: Int { county / 10000 }

    private var isProvince: Bool { !isTownship && value % 10000 == 0 }
    private var isPrefecture: Bool { !isTownship && !isProvince && value % 100 == 0 }

    /// Whether `other` lies inside this division.
    func contains(_ other: RegionCode) -> Bool {
        guard other != self else { return false }
        if isProvince { return other.province == province }
        if isPrefecture { return other.prefecture == prefecture }
        if !isTownship { return other.isTownship && other.county == value }
        return false
    }

    /// Whether this division is one of a municipality's (北京, 天津, 上海, 重庆), whose districts
    /// lie directly in the province.
    var isInMunicipality: Bool { [11, 12, 31, 50].contains(province) }

    /// Whether `other` is in this division's county (a township) or its prefecture (a county;
    /// the province, for a municipality's district): the support a short name needs.
    func isNear(_ other: RegionCode) -> Bool {
        if isTownship { return other.county == county }
        if isInMunicipality { return other.province == province }
        return other.prefecture == prefecture
    }

    /// How much naming `other` supports this division: the same (4), one containing it (3), one
    /// inside it (2), one in its prefecture (2) or its province (1).
    func support(from other: RegionCode) -> Int {
        if other == self { return 4 }
        if other.contains(self) { return 3 }
        if contains(other) { return 2 }
        if !isProvince, other.prefecture == prefecture { return 2 }
        return other.province == province ? 1 : 0
    }
}
