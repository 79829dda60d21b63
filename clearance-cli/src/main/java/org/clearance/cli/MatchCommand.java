package org.clearance.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.clearance.io.DateText;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MatchResult;
import org.clearance.match.Query;
import org.clearance.match.links.PartyMatch;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.clearance.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance match NAME...}: screen one party and print each party found with its best entry's explanation
 * and, when several lists list it, every listing.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Screen one party against the loaded lists and explain each result.")
final class MatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The party's name(s), in any script.")
    List<String> names;

    /** A help option in picocli's sense (help = true): given, the NAME the command otherwise requires is not asked for. */
    @SuppressWarnings("deprecation")
    @Option(names = "--settings", help = true, description = "Print the matcher's settings (for --set and the API's config) "
            + "and the features of its explanations, and exit.")
    boolean printSettings;

    @Option(names = "--schema", defaultValue = "LegalEntity", description = "Person, Organization, Company, LegalEntity (default: people and organisations), Vessel, Airplane.")
    String schema;

    @Option(names = "--birth-date", paramLabel = "DATE", description = "Birth date: 1962, 1962-01, 1962-01-17 or 17 Jan 1962.")
    List<String> birthDates = new ArrayList<>();

    @Option(names = "--country", paramLabel = "COUNTRY", description = "Nationality or country (name or code).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--identifier", paramLabel = "ID", description = "Passport, registration, IMO or other number.")
    List<String> identifiers = new ArrayList<>();

    @Option(names = "--gender", description = "male or female")
    String gender;

    @Mixin
    MatchOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (printSettings) {
            SettingsTable.print(out);
            return 0;
        }
        Query query = new Query(Schemas.parse(schema), names, dates(birthDates), countries, identifiers, gender);
        MatchConfig config = options.config();
        try (ListStore store = Home.openStore(err); MatchIndex index = options.openIndex(store, err)) {
            // one result per party: the entries of different lists linked as one party come as one, under its best entry
            List<PartyMatch> parties = index.matchParties(query, config, options.limit, options.datasets);
            if (parties.isEmpty()) {
                out.printf("No list entry scores %.2f or more for %s.%n", config.cutoff(), String.join(" / ", names));
            }
            // screened as of a past day: a listing a later version dropped says when
            LocalDate asOf = options.asOf;
            Function<String, Optional<LocalDate>> delisted = asOf == null ? PartyListings.CURRENT
                    : id -> store.history(id).flatMap(h -> h.delistedAfter(asOf));
            int rank = 1;
            for (PartyMatch p : parties) {
                MatchResult r = p.best();
                out.printf("%d. %.2f %s  %s  %s [%s, %s]%n", rank++, r.score(), r.match() ? "MATCH" : "     ",
                        r.entity().caption(), r.entity().id(), r.entity().schema().ftmName(), r.entity().dataset());
                for (FeatureScore f : r.explanation()) {
                    out.printf("     %-18s %+.2f  %s%n", f.feature(), f.score(), f.detail());
                }
                PartyListings.print(out, p, "     ", delisted);
            }
            out.flush();
        }
        return 0;
    }

    static List<PartialDate> dates(List<String> texts) throws Errors.UserException {
        List<PartialDate> out = new ArrayList<>();
        for (String t : texts) {
            PartialDate d = DateText.parse(t, true);
            if (d == null) {
                throw new Errors.UserException("not a date: '" + t + "' (write 1962, 1962-01, 1962-01-17 or 17 Jan 1962)");
            }
            out.add(d);
        }
        return out;
    }
}
