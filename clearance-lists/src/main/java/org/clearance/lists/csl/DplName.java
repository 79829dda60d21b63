package org.clearance.lists.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.model.Name;
import org.clearance.model.NameKind;

/**
 * Reads the aliases the Denied Persons List writes inside its Name column: "FUYI SUN A/K/A FRANK SUN",
 * "SIBERIAN AIRLINES D/B/A S7 AIRLINES", and the bracketed "PEARL (A.K.A. NEI-CHIEN CHU) LI", where
 * the alias sits in the middle of the name, and a quoted nickname, IHSAN MEDHAT "SAMMY" ELASHI, which
 * is a weak alias. Other brackets ("APPLIED SYSTEMS METHODS AND TECHNOLOGY
 * (ASMAT)") are part of the name as listed and stay.
 */
final class DplName {
    /** "A/K/A" (also known as) and "D/B/A" (doing business as) give aliases, "F/K/A" a former name. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(A/K/A|D/B/A|F/K/A)\\s+", Pattern.CASE_INSENSITIVE);
    private static final String FORMERLY = "F/K/A";

    private static final Pattern BRACKETED_ALIAS = Pattern.compile("\\s*\\(\\s*A\\.K\\.A\\.?\\s+([^)]+?)\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NICKNAME = Pattern.compile("\\s*\"([^\"]+)\"\\s*");

    private DplName() {}

    /** The primary name first, then the aliases, as written. */
    static List<Name> parse(String text) {
        List<Name> names = new ArrayList<>();
        List<Name> aliases = new ArrayList<>();
        Matcher bracket = BRACKETED_ALIAS.matcher(text.strip());
        StringBuilder rest = new StringBuilder();
        while (bracket.find()) {
            aliases.add(Name.of(bracket.group(1), NameKind.ALIAS));
            bracket.appendReplacement(rest, " ");
        }
        bracket.appendTail(rest);
        Matcher nick = NICKNAME.matcher(rest.toString().strip());
        StringBuilder unquoted = new StringBuilder();
        while (nick.find()) {
            aliases.add(Name.of(nick.group(1), NameKind.WEAK_ALIAS));
            nick.appendReplacement(unquoted, " ");
        }
        nick.appendTail(unquoted);
        String remaining = unquoted.toString().strip();

        Matcher sep = SEPARATOR.matcher(remaining);
        int from = 0;
        NameKind kind = NameKind.PRIMARY;
        while (sep.find()) {
            add(names, remaining.substring(from, sep.start()), kind);
            kind = sep.group(1).toUpperCase(Locale.ROOT).equals(FORMERLY) ? NameKind.FORMER : NameKind.ALIAS;
            from = sep.end();
        }
        add(names, remaining.substring(from), kind);
        names.addAll(aliases);
        return names;
    }

    private static void add(List<Name> names, String text, NameKind kind) {
        String s = text.strip();
        if (!s.isEmpty()) {
            names.add(Name.of(s, kind));
        }
    }
}
