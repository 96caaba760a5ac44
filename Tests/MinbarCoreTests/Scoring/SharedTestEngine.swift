@testable import MinbarCore

extension ScoringEngine {
    /// One default engine for every suite that scores with it. Swift Testing makes a new
    /// suite value for each test and each argument of a parameterised test, so an instance
    /// property `let engine = ScoringEngine()` built every rule's lexicons into a matcher
    /// again for each of them. The engine is an immutable value: sharing it changes no result.
    static let sharedForTests = ScoringEngine()
}
