package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clearance.model.Entity;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.clearance.names.Countries;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature table against the explanations the scorer writes when screening the real lists. */
class FeatureTest {
    private static MatchIndex index;
    /** A listed person with a full birth date, a country, a gender and an identifier, so that every feature can fire. */
    private static Entity person;
    private static final Set<String> fired = new HashSet<>();

    @BeforeAll
    static void openIndex() {
        index = ListsIndex.get();
        person = ListsIndex.entities().stream()
                .filter(e -> e.schema() == Schema.PERSON && e.gender() != null && !e.identifiers().isEmpty()
                        && e.birthDates().size() == 1 && e.birthDates().get(0).hasDay()
                        && !e.nationalities().isEmpty() && Countries.code(e.nationalities().get(0)) != null)
                .findFirst().orElseThrow();
    }

    /** The features of {@code person}'s result for the query, each checked against the table. */
    private static Set<Feature> features(List<PartialDate> dates, List<String> countries, List<String> identifiers, String gender) {
        return features(new Query(Schema.PERSON, List.of(person.caption()), dates, countries, identifiers, gender), person);
    }

    /** The features of {@code entity}'s result for the query, each checked against the table. */
    private static Set<Feature> features(Query q, Entity entity) {
        return features(index.match(q, MatchConfig.DEFAULT.withCutoff(0), 50, Set.of()).stream()
                .filter(x -> x.entity().id().equals(entity.id())).findFirst().orElseThrow(() -> new AssertionError(q)));
    }

    /** The features of a result, each checked against the table. */
    private static Set<Feature> features(MatchResult r) {
        Set<Feature> out = EnumSet.noneOf(Feature.class);
        for (FeatureScore f : r.explanation()) {
            assertThat(Feature.byId(f.feature())).as("%s is in the Feature table", f.feature()).isPresent();
            out.add(Feature.byId(f.feature()).orElseThrow());
            fired.add(f.feature());
        }
        return out;
    }

    @Test
    void idsAreUniqueAndSettingsDeclared() {
        Set<String> ids = new HashSet<>();
        for (Feature f : Feature.values()) {
            assertThat(ids.add(f.id())).as(f.id()).isTrue();
            assertThat(f.description()).isNotBlank();
            f.setting().ifPresent(s -> assertThat(MatchConfig.SETTINGS).contains(s));
        }
        assertThat(Feature.byId("nope")).isEmpty();
    }

    @Test
    void eachFeatureFiresForAQueryThatShouldFireIt() {
        PartialDate dob = person.birthDates().get(0);
        String country = person.nationalities().get(0);
        String other = Countries.code(country).equals("NO") ? "SE" : "NO";
        String otherGender = person.gender().equalsIgnoreCase("male") ? "female" : "male";
        String id = person.identifiers().get(0).value();

        assertThat(features(List.of(), List.of(), List.of(), null)).contains(Feature.NAME_MATCH);
        assertThat(features(List.of(), List.of(), List.of(id), null)).contains(Feature.NAME_MATCH, Feature.IDENTIFIER_MATCH);
        assertThat(features(List.of(dob), List.of(), List.of(), null)).contains(Feature.DOB_MATCH)
                .doesNotContain(Feature.DOB_DAY_MISMATCH, Feature.DOB_YEAR_MISMATCH);
        assertThat(features(List.of(PartialDate.ofYear(dob.year() + 7)), List.of(), List.of(), null))
                .contains(Feature.DOB_YEAR_MISMATCH).doesNotContain(Feature.DOB_MATCH);
        PartialDate sameYear = new PartialDate(dob.year(), dob.month() == 1 ? 2 : 1, 1);
        assertThat(features(List.of(sameYear), List.of(), List.of(), null)).contains(Feature.DOB_DAY_MISMATCH);
        assertThat(features(List.of(), List.of(country), List.of(), null)).contains(Feature.COUNTRY_MATCH);
        assertThat(features(List.of(), List.of(other), List.of(), null)).contains(Feature.COUNTRY_MISMATCH);
        assertThat(features(List.of(), List.of(), List.of(), otherGender)).contains(Feature.GENDER_MISMATCH);
        assertThat(features(List.of(), List.of(), List.of(), person.gender())).doesNotContain(Feature.GENDER_MISMATCH);
        assertThat(features(List.of(), List.of(), List.of(), null)).doesNotContain(Feature.NUMBER_MISMATCH);
        Entity vessel = ListsIndex.byCaption("us_ofac_sdn", "SOUTH HILL 2");
        assertThat(features(new Query(Schema.VESSEL, List.of("South Hill 7"), List.of(), List.of(), List.of(), null), vessel))
                .contains(Feature.NAME_MATCH, Feature.NUMBER_MISMATCH);

        // the cousins of the Saudi royal family: the same name and father, another grandfather
        MatchResult cousins = index.compare(Schema.PERSON, "Faisal bin Saud bin Zwelinzima", "Faisal bin Saud bin Turki", MatchConfig.DEFAULT);
        assertThat(features(cousins)).contains(Feature.NAME_MATCH, Feature.PART_CONFLICT);
        assertThat(cousins.match()).isFalse();

        // every declared feature is one the scorer writes: none in the table is dead
        assertThat(fired).containsAll(EnumSet.allOf(Feature.class).stream().map(Feature::id).toList());
    }

    @Test
    void qualifiersMoveTheScoreByTheirSetting() {
        PartialDate dob = person.birthDates().get(0);
        MatchConfig config = MatchConfig.DEFAULT.withCutoff(0);
        Query plain = new Query(Schema.PERSON, List.of(person.caption()), List.of(), List.of(), List.of(), null);
        Query older = new Query(Schema.PERSON, List.of(person.caption()), List.of(PartialDate.ofYear(dob.year() + 7)),
                List.of(), List.of(), null);
        double a = scoreOf(plain, config);
        double b = scoreOf(older, config);
        assertThat(a - b).isCloseTo(Math.min(a, config.dobYearMismatch()), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aNumberMismatchTakesItsSettingFromThePairing() {
        Entity vessel = ListsIndex.byCaption("us_ofac_sdn", "SOUTH HILL 2");
        Query q = new Query(Schema.VESSEL, List.of("South Hill 7"), List.of(), List.of(), List.of(), null);
        MatchResult r = index.match(q, MatchConfig.DEFAULT.withCutoff(0), 50, Set.of()).stream()
                .filter(x -> x.entity().id().equals(vessel.id())).findFirst().orElseThrow();
        double name = r.explanation().stream().filter(f -> f.feature().equals(Feature.NAME_MATCH.id())).findFirst().orElseThrow().score();
        FeatureScore number = r.explanation().stream().filter(f -> f.feature().equals(Feature.NUMBER_MISMATCH.id())).findFirst().orElseThrow();
        assertThat(number.score()).isEqualTo(-MatchConfig.DEFAULT.numberMismatch());
        assertThat(number.detail()).contains("7").contains("2");
        assertThat(r.score()).isCloseTo(name + number.score(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.match()).isFalse();
    }

    private static double scoreOf(Query q, MatchConfig config) {
        return index.match(q, config, 50, Set.of()).stream().filter(x -> x.entity().id().equals(person.id()))
                .findFirst().orElseThrow().score();
    }
}
