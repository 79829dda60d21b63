package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
        return features(personResult(dates, countries, identifiers, gender, MatchConfig.DEFAULT.withCutoff(0)));
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
            // a qualifier of a feature qualifies a main one, which comes before it in the table
            f.qualifies().ifPresent(m -> assertThat(f.kind() == Feature.Kind.QUALIFIER && m.kind() == Feature.Kind.MAIN
                    && m.ordinal() < f.ordinal()).as(f.id()).isTrue());
        }
        assertThat(Feature.byId("nope")).isEmpty();
        assertThat(Feature.PART_CONFLICT.qualifies()).contains(Feature.NAME_MATCH);
        assertThat(Feature.DOB_YEAR_MISMATCH.qualifies()).isEmpty();
    }

    @Test
    void eachFeatureFiresForAQueryThatShouldFireIt() {
        PartialDate dob = person.birthDates().get(0);
        String country = person.nationalities().get(0);
        MatchConfig config = MatchConfig.DEFAULT.withCutoff(0);
        for (Firing firing : firings()) {
            assertThat(features(firing.result().apply(config))).contains(Feature.NAME_MATCH, firing.feature());
        }
        assertThat(features(List.of(), List.of(), List.of(), null)).contains(Feature.NAME_MATCH)
                .doesNotContain(Feature.IDENTIFIER_MATCH, Feature.NUMBER_MISMATCH, Feature.PART_CONFLICT);
        assertThat(features(List.of(dob), List.of(), List.of(), null)).contains(Feature.DOB_MATCH)
                .doesNotContain(Feature.DOB_DAY_MISMATCH, Feature.DOB_YEAR_MISMATCH);
        assertThat(features(List.of(PartialDate.ofYear(dob.year() + 7)), List.of(), List.of(), null))
                .doesNotContain(Feature.DOB_MATCH, Feature.DOB_DAY_MISMATCH);
        assertThat(features(List.of(), List.of(country), List.of(), null)).contains(Feature.COUNTRY_MATCH)
                .doesNotContain(Feature.COUNTRY_MISMATCH);
        assertThat(features(List.of(), List.of(), List.of(), person.gender())).doesNotContain(Feature.GENDER_MISMATCH);
        assertThat(index.compare(Schema.PERSON, "Faisal bin Saud bin Zwelinzima", "Faisal bin Saud bin Turki", MatchConfig.DEFAULT)
                .match()).isFalse();

        // every declared feature is one the scorer writes: none in the table is dead
        assertThat(fired).containsAll(EnumSet.allOf(Feature.class).stream().map(Feature::id).toList());
    }

    @Test
    void aNumberMismatchTakesItsSettingFromThePairing() {
        Entity vessel = ListsIndex.byCaption("us_ofac_sdn", "SOUTH HILL 2");
        MatchResult r = result(new Query(Schema.VESSEL, List.of("South Hill 7"), List.of(), List.of(), List.of(), null), vessel,
                MatchConfig.DEFAULT.withCutoff(0));
        FeatureScore number = line(r, Feature.NUMBER_MISMATCH);
        assertThat(number.score()).isEqualTo(-MatchConfig.DEFAULT.numberMismatch());
        assertThat(number.detail()).contains("7").contains("2");
        assertThat(r.score()).isCloseTo(line(r, Feature.NAME_MATCH).score() + number.score(), offset(1e-9));
        // the number alone takes a pairing perfect in the rest below the threshold
        assertThat(r.match()).isFalse();
    }

    /**
     * Every line of real screenings' explanations is a row of the table, in the order the scorer runs it, and the
     * lines add up to the score as the table says.
     */
    @Test
    void explanationsOfRealScreeningsAddUpByTheTable() {
        List<Entity> people = ListsIndex.entities().stream()
                .filter(e -> e.schema() == Schema.PERSON && !e.birthDates().isEmpty()).toList();
        Set<String> seen = new HashSet<>();
        int lines = 0;
        for (int i = 0; i < people.size(); i += people.size() / 60) {
            Entity e = people.get(i);
            PartialDate dob = e.birthDates().get(0);
            // some queries a year off, in another country or of the other gender, so that qualifiers fire too
            Query q = new Query(Schema.PERSON, List.of(e.caption()), List.of(i % 2 == 0 ? dob : PartialDate.ofYear(dob.year() + 3)),
                    i % 3 == 0 ? List.of("Norway") : e.nationalities(), e.identifiers().stream().limit(1).map(x -> x.value()).toList(),
                    i % 5 == 0 ? "female" : e.gender());
            for (MatchResult r : index.match(q, MatchConfig.DEFAULT.withCutoff(0), 10, Set.of())) {
                assertAddsUp(r);
                r.explanation().forEach(f -> seen.add(f.feature()));
                lines += r.explanation().size();
            }
        }
        assertThat(lines).isGreaterThan(200);
        assertThat(seen).contains(Feature.NAME_MATCH.id(), Feature.DOB_MATCH.id(), Feature.DOB_YEAR_MISMATCH.id(),
                Feature.COUNTRY_MISMATCH.id(), Feature.GENDER_MISMATCH.id(), Feature.IDENTIFIER_MATCH.id());
    }

    /**
     * The explanation's lines, each a row of the table, come in the order the scorer runs the table (each main feature
     * followed by its own qualifiers, then the score's qualifiers) and make the score: each main feature's line less
     * its qualifiers' lines, the highest of these, then the score's qualifiers added, within [0, 1].
     */
    private static void assertAddsUp(MatchResult r) {
        List<Feature> order = new ArrayList<>();
        for (Feature m : Feature.values()) {
            if (m.kind() == Feature.Kind.MAIN) {
                order.add(m);
                Arrays.stream(Feature.values()).filter(f -> f.qualifies().orElse(null) == m).forEach(order::add);
            }
        }
        Arrays.stream(Feature.values()).filter(f -> f.kind() == Feature.Kind.QUALIFIER && f.qualifies().isEmpty()).forEach(order::add);
        Map<Feature, Double> mains = new EnumMap<>(Feature.class);
        double qualifiers = 0;
        int at = -1;
        for (FeatureScore line : r.explanation()) {
            Feature f = Feature.byId(line.feature()).orElseThrow(() -> new AssertionError(line.feature() + " is in no row of the table"));
            assertThat(order.indexOf(f)).as("%s in the table's order: %s", f.id(), r.describe()).isGreaterThan(at);
            at = order.indexOf(f);
            if (f.kind() == Feature.Kind.MAIN) {
                mains.put(f, line.score());
            } else if (f.qualifies().isPresent()) {
                mains.merge(f.qualifies().get(), line.score(), Double::sum);
            } else {
                qualifiers += line.score();
            }
        }
        double main = mains.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertThat(r.score()).as(r.describe()).isCloseTo(Math.max(0, Math.min(1, Math.max(0, main) + qualifiers)), offset(1e-9));
    }

    /** A pair that fires the feature, scored with a configuration. */
    private record Firing(Feature feature, Function<MatchConfig, MatchResult> result) {}

    /** For each feature that reads a setting, a pair of real names that fires it. */
    private static List<Firing> firings() {
        PartialDate dob = person.birthDates().get(0);
        String country = person.nationalities().get(0);
        String other = Countries.code(country).equals("NO") ? "Sweden" : "Norway";
        String otherGender = person.gender().equalsIgnoreCase("male") ? "female" : "male";
        String id = person.identifiers().get(0).value();
        Entity vessel = ListsIndex.byCaption("us_ofac_sdn", "SOUTH HILL 2");
        return List.of(
                new Firing(Feature.IDENTIFIER_MATCH, c -> personResult(List.of(), List.of(), List.of(id), null, c)),
                new Firing(Feature.DOB_DAY_MISMATCH, c -> personResult(List.of(new PartialDate(dob.year(), dob.month() == 1 ? 2 : 1, 1)),
                        List.of(), List.of(), null, c)),
                new Firing(Feature.DOB_YEAR_MISMATCH, c -> personResult(List.of(PartialDate.ofYear(dob.year() + 7)), List.of(), List.of(), null, c)),
                new Firing(Feature.COUNTRY_MISMATCH, c -> personResult(List.of(), List.of(other), List.of(), null, c)),
                new Firing(Feature.GENDER_MISMATCH, c -> personResult(List.of(), List.of(), List.of(), otherGender, c)),
                // the cousins of the Saudi royal family: the same name and father, another grandfather
                new Firing(Feature.PART_CONFLICT, c -> index.compare(Schema.PERSON, "Faisal bin Saud bin Zwelinzima", "Faisal bin Saud bin Turki", c)),
                new Firing(Feature.NUMBER_MISMATCH, c -> result(new Query(Schema.VESSEL, List.of("South Hill 7"), List.of(), List.of(), List.of(), null),
                        vessel, c)));
    }

    @Test
    void eachFeatureWithASettingScoresItsSettingAndASettingChangedChangesThatFeatureAlone() {
        List<Firing> firings = firings();
        assertThat(firings.stream().map(Firing::feature)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Feature.values()).filter(f -> f.setting().isPresent()).toList());
        MatchConfig config = MatchConfig.DEFAULT.withCutoff(0);
        for (Firing firing : firings) {
            Feature f = firing.feature();
            Setting s = f.setting().orElseThrow();
            // a main feature gives its setting, a qualifier takes it
            double sign = f.kind() == Feature.Kind.MAIN ? 1 : -1;
            MatchResult before = firing.result().apply(config);
            assertAddsUp(before);
            // (the name's qualifiers are what the pairing lost, a difference of two scores: equal to the last bits)
            assertThat(line(before, f).score()).as(before.describe()).isCloseTo(sign * config.value(s), offset(1e-9));

            double changed = s.defaultValue() + (s.defaultValue() + 0.05 <= s.max() ? 0.05 : -0.05);
            MatchConfig set = config.with(Map.of(s.name(), s.format(changed)));
            MatchResult after = firing.result().apply(set);
            assertAddsUp(after);
            assertThat(line(after, f).score()).as(after.describe()).isCloseTo(sign * set.value(s), offset(1e-9));
            // every other line gives what it gave
            assertThat(after.explanation()).hasSameSizeAs(before.explanation());
            for (int i = 0; i < before.explanation().size(); i++) {
                FeatureScore a = before.explanation().get(i);
                FeatureScore b = after.explanation().get(i);
                assertThat(b.feature()).isEqualTo(a.feature());
                if (!a.feature().equals(f.id())) {
                    assertThat(b.score()).as("%s when %s changes", a.feature(), s.name()).isCloseTo(a.score(), offset(1e-9));
                }
            }
            if (f.kind() == Feature.Kind.QUALIFIER) {
                assertThat(after.score() - before.score()).as(s.name()).isCloseTo(sign * (changed - s.defaultValue()), offset(1e-9));
            }
        }
    }

    private static MatchResult personResult(List<PartialDate> dates, List<String> countries, List<String> identifiers, String gender,
            MatchConfig config) {
        return result(new Query(Schema.PERSON, List.of(person.caption()), dates, countries, identifiers, gender), person, config);
    }

    private static MatchResult result(Query q, Entity entity, MatchConfig config) {
        return index.match(q, config, 50, Set.of()).stream().filter(x -> x.entity().id().equals(entity.id())).findFirst()
                .orElseThrow(() -> new AssertionError(q));
    }

    private static FeatureScore line(MatchResult r, Feature f) {
        return r.explanation().stream().filter(x -> x.feature().equals(f.id())).findFirst()
                .orElseThrow(() -> new AssertionError(f.id() + " not in " + r.describe()));
    }
}
