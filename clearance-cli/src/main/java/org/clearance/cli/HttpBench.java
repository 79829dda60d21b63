package org.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance bench http}: load on a running {@code clearance serve} from this second process.
 * Each of {@code connections} threads sends {@code POST /match/default} with one yente query (a real
 * name from the names files) and waits for the answer before sending the next (a closed loop, so the
 * figures are the latency a client sees at the throughput the server sustains). A warm-up period is
 * not counted, so that the JIT has compiled the server's paths.
 */
@Command(name = "http", mixinStandardHelpOptions = true, description = "Load on a running clearance serve at --url.")
final class HttpBench implements Callable<Integer> {
    /** The columns that hold the name in the names files: the screening evaluation files, or a screen CSV. */
    static final List<String> NAME_COLUMNS = List.of("full_name", "name");
    /** How long one request may take before it counts as an error. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The running clearance serve (default ${DEFAULT-VALUE}).")
    URI base;

    /** The API key the requests carry: the server refuses requests without one. */
    @Option(names = "--key", defaultValue = "${env:" + Home.API_KEY_VAR + "}", description = "The API key to send "
            + "(default: the environment variable " + Home.API_KEY_VAR + ").")
    String key;

    @Option(names = "--seconds", defaultValue = "60", description = "Seconds of measured load (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds of load before measuring (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--connections", defaultValue = "4", description = "Concurrent connections (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--names", paramLabel = "FILE", split = ",", description = "CSV files of names (a full_name or"
            + " name column), default the screening evaluation files in ../shared/eval.")
    List<Path> names = List.of(Path.of("../shared/eval/screen-dev-positives.csv"), Path.of("../shared/eval/screen-dev-negatives.csv"));

    private PrintWriter out;
    private String authorization;

    @Override
    public Integer call() throws Exception {
        if (key == null || key.isBlank()) {
            throw new Errors.UserException("--key: the service needs an API key; pass --key or set " + Home.API_KEY_VAR
                    + " (create one with 'clearance keys create --name bench --role screen')");
        }
        authorization = "ApiKey " + key.strip();
        if (seconds < 1 || warmup < 0 || connections < 1) {
            throw new Errors.UserException("--seconds and --connections must be at least 1, --warmup at least 0");
        }
        out = spec.commandLine().getOut();
        List<byte[]> bodies = new ArrayList<>();
        for (Path f : names) {
            for (String name : readNames(f)) {
                bodies.add(body(name).getBytes(StandardCharsets.UTF_8));
            }
        }
        String match = "/match/default";
        int ready;
        try (HttpConnection c = new HttpConnection(base, REQUEST_TIMEOUT, authorization)) {
            ready = c.send("GET", "/readyz", null);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--url: " + e.getMessage());
        } catch (java.net.ConnectException e) {
            throw new Errors.UserException("cannot connect to " + base + ": is clearance serve running there?");
        }
        if (ready != 200) {
            throw new Errors.UserException(base + " is not ready (GET /readyz answered " + ready + "); wait for the lists to load");
        }
        try (HttpConnection c = new HttpConnection(base, REQUEST_TIMEOUT, authorization)) {
            int status = c.send("POST", "/match/default", bodies.get(0));
            if (status == 401 || status == 403) {
                throw new Errors.UserException(base + " refused the API key (HTTP " + status + "): give a valid key with the "
                        + "role screen");
            }
        }
        out.printf("POST %s%s, one query per request, %,d names; %d connections, %d s warm-up, %d s measured%n",
                base, match, bodies.size(), connections, warmup, seconds);
        out.flush();
        load(match, bodies, warmup);
        Load measured = load(match, bodies, seconds);
        long[] lat = measured.latencies();
        Arrays.sort(lat);
        out.printf("Requests: %,d in %.1f s = %,.0f requests/s%n", lat.length, measured.seconds(), lat.length / measured.seconds());
        out.printf("Latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", ms(lat, 0.50), ms(lat, 0.90), ms(lat, 0.99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
        out.printf("Errors: %,d%s%n", measured.errorCount(), measured.errors().isEmpty() ? "" : " " + measured.errors());
        return measured.errorCount() == 0 ? 0 : 1;
    }

    /** What one period of load gave: every answer's latency in nanoseconds, and the errors by kind. */
    private record Load(long[] latencies, Map<String, Integer> errors, double seconds) {
        long errorCount() {
            return errors.values().stream().mapToLong(Integer::longValue).sum();
        }
    }

    private Load load(String match, List<byte[]> bodies, int secs) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + secs * 1_000_000_000L;
        Worker[] workers = new Worker[connections];
        for (int i = 0; i < connections; i++) {
            workers[i] = new Worker(new HttpConnection(base, REQUEST_TIMEOUT, authorization), match, bodies, i, end);
            workers[i].start();
        }
        List<long[]> all = new ArrayList<>();
        Map<String, Integer> errors = new TreeMap<>();
        for (Worker w : workers) {
            w.join();
            all.add(Arrays.copyOf(w.latencies, w.count));
            w.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
        }
        double took = (System.nanoTime() - start) / 1e9;
        return new Load(all.stream().flatMapToLong(Arrays::stream).toArray(), errors, took);
    }

    /** One connection's closed loop; names are taken in turn, each worker from its own start. */
    private static final class Worker extends Thread {
        private final HttpConnection connection;
        private final String match;
        private final List<byte[]> bodies;
        private final long end;
        private int next;
        long[] latencies = new long[1 << 14];
        int count;
        final Map<String, Integer> errors = new TreeMap<>();

        Worker(HttpConnection connection, String match, List<byte[]> bodies, int index, long end) {
            super("bench-http-" + index);
            this.connection = connection;
            this.match = match;
            this.bodies = bodies;
            this.end = end;
            this.next = (int) ((long) index * bodies.size() / 1000 + index);
        }

        @Override
        public void run() {
            try (connection) {
                while (System.nanoTime() < end) {
                    byte[] body = bodies.get(next++ % bodies.size());
                    long t0 = System.nanoTime();
                    try {
                        int status = connection.send("POST", match, body);
                        long t = System.nanoTime() - t0;
                        if (status != 200) {
                            errors.merge("HTTP " + status, 1, Integer::sum);
                        } else {
                            record(t);
                        }
                    } catch (IOException e) {
                        errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }

    /** The names of a CSV file with a header naming one of {@link #NAME_COLUMNS}. */
    static List<String> readNames(Path f) throws IOException, Errors.UserException {
        if (!Files.isRegularFile(f)) {
            throw new Errors.UserException(f + ": names file not found (give --names FILE: a CSV with a "
                    + String.join(" or ", NAME_COLUMNS) + " column)");
        }
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            String column = NAME_COLUMNS.stream().filter(csv.getHeaderMap()::containsKey).findFirst()
                    .orElseThrow(() -> new Errors.UserException(f + ": no " + String.join(" or ", NAME_COLUMNS)
                            + " column in the header " + csv.getHeaderNames()));
            for (CSVRecord rec : csv) {
                String name = rec.isSet(column) ? rec.get(column).strip() : "";
                if (name.isEmpty()) {
                    throw new Errors.UserException(f + " line " + csv.getCurrentLineNumber() + ": empty " + column);
                }
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            throw new Errors.UserException(f + ": no names");
        }
        return out;
    }

    /** yente's match body for one name; LegalEntity, as a client screening unknown parties would send. */
    static String body(String name) {
        ObjectNode b = JSON.createObjectNode();
        ObjectNode q = b.putObject("queries").putObject("q");
        q.put("schema", "LegalEntity");
        q.putObject("properties").putArray("name").add(name);
        return b.toString();
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double ms(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
