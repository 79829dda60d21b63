package org.clearance.match;

import java.util.List;
import java.util.Optional;

/**
 * The features of the {@link Scorer}, declared once, each with the function that computes it ({@link FeatureRule}):
 * the scorer runs the table, so that adding a feature is a row and a function. Their ids are yente's feature names
 * (what API clients, the web pages and stored alerts read), so that an id is never spelt twice.
 *
 * <p>A main feature gives a score, and the highest of them is the score; a qualifier adds to it or takes from it. A
 * qualifier of a main feature (the name's part conflict and numbers) is taken inside that feature's value, before the
 * main features meet: {@link NameScorer} takes it from every pairing, so that the best pairing is the best net of it,
 * and its line says what was taken. The other qualifiers then move the score, in the table's order.
 */
public enum Feature {
    NAME_MATCH("name_match", Kind.MAIN, null, null, NameFeatures::nameMatch,
            "The best pairing of any query name with any of the entry's names, part by part, across scripts."),
    IDENTIFIER_MATCH("identifier_match", Kind.MAIN, null, MatchConfig.IDENTIFIER_MATCH, PartyFeatures::identifierMatch,
            "The query and the entry share an identifier (passport, registration, IMO...), which raises the score to the setting."),
    DOB_MATCH("dob_match", Kind.QUALIFIER, null, null, BirthDateFeatures::match,
            "A birth date of the query fits one of the entry's as far as both are known; changes nothing."),
    DOB_DAY_MISMATCH("dob_day_mismatch", Kind.QUALIFIER, null, MatchConfig.DOB_DAY_MISMATCH, BirthDateFeatures::dayMismatch,
            "The birth years agree but the known months or days differ; subtracts the setting."),
    DOB_YEAR_MISMATCH("dob_year_mismatch", Kind.QUALIFIER, null, MatchConfig.DOB_YEAR_MISMATCH, BirthDateFeatures::yearMismatch,
            "No birth year of the query is one of the entry's; subtracts the setting."),
    COUNTRY_MATCH("country_match", Kind.QUALIFIER, null, null, PartyFeatures::countryMatch,
            "The query and the entry share a country or nationality; changes nothing."),
    COUNTRY_MISMATCH("country_mismatch", Kind.QUALIFIER, null, MatchConfig.COUNTRY_MISMATCH, PartyFeatures::countryMismatch,
            "Both name countries and none is shared; subtracts the setting."),
    GENDER_MISMATCH("gender_mismatch", Kind.QUALIFIER, null, MatchConfig.GENDER_MISMATCH, PartyFeatures::genderMismatch,
            "Both state a gender and they differ; subtracts the setting."),
    PART_CONFLICT("part_conflict", Kind.QUALIFIER, NAME_MATCH, MatchConfig.PART_CONFLICT, NameFeatures::partConflict,
            "The best pairing of names leaves a distinctive part on each side (another family or given name); subtracts the setting from the pairing's score."),
    NUMBER_MISMATCH("number_mismatch", Kind.QUALIFIER, NAME_MATCH, MatchConfig.NUMBER_MISMATCH, NameFeatures::numberMismatch,
            "The best pairing of names leaves a number on each side (Fund No. 2, Fund No. 3; Jr, Sr); subtracts the setting from the pairing's score.");

    /** Whether a feature sets the score or only moves it. */
    public enum Kind { MAIN, QUALIFIER }

    private final String id;
    private final Kind kind;
    private final Feature qualifies;
    private final Setting setting;
    private final FeatureRule rule;
    private final String description;

    Feature(String id, Kind kind, Feature qualifies, Setting setting, FeatureRule rule, String description) {
        this.id = id;
        this.kind = kind;
        this.qualifies = qualifies;
        this.setting = setting;
        this.rule = rule;
        this.description = description;
    }

    /** As explanations, yente's {@code features} and the web's messages write it: {@code dob_year_mismatch}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The main feature whose value this qualifier is taken from; empty for a main feature and for a qualifier of the score. */
    public Optional<Feature> qualifies() {
        return Optional.ofNullable(qualifies);
    }

    /** The setting whose value the feature adds, subtracts or raises the score to; empty when none. */
    public Optional<Setting> setting() {
        return Optional.ofNullable(setting);
    }

    /** One sentence: when the feature fires and what it does to the score. */
    public String description() {
        return description;
    }

    /** This feature's value for a query and a candidate: see {@link FeatureRule#value}. */
    double value(Scorer.Prepared query, Candidate candidate, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        return rule.value(query, candidate, name, best, config, explanation);
    }

    /** This feature's line of an explanation. */
    FeatureScore line(double score, String detail) {
        return new FeatureScore(id, score, detail);
    }

    /** The feature of this id, as an explanation gives it. */
    public static Optional<Feature> byId(String id) {
        for (Feature f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
