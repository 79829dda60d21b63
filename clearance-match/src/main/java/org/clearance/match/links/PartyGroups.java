package org.clearance.match.links;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parties of one screening index: entries of different lists linked into groups by {@link Link}s, every
 * other entry a party of its own. A linked group's id is {@code grp-} and the id of its first member in id
 * order; an unlinked entry's group id is its own id, so that a party of one listing looks as it always did.
 * Kept beside the index in {@code links.tsv}, one link a line, from which the groups are joined again on reading.
 */
public final class PartyGroups {
    /** The file in an index folder. */
    public static final String FILE = "links.tsv";
    /** What a linked group's id starts with. */
    public static final String GROUP_PREFIX = "grp-";
    private static final String HEADER = "left\tright\trule\tevidence";
    /**
     * The analysts' decisions in effect when the folder was handed to a job that opens it elsewhere (a Spark job),
     * which has no store to read them from; {@code MatchIndex.open} applies them. Written again whenever handed out.
     */
    public static final String DECISIONS_FILE = "link-decisions.tsv";
    private static final String DECISIONS_HEADER = "id\tleft\tright\tdecision";

    private final List<Link> links;
    /** Group id by member id, linked entries only. */
    private final Map<String, String> groupOf;
    /** Members in id order by group id, linked groups only, in group id order. */
    private final Map<String, List<String>> members;

    private PartyGroups(List<Link> links) {
        this.links = List.copyOf(links);
        Map<String, String> parent = new HashMap<>();
        for (Link l : links) {
            String a = root(parent, l.left());
            String b = root(parent, l.right());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, List<String>> byRoot = new TreeMap<>();
        for (String id : parent.keySet()) {
            byRoot.computeIfAbsent(root(parent, id), k -> new ArrayList<>()).add(id);
        }
        Map<String, String> of = new HashMap<>();
        Map<String, List<String>> m = new TreeMap<>();
        for (List<String> group : byRoot.values()) {
            group.sort(Comparator.naturalOrder());
            String gid = GROUP_PREFIX + group.get(0);
            m.put(gid, List.copyOf(group));
            group.forEach(id -> of.put(id, gid));
        }
        this.groupOf = of;
        this.members = m;
    }

    /** The groups these links make. */
    public static PartyGroups of(Collection<Link> links) {
        return new PartyGroups(links.stream().sorted(Comparator.comparing(Link::left).thenComparing(Link::right)).toList());
    }

    /** No links: every entry a party of its own. */
    public static PartyGroups none() {
        return new PartyGroups(List.of());
    }

    private static String root(Map<String, String> parent, String id) {
        parent.putIfAbsent(id, id);
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The id of the party an entry belongs to: its group's, or its own when it is linked to none. */
    public String groupId(String entityId) {
        return groupOf.getOrDefault(entityId, entityId);
    }

    /** Whether the entry is linked to another. */
    public boolean linked(String entityId) {
        return groupOf.containsKey(entityId);
    }

    /** The entry ids of a party, in id order: a group's members, or the one entry of an unlinked party. */
    public List<String> members(String groupId) {
        List<String> m = members.get(groupId);
        return m != null ? m : List.of(groupId);
    }

    /** The linked groups (two entries or more) by group id, in group id order. */
    public Map<String, List<String>> groups() {
        return members;
    }

    /** Every link, ordered by its ends. */
    public List<Link> links() {
        return links;
    }

    /** The links inside one group. */
    public List<Link> linksOf(String groupId) {
        return links.stream().filter(l -> groupId.equals(groupOf.get(l.left()))).toList();
    }

    /** Writes the links into an index folder. */
    public void write(Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (Link l : links) {
                w.write(String.join("\t", l.left(), l.right(), l.rule().id(), l.evidence().replace('\t', ' ').replace('\n', ' ')));
                w.newLine();
            }
        }
    }

    /** Reads the links of an index folder; none when the folder has no links file (a party index, an older index). */
    public static PartyGroups read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        List<Link> links = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 4) {
                throw new IOException(file + " line " + (i + 1) + ": expected 4 tab-separated fields (" + HEADER.replace('\t', ',')
                        + "), found " + f.length);
            }
            try {
                links.add(new Link(f[0], f[1], LinkRule.ofId(f[2]), f[3]));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new PartyGroups(links);
    }

    /** Writes the decisions in effect beside an index, replacing those written before in one move. */
    public static void writeDecisions(Path dir, List<LinkDecision> decisions) throws IOException {
        Path tmp = Files.createTempFile(dir, DECISIONS_FILE, ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(DECISIONS_HEADER);
                w.newLine();
                for (LinkDecision d : decisions) {
                    w.write(String.join("\t", String.valueOf(d.id()), d.left(), d.right(), d.kind().wire()));
                    w.newLine();
                }
            }
            Files.move(tmp, dir.resolve(DECISIONS_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The decisions written beside an index; none when there is no such file. */
    public static List<LinkDecision> readDecisions(Path dir) throws IOException {
        Path file = dir.resolve(DECISIONS_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<LinkDecision> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            try {
                if (f.length != 4) {
                    throw new IllegalArgumentException("expected 4 tab-separated fields (" + DECISIONS_HEADER.replace('\t', ',')
                            + "), found " + f.length);
                }
                out.add(new LinkDecision(Long.parseLong(f[0]), f[1], f[2], LinkDecision.Kind.ofWire(f[3])));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
