package org.clearance.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clearance.io.Folders;
import org.clearance.model.Entity;

/**
 * A {@link MatchIndex} of the monitored parties, kept in a folder between runs and brought up to date
 * incrementally. Building it costs the name preparation of every party (about 24 s for 100,000 on one
 * core), so it is built once and then only the parties added or changed since are indexed, in a new
 * segment: each segment is a {@link MatchIndex} folder, and a party counts only in the newest segment
 * holding it exactly as it is now. Segments are written under a temporary name and moved into place,
 * so a killed run leaves no half segment.
 *
 * <p>Updates of one folder take turns, between threads and between processes (a file lock); an opened
 * index is read-only and thread-safe.
 */
public final class PartyIndex implements AutoCloseable {
    /**
     * More segments than this are merged into one: each segment is one more Lucene search per changed
     * entry, while a rebuild costs the full preparation again. Eight keeps searches cheap and a rebuild
     * rare (daily additions make one small segment each).
     */
    static final int MAX_SEGMENTS = 8;
    /**
     * Parties per segment when many are indexed at once: segments are built on all cores, and one of
     * 25,000 parties takes a few seconds.
     */
    static final int SEGMENT_PARTIES = 25_000;
    private static final String SEGMENT = "segment-";
    private static final String LOCK = "update.lock";

    private final List<Segment> segments;
    /** By id; a HashMap, not Map.copyOf: looked up once per candidate, and the immutable map probes linearly. */
    private final Map<String, MonitoredParty> parties;
    private final int indexedNow;

    /** One segment and which of its entities are current parties. */
    record Segment(Path dir, MatchIndex index, BitSet live) {}

    private PartyIndex(List<Segment> segments, Map<String, MonitoredParty> parties, int indexedNow) {
        this.segments = segments;
        this.parties = parties;
        this.indexedNow = indexedNow;
    }

    /**
     * Opens the party index in {@code dir} (created if missing) and indexes whatever of {@code parties}
     * it does not hold yet; parties it holds that are no longer given, or hold differently, are ignored.
     */
    public static PartyIndex open(Path dir, Collection<MonitoredParty> parties) throws IOException {
        Map<String, MonitoredParty> byId = new HashMap<>(parties.size() * 2);
        for (MonitoredParty p : parties) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalArgumentException("party " + p.id() + " is given twice");
            }
        }
        Path root = Files.createDirectories(dir.resolve("v" + MatchIndex.FORMAT_VERSION));
        // two imports at once (two terminals, or a cron job and a person) would number their new segments
        // alike, or one would delete segments the other is adding to: updates take turns, across
        // threads of this JVM (the monitor) and across processes (the file lock)
        synchronized (PartyIndex.class) {
            try (FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return update(root, parties, byId);
            }
        }
    }

    private static PartyIndex update(Path root, Collection<MonitoredParty> parties, Map<String, MonitoredParty> byId)
            throws IOException {
        List<Segment> segments = openSegments(root, byId);
        Set<String> covered = new HashSet<>();
        for (Segment s : segments) {
            s.live().stream().forEach(ord -> covered.add(s.index().entities().get(ord).sourceId()));
        }
        List<MonitoredParty> missing = parties.stream().filter(p -> !covered.contains(p.id())).toList();
        int dead = segments.stream().mapToInt(s -> s.index().size() - s.live().cardinality()).sum();
        List<MonitoredParty> toIndex = missing;
        List<Segment> kept = segments;
        // dead entries cost retrieval time and memory; when they outnumber the live ones, start afresh
        if (segments.size() + chunks(missing.size()) > MAX_SEGMENTS || dead > parties.size()) {
            toIndex = List.copyOf(parties);
            kept = List.of();
        }
        List<Segment> all = new ArrayList<>(kept);
        all.addAll(build(root, toIndex, byId, next(root)));
        if (kept != segments) {
            for (Segment s : segments) {
                s.index().close();
                Folders.delete(s.dir());
            }
        }
        return new PartyIndex(List.copyOf(all), byId, toIndex.size());
    }

    private static List<Segment> openSegments(Path root, Map<String, MonitoredParty> parties) throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(p -> p.getFileName().toString().startsWith(SEGMENT)).sorted(Comparator.reverseOrder()).toList();
        }
        List<Segment> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path d : dirs) { // newest first: a party counts in the newest segment that holds it as it is
            MatchIndex index = MatchIndex.open(d);
            BitSet live = new BitSet(index.size());
            List<Entity> entities = index.entities();
            for (int ord = 0; ord < entities.size(); ord++) {
                Entity e = entities.get(ord);
                MonitoredParty p = parties.get(e.sourceId());
                if (p != null && !seen.contains(p.id()) && p.entity().equals(e)) {
                    live.set(ord);
                    seen.add(p.id());
                }
            }
            out.add(new Segment(d, index, live));
        }
        return out;
    }

    private static int chunks(int parties) {
        return (parties + SEGMENT_PARTIES - 1) / SEGMENT_PARTIES;
    }

    /** Builds the segments of {@code parties} on all cores, numbered from {@code first}. */
    private static List<Segment> build(Path root, List<MonitoredParty> parties, Map<String, MonitoredParty> byId, long first)
            throws IOException {
        int n = chunks(parties.size());
        try {
            return IntStream.range(0, n).parallel().mapToObj(i -> {
                List<MonitoredParty> chunk = parties.subList(i * SEGMENT_PARTIES, Math.min(parties.size(), (i + 1) * SEGMENT_PARTIES));
                Path dir = root.resolve(String.format("%s%012d", SEGMENT, first + i));
                Path tmp = root.resolve("building-" + ProcessHandle.current().pid() + "-" + (first + i));
                try {
                    MatchIndex.build(chunk.stream().map(MonitoredParty::entity).toList(), tmp);
                    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                    MatchIndex index = MatchIndex.open(dir);
                    BitSet live = new BitSet(chunk.size());
                    live.set(0, chunk.size()); // built from the current parties, each once
                    return new Segment(dir, index, live);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot build the party index in " + tmp, e);
                }
            }).sorted(Comparator.comparing(Segment::dir).reversed()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The number after the newest segment's, so that newer segments sort after older ones. */
    private static long next(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(SEGMENT))
                    .mapToLong(n -> Long.parseLong(n.substring(SEGMENT.length()))).max().orElse(0) + 1;
        }
    }

    /** Segments, newest first. */
    List<Segment> segments() {
        return segments;
    }

    /** A current party by id. */
    MonitoredParty party(String id) {
        return parties.get(id);
    }

    /** The number of parties monitored. */
    public int size() {
        return parties.size();
    }

    /** The number of parties {@link #open} had to index (prepare), the rest being indexed already. */
    public int indexedNow() {
        return indexedNow;
    }

    /** The number of segments in use. */
    public int segmentCount() {
        return segments.size();
    }

    @Override
    public void close() throws IOException {
        for (Segment s : segments) {
            s.index().close();
        }
    }

}
