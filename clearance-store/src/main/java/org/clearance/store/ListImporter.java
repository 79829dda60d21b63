package org.clearance.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clearance.audit.Actors;
import org.clearance.io.InputLimits;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListFormats;

/**
 * Imports official files given in any order: finds each file's format from its content, attaches
 * companion files (OFAC's add/alt/comments CSVs) to their main file, picks the dataset and the
 * publication date, and stores one version per main file.
 */
public final class ListImporter {
    private final ListStore store;
    private final InputLimits limits;
    private final ImportProgress progress;
    private final String actor;
    /** The least share of the current version's entries a new file must hold; 0 lets any file in. */
    private final double minShareOfCurrent;

    /** An importer acting for the local user, as the CLI does. */
    public ListImporter(ListStore store, InputLimits limits, ImportProgress progress) {
        this(store, limits, progress, Actors.localUser());
    }

    /** @param actor who imports, as the audit log names them */
    public ListImporter(ListStore store, InputLimits limits, ImportProgress progress, String actor) {
        this(store, limits, progress, actor, 0);
    }

    private ListImporter(ListStore store, InputLimits limits, ImportProgress progress, String actor, double minShareOfCurrent) {
        this.store = store;
        this.limits = limits;
        this.progress = progress;
        this.actor = actor;
        this.minShareOfCurrent = minShareOfCurrent;
    }

    /**
     * This importer, refusing a file that holds fewer than {@code share} of the entries of its dataset's
     * current version, as a partial list (downloads from publishers; a person importing files by hand
     * may mean to).
     */
    public ListImporter refusingShrinkBelow(double share) {
        return new ListImporter(store, limits, progress, actor, share);
    }

    /** A main file with its format, head and companions. */
    private record Planned(Path file, ListFormat format, Sniff sniff, Map<String, Path> companions) {}

    /**
     * Imports the files. All files are checked (format detected, companions matched) before any is
     * stored, so a bad file in the list stops the whole command before it changes anything.
     *
     * @param dataset   dataset id for every file, or null to let each format decide
     * @param published publication date to use where a file carries none, or null for the file's
     *                  modification date
     */
    public List<ImportResult> importFiles(List<Path> files, String dataset, LocalDate published)
            throws IOException, ListParseException {
        List<Planned> mains = new ArrayList<>();
        Map<Path, String> companions = new LinkedHashMap<>();
        for (Path f : files) {
            ListInput input = new ListInput(f, Map.of(), limits);
            Sniff sniff = Sniff.of(input);
            String role = companionRole(sniff);
            if (role != null) {
                companions.put(f, role);
            } else {
                mains.add(new Planned(f, ListFormats.detect(sniff), sniff, new LinkedHashMap<>()));
            }
        }
        for (Map.Entry<Path, String> c : companions.entrySet()) {
            Planned owner = ownerOf(c.getKey(), c.getValue(), mains);
            owner.companions().put(c.getValue(), c.getKey());
        }
        List<ImportResult> results = new ArrayList<>();
        for (Planned p : mains) {
            String ds = dataset != null ? dataset : p.format().defaultDataset(p.sniff());
            LocalDate fallback = published != null ? published
                    : LocalDate.ofInstant(Files.getLastModifiedTime(p.file()).toInstant(), ZoneOffset.UTC);
            String sources = p.file().getFileName() + (p.companions().isEmpty() ? ""
                    : " + " + String.join(" + ", p.companions().values().stream().map(x -> x.getFileName().toString()).toList()));
            ListInput input = new ListInput(p.file(), p.companions(), limits);
            progress.started(p.file(), p.format(), ds);
            ImportResult r = store.importVersion(ds, p.format().id(), sources, fallback,
                    published != null ? "given" : "file-modified",
                    sink -> p.format().parse(input, ds, sink), progress::entities, actor, minimumFor(ds));
            progress.finished(p.file(), r);
            results.add(r);
        }
        return results;
    }

    /** The fewest entries a new file of {@code dataset} may hold: a share of its current version's. */
    private int minimumFor(String dataset) {
        if (minShareOfCurrent <= 0) {
            return 0;
        }
        return store.currentVersions().stream().filter(v -> v.dataset().equals(dataset))
                .mapToInt(v -> (int) Math.ceil(v.entityCount() * minShareOfCurrent)).findFirst().orElse(0);
    }

    private static String companionRole(Sniff sniff) {
        for (ListFormat f : ListFormats.all()) {
            String role = f.companionRole(sniff);
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    /** The main file a companion belongs to: the one main file of a format with that role, preferring its folder. */
    private static Planned ownerOf(Path companion, String role, List<Planned> mains) throws ListParseException {
        List<Planned> candidates = mains.stream()
                .filter(m -> !m.companions().containsKey(role))
                .filter(m -> m.format().companionRoles().contains(role))
                .toList();
        List<Planned> sameFolder = candidates.stream()
                .filter(m -> Objects.equals(m.file().toAbsolutePath().getParent(), companion.toAbsolutePath().getParent()))
                .toList();
        List<Planned> pick = sameFolder.size() == 1 ? sameFolder : candidates;
        if (pick.size() != 1) {
            throw ListParseException.atFile(companion.toString(), "this is the '" + role + "' file of a list in several "
                    + "files; give it together with exactly one main file of that list in the same folder (found "
                    + pick.size() + ")");
        }
        return pick.get(0);
    }
}
