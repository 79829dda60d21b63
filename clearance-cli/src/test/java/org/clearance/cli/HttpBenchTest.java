package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.api.ApiServer;
import org.clearance.api.LoadedLists;
import org.clearance.store.Database;
import org.clearance.store.ListStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench http against a real server on the bundled lists, and its input and arithmetic. */
class HttpBenchTest {
    @AfterAll
    static void restore() {
        System.clearProperty("clearance.home");
    }

    @Test
    void loadsARunningServerAndReportsEveryRequest(@TempDir Path tmp) throws Exception {
        Path home = Cli.readOnlyHome();
        System.setProperty("clearance.home", home.toString());
        PrintWriter quiet = new PrintWriter(new StringWriter());
        Path names = Files.writeString(tmp.resolve("names.csv"), "id,name\n1,Chen Quanguo\n2,\"Changji Esquel Textile Co., Ltd.\"\n3,Ingeborg Abrahamsen\n");
        Database db = Home.openDatabase();
        String key = new ApiKeys(db).create("bench-" + System.nanoTime(), Role.SCREEN, "cli:test").key();
        try (ApiServer server = ApiServer.start(0, db, () -> {
            ListStore store = ListStore.of(db);
            Home.loadSnapshotIfEmpty(store, quiet);
            return LoadedLists.of(store, Home.openIndex(store, quiet));
        }, quiet)) {
            String url = "http://localhost:" + server.port();
            Cli.Run notReady = null;
            for (int i = 0; i < 600; i++) {
                notReady = Cli.run(home, "bench", "http", "--url", url, "--key", key, "--seconds", "1", "--warmup", "0",
                        "--connections", "2", "--names", names.toString());
                if (!notReady.err().contains("not ready")) {
                    break;
                }
                Thread.sleep(500);
            }
            Cli.Run r = notReady;
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("3 names; 2 connections").contains("Errors: 0");
            Matcher m = Pattern.compile("Requests: ([\\d,]+) in").matcher(r.out());
            assertThat(m.find()).as(r.out()).isTrue();
            long sent = Long.parseLong(m.group(1).replace(",", ""));
            assertThat(sent).isPositive();
            assertThat(r.out()).containsPattern("p50 [\\d.]+ +p90 [\\d.]+ +p99 [\\d.]+ +max [\\d.]+");
        }
    }

    @Test
    void anUnreachableServerOrABadNamesFileIsABadInputError(@TempDir Path tmp) throws Exception {
        Path names = Files.writeString(tmp.resolve("names.csv"), "full_name,date_of_birth\nChen Quanguo,1955\n,1960\n");
        Cli.Run r = Cli.run(tmp, "bench", "http", "--url", "http://localhost:9", "--key", "k", "--names", names.toString());
        assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(r.err()).contains("names.csv line 3: empty full_name");
        Path noColumn = Files.writeString(tmp.resolve("other.csv"), "id,party\n1,Chen\n");
        r = Cli.run(tmp, "bench", "http", "--key", "k", "--names", noColumn.toString());
        assertThat(r.err()).contains("other.csv: no full_name or name column");
        Path good = Files.writeString(tmp.resolve("good.csv"), "name\nChen Quanguo\n");
        r = Cli.run(tmp, "bench", "http", "--url", "http://localhost:9", "--key", "k", "--names", good.toString());
        assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(r.err()).contains("cannot connect to http://localhost:9");
        if (System.getenv(Home.API_KEY_VAR) == null) {
            r = Cli.run(tmp, "bench", "http", "--url", "http://localhost:9", "--names", good.toString());
            assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
            assertThat(r.err()).contains("--key", Home.API_KEY_VAR, "keys create");
        }
    }

    @Test
    void aRequestIsOneYenteQueryForTheName() throws Exception {
        var body = new ObjectMapper().readTree(HttpBench.body("Chen \"Q\" Quanguo"));
        assertThat(body.path("queries").size()).isEqualTo(1);
        assertThat(body.path("queries").path("q").path("properties").path("name").get(0).asText()).isEqualTo("Chen \"Q\" Quanguo");
    }

    @Test
    void percentilesAreNearestRank() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (i + 1) * 1_000_000L; // 1 ms .. 100 ms
        }
        // nearest rank: the p-th percentile of 100 values is the ceil(p * 100)-th smallest
        assertThat(HttpBench.ms(ms, 0.50)).isEqualTo(50.0);
        assertThat(HttpBench.ms(ms, 0.99)).isEqualTo(99.0);
        assertThat(HttpBench.ms(new long[] {7_000_000L}, 0.99)).isEqualTo(7.0);
        assertThat(HttpBench.ms(new long[0], 0.5)).isZero();
    }
}
