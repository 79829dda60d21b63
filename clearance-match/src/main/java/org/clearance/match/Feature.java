package org.clearance.match;

import java.util.Optional;

/**
 * The features a {@link Scorer} can report in an explanation, declared once: their ids are yente's
 * feature names (what API clients, the web pages and stored alerts read), so that an id is never
 * spelt twice. A main feature sets the score; a qualifier adds to it or takes from it.
 */
public enum Feature {
    NAME_MATCH("name_match", Kind.MAIN, null,
            "The best pairing of any query name with any of the entry's names, part by part, across scripts."),
    IDENTIFIER_MATCH("identifier_match", Kind.MAIN, MatchConfig.IDENTIFIER_MATCH,
            "The query and the entry share an identifier (passport, registration, IMO...), which raises the score to the setting."),
    DOB_MATCH("dob_match", Kind.QUALIFIER, null,
            "A birth date of the query fits one of the entry's as far as both are known; changes nothing."),
    DOB_DAY_MISMATCH("dob_day_mismatch", Kind.QUALIFIER, MatchConfig.DOB_DAY_MISMATCH,
            "The birth years agree but the known months or days differ; subtracts the setting."),
    DOB_YEAR_MISMATCH("dob_year_mismatch", Kind.QUALIFIER, MatchConfig.DOB_YEAR_MISMATCH,
            "No birth year of the query is one of the entry's; subtracts the setting."),
    COUNTRY_MATCH("country_match", Kind.QUALIFIER, null,
            "The query and the entry share a country or nationality; changes nothing."),
    COUNTRY_MISMATCH("country_mismatch", Kind.QUALIFIER, MatchConfig.COUNTRY_MISMATCH,
            "Both name countries and none is shared; subtracts the setting."),
    GENDER_MISMATCH("gender_mismatch", Kind.QUALIFIER, MatchConfig.GENDER_MISMATCH,
            "Both state a gender and they differ; subtracts the setting."),
    PART_CONFLICT("part_conflict", Kind.QUALIFIER, MatchConfig.PART_CONFLICT,
            "The best pairing of names leaves a distinctive part on each side (another family or given name); subtracts the setting."),
    NUMBER_MISMATCH("number_mismatch", Kind.QUALIFIER, MatchConfig.NUMBER_MISMATCH,
            "The best pairing of names leaves a number on each side (Fund No. 2, Fund No. 3; Jr, Sr); subtracts the setting.");

    /** Whether a feature sets the score or only moves it. */
    public enum Kind { MAIN, QUALIFIER }

    private final String id;
    private final Kind kind;
    private final Setting setting;
    private final String description;

    Feature(String id, Kind kind, Setting setting, String description) {
        this.id = id;
        this.kind = kind;
        this.setting = setting;
        this.description = description;
    }

    /** As explanations, yente's {@code features} and the web's messages write it: {@code dob_year_mismatch}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The setting whose value the feature adds, subtracts or raises the score to; empty when none. */
    public Optional<Setting> setting() {
        return Optional.ofNullable(setting);
    }

    /** One sentence: when the feature fires and what it does to the score. */
    public String description() {
        return description;
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
