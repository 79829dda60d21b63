package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.audit.AuditLog;
import org.clearance.audit.Verification;
import org.clearance.io.Folders;
import org.clearance.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any body and query parameters of {@code POST /match/default} are screened, answered as JSON and audited, or
 * refused with a 4xx naming what is wrong: never another exception, and never an audit entry that the chain's own
 * check then takes for tampering (a lone surrogate once did that). The steps are the route's, in its order
 * ({@link Service}): the parameters, the body, the screening on the bundled lists, the answer, the audit entry.
 * Fuzzed coverage-guided for 20 seconds on every test run (the build sets {@code JAZZER_FUZZ}); the seeds (yente
 * requests) and every crash found are replayed from {@code MatchRequestFuzzTestInputs}. A seed's last byte chooses
 * how many parameters it has (0: none); the rest of it is the body.
 */
class MatchRequestFuzzTest {
    private static final List<String> PARAMETERS = List.copyOf(new TreeSet<>(MatchParams.NAMES));
    private static final Set<String> SCOPE = DatasetCollections.resolve("default");
    private static Path home;
    private static Database db;
    private static LoadedLists lists;
    private static AuditLog audit;

    @BeforeAll
    static void load() throws Exception {
        home = Files.createTempDirectory("clearance-fuzz-api");
        db = TestLists.database(home);
        lists = TestLists.load(db, home);
        audit = new AuditLog(db);
    }

    @AfterAll
    static void auditChainIsIntact() throws Exception {
        try {
            Verification v = audit.verify();
            assertThat(v.problems()).as("the audit chain after every request fuzzed").isEmpty();
        } finally {
            lists.close();
            db.close();
            Folders.delete(home);
        }
    }

    @FuzzTest(maxDuration = "20s")
    @DictionaryEntries({"\"queries\"", "\"schema\"", "\"properties\"", "\"name\"", "\"Person\"", "\"Company\"",
            "\"birthDate\"", "\"nationality\"", "\"weights\"", "\"config\"", "\"threshold\"", "\"candidates\""})
    void anyRequestIsAnsweredOrRefusedWith4xx(FuzzedDataProvider data) throws Exception {
        Map<String, List<String>> params = new LinkedHashMap<>();
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
            String name = PARAMETERS.get(data.consumeInt(0, PARAMETERS.size() - 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(data.consumeString(40));
        }
        byte[] body = data.consumeRemainingAsBytes();
        try {
            MatchParams p = MatchParams.of(params);
            JsonNode json = ApiServer.parse(body);
            MatchRequest request = MatchRequest.read(json);
            MatchAnswer answer = Screening.match(lists, SCOPE, request, p);
            JsonNode asked = json.get("queries");
            assertThat(MatchJson.of(answer, asked, lists).path("responses").size()).isEqualTo(request.queries().size());
            audit.append("fuzz", "screen", "match/default", ScreeningRecord.of(null, asked, lists, answer));
        } catch (ApiException e) {
            assertThat(e.status()).as(e.getMessage()).isBetween(400, 499);
        }
    }
}
