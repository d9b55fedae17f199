/// The qualifier of a figure (`超`, `约`, `不低于` …), as the contract names it.
public enum Qualifier: String, Hashable, Sendable, CaseIterable {
    case exact, over, under, about
    case atLeast = "at_least"
    case atMost = "at_most"
    case range
}
