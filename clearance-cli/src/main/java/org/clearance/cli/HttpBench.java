package org.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code clearance bench http}: load on a running {@code clearance serve} from this second process.
 * Each of {@code connections} threads sends {@code POST /match/default} with one yente query (a real
 * name from the names files) and waits for the answer before sending the next (a closed loop, so the
 * figures are the latency a client sees at the throughput the server sustains). A warm-up period is
 * not counted, so that the JIT has compiled the server's paths.
 */
final class HttpBench {
    /** The columns that hold the name in the names files: the screening evaluation files, or a screen CSV. */
    static final List<String> NAME_COLUMNS = List.of("full_name", "name");
    /** How long one request may take before it counts as an error. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final URI base;
    private final int seconds;
    private final int warmup;
    private final int connections;
    private final List<Path> names;

    HttpBench(PrintWriter out, URI base, int seconds, int warmup, int connections, List<Path> names) throws Errors.UserException {
        if (seconds < 1 || warmup < 0 || connections < 1) {
            throw new Errors.UserException("--seconds and --connections must be at least 1, --warmup at least 0");
        }
        this.out = out;
        this.base = base;
        this.seconds = seconds;
        this.warmup = warmup;
        this.connections = connections;
        this.names = names;
    }

    int run() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (Path f : names) {
            for (String name : readNames(f)) {
                bodies.add(body(name));
            }
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI match = base.resolve("/match/default");
        HttpResponse<Void> ready;
        try {
            ready = client.send(HttpRequest.newBuilder(base.resolve("/readyz")).timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (java.net.ConnectException e) {
            throw new Errors.UserException("cannot connect to " + base + ": is clearance serve running there?");
        }
        if (ready.statusCode() != 200) {
            throw new Errors.UserException(base + " is not ready (GET /readyz answered " + ready.statusCode() + "); wait for the lists to load");
        }
        out.printf("POST %s, one query per request, %,d names; %d connections, %d s warm-up, %d s measured%n",
                match, bodies.size(), connections, warmup, seconds);
        out.flush();
        load(client, match, bodies, warmup);
        Load measured = load(client, match, bodies, seconds);
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

    private Load load(HttpClient client, URI match, List<String> bodies, int secs) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + secs * 1_000_000_000L;
        Worker[] workers = new Worker[connections];
        for (int i = 0; i < connections; i++) {
            workers[i] = new Worker(client, match, bodies, i, end);
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
        private final HttpClient client;
        private final URI match;
        private final List<String> bodies;
        private final long end;
        private int next;
        long[] latencies = new long[1 << 14];
        int count;
        final Map<String, Integer> errors = new TreeMap<>();

        Worker(HttpClient client, URI match, List<String> bodies, int index, long end) {
            super("bench-http-" + index);
            this.client = client;
            this.match = match;
            this.bodies = bodies;
            this.end = end;
            this.next = (int) ((long) index * bodies.size() / 1000 + index);
        }

        @Override
        public void run() {
            while (System.nanoTime() < end) {
                HttpRequest r = HttpRequest.newBuilder(match).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(next++ % bodies.size()))).build();
                long t0 = System.nanoTime();
                try {
                    HttpResponse<byte[]> a = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - t0;
                    if (a.statusCode() != 200) {
                        errors.merge("HTTP " + a.statusCode(), 1, Integer::sum);
                    } else {
                        record(t);
                    }
                } catch (IOException e) {
                    errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
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
