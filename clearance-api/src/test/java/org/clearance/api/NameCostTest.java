package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.match.MatchConfig;
import org.clearance.match.Query;
import org.clearance.model.EntityLimits;
import org.clearance.model.Name;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What long names cost, counted rather than timed (issue 18, item 5: a name of 340,000 '陈' once took 90 s). The
 * scorer aligns every part of each query name with every part of each candidate's names, so the work of one
 * screening is bounded by its alignment cells: the parts of the query's names times the parts of the names of the
 * candidates retrieved, at most {@code candidates} of them whatever the query. Here requests carry 1,000, 10,000 and
 * 100,000 characters of real names (the world negatives, in many scripts), every name and every party within
 * {@link EntityLimits}: the cells per character must not grow with the length. A single name of 10,000 or 100,000
 * characters, or a party whose names together pass the limit, is refused before any work (ten names of 1,000
 * characters in one party once made Lucene refuse the search, a 500).
 */
class NameCostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ALL = DatasetCollections.resolve("default");

    @TempDir
    static Path home;
    private static LoadedLists lists;
    private static List<String> realNames;

    @BeforeAll
    static void load() throws Exception {
        lists = TestLists.load(TestLists.database(home), home);
        realNames = new ArrayList<>();
        Path world = Path.of(System.getProperty("clearance.shared"), "eval", "screen-dev-negatives-world.csv");
        try (Reader r = Files.newBufferedReader(world, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                realNames.add(rec.get("name").strip());
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        lists.close();
    }

    /** Alignment cells and characters of one screened party. */
    private record Cost(long characters, long cells, int candidates) {
        double cellsPerCharacter() {
            return (double) cells / characters;
        }
    }

    @Test
    void aRequestsCostGrowsLinearlyWithTheCharactersOfItsNames() {
        Cost k1 = screen(parties(1_000));
        Cost k10 = screen(parties(10_000));
        Cost k100 = screen(parties(100_000));
        System.out.printf("cells per character: 1k %.1f (%,d cells, %d candidates), 10k %.1f (%,d, %d), 100k %.1f (%,d, %d)%n",
                k1.cellsPerCharacter(), k1.cells(), k1.candidates(), k10.cellsPerCharacter(), k10.cells(), k10.candidates(),
                k100.cellsPerCharacter(), k100.cells(), k100.candidates());
        assertThat(k100.characters()).isGreaterThanOrEqualTo(100_000);
        // linear: a hundred times the text is at most a hundred times the work (with room for which candidates come back)
        assertThat(k10.cellsPerCharacter()).isLessThan(2 * k1.cellsPerCharacter());
        assertThat(k100.cellsPerCharacter()).isLessThan(2 * k1.cellsPerCharacter());
        assertThat(k100.cellsPerCharacter()).isLessThan(2 * k10.cellsPerCharacter());
    }

    @Test
    void aNameOfTenOrAHundredThousandCharactersIsRefusedBeforeAnyWork() {
        for (int length : new int[] {10_000, 100_000}) {
            String name = String.join(" ", realNames).substring(0, length);
            assertThatThrownBy(() -> Screening.match(lists, ALL, request(List.of(List.of(name))), MatchParams.DEFAULT))
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining(String.format("a name of %,d characters; a name may have at most %,d", length,
                            EntityLimits.MAX_NAME_CHARS));
        }
    }

    @Test
    void aPartyWhoseNamesTogetherPassTheLimitIsRefused() {
        List<String> names = names(10_000);
        int characters = names.stream().mapToInt(String::length).sum();
        assertThatThrownBy(() -> Screening.match(lists, ALL, request(List.of(names)), MatchParams.DEFAULT))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining(String.format("names of %,d characters together; the names of one party may have "
                        + "at most %,d", characters, EntityLimits.MAX_QUERY_NAME_CHARS));
    }

    /** Real names carrying {@code characters} in all, as parties each within {@link EntityLimits#MAX_QUERY_NAME_CHARS}. */
    private static List<List<String>> parties(int characters) {
        List<List<String>> out = new ArrayList<>();
        List<String> party = new ArrayList<>();
        int held = 0;
        for (String name : names(characters)) {
            if (held + name.length() > EntityLimits.MAX_QUERY_NAME_CHARS) {
                out.add(party);
                party = new ArrayList<>();
                held = 0;
            }
            party.add(name);
            held += name.length();
        }
        out.add(party);
        assertThat(out).hasSizeLessThanOrEqualTo(MatchRequest.MAX_QUERIES);
        return out;
    }

    /**
     * Real names joined into names within the limits (at most {@link EntityLimits#MAX_NAME_CHARS} characters and
     * {@link EntityLimits#MAX_NAME_PARTS} parts), until they carry {@code characters} in all; each size starts
     * further along the file, so no two share a name.
     */
    private static List<String> names(int characters) {
        List<String> out = new ArrayList<>();
        int next = characters / 10;
        long total = 0;
        while (total < characters) {
            StringBuilder name = new StringBuilder(realNames.get(next++ % realNames.size()));
            while (true) {
                String longer = name + " " + realNames.get(next % realNames.size());
                if (longer.length() > EntityLimits.MAX_NAME_CHARS || QueryMapper.parts(longer) > EntityLimits.MAX_NAME_PARTS) {
                    break;
                }
                name.setLength(0);
                name.append(longer);
                next++;
            }
            out.add(name.toString());
            total += name.length();
        }
        return out;
    }

    /** Screens the parties in one request as the service does, and counts the alignment cells of their candidates. */
    private static Cost screen(List<List<String>> parties) {
        MatchRequest request = request(parties);
        MatchAnswer answer = Screening.match(lists, ALL, request, MatchParams.DEFAULT);
        assertThat(answer.responses()).hasSize(parties.size());
        long cells = 0;
        int mostCandidates = 0;
        for (var e : request.queries().entrySet()) {
            Query query = QueryMapper.map("queries." + e.getKey(), e.getValue()).query();
            long queryParts = query.names().stream().mapToLong(QueryMapper::parts).sum();
            var candidates = lists.index().candidates(query, MatchConfig.DEFAULT, ALL);
            // the candidates are bounded by the setting, not by the names given
            assertThat(candidates).hasSizeLessThanOrEqualTo(MatchConfig.DEFAULT.candidates());
            cells += queryParts * candidates.stream().flatMap(c -> c.names().stream()).map(Name::full)
                    .mapToLong(QueryMapper::parts).sum();
            mostCandidates = Math.max(mostCandidates, candidates.size());
        }
        long characters = parties.stream().flatMap(List::stream).mapToLong(String::length).sum();
        return new Cost(characters, cells, mostCandidates);
    }

    private static MatchRequest request(List<List<String>> parties) {
        ObjectNode queries = JSON.createObjectNode();
        for (int i = 0; i < parties.size(); i++) {
            ObjectNode q = queries.putObject("q" + i);
            q.put("schema", "Person");
            parties.get(i).forEach(q.putObject("properties").putArray("name")::add);
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("queries", queries);
        return MatchRequest.read(body);
    }
}
