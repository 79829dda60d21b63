package org.clearance.lists.ca;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.names.Scripts;

/**
 * Splits the free-text {@code Aliases} field into names. The file has no single separator; what the
 * real data uses, and how it is read:
 * <ul>
 * <li>{@code ;} always separates names ("Пётр Михайлович Фрадков; Pyotr Mikhailovich Fradkov").</li>
 * <li>{@code " / "} with spaces separates a Russian from a Ukrainian spelling ("Ольга Александровна
 * КРАВЦОВА / Ольга Олександрiвна КРАВЦОВА"); a slash without spaces is part of a name.</li>
 * <li>{@code ,} usually separates names, but also sits inside Russian company names before the legal
 * form ("Конкорд Менеджмент и консалтинг, ООО") and inside long names ("Министерство культуры, спорта и
 * туризма"). A piece after a comma that starts in lower case, or is a bare legal form, continues the
 * name before it.</li>
 * <li>A language label ("Belarusian:", "Russian :") starts a new name and gives its language.</li>
 * <li>{@code " or "} and {@code " and "} are left inside the name: the file uses them both between
 * whole names and between variants of one part ("Aleksandr Evgenyevich or Evgenievich Kon’kov"), and
 * splitting the latter would make partial names that match far too many people.</li>
 * <li>Line breaks are hard wraps inside names ("Myanma Five Star Line Company\nLimited").</li>
 * </ul>
 * The single word aliases of a person ("Alexei", "Platonova") are given names or surnames alone and
 * become weak aliases; a name in another script than a Latin primary name is an original-script name.
 */
final class CaAliases {
    /** Language labels the file writes before a name, by lower-case label. */
    private static final Map<String, String> LANGUAGE_LABELS = Map.of(
            "belarusian", "be",
            "belarussian", "be",
            "russian", "ru",
            "ukrainian", "uk",
            "arabic", "ar");

    /** Russian legal forms that the file writes after a comma as the end of a company name. */
    private static final Set<String> LEGAL_FORMS = Set.of("АО", "ООО", "ОАО", "ПАО", "ЗАО", "САО");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern LABEL_AHEAD = Pattern.compile(
            "(?i)\\b(?=(?:" + String.join("|", LANGUAGE_LABELS.keySet()) + ") ?:)");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(" + String.join("|", LANGUAGE_LABELS.keySet()) + ") ?: ?");

    private CaAliases() {}

    /**
     * @param text          the Aliases field
     * @param person        whether the record is a person
     * @param primaryLatin  whether the primary name is written in Latin letters only
     */
    static List<Name> split(String text, boolean person, boolean primaryLatin) {
        String t = WHITESPACE.matcher(text).replaceAll(" ");
        t = LABEL_AHEAD.matcher(t).replaceAll(";");
        List<Name> out = new ArrayList<>();
        for (String part : t.split(";")) {
            for (String piece : part.split(" / ")) {
                for (String fragment : commaPieces(piece)) {
                    Name n = name(fragment, person, primaryLatin);
                    if (n != null) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> commaPieces(String text) {
        List<String> out = new ArrayList<>();
        for (String f : text.split(",")) {
            String s = f.strip();
            if (s.isEmpty()) {
                continue; // "a, , b" and a comma before a language label
            }
            boolean continues = !out.isEmpty()
                    && (Character.isLowerCase(s.codePointAt(0)) || LEGAL_FORMS.contains(s));
            if (continues) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "," + f);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static Name name(String fragment, boolean person, boolean primaryLatin) {
        String s = stripStrayBrackets(fragment.strip());
        String lang = null;
        Matcher m = LABEL.matcher(s);
        if (m.find()) {
            lang = LANGUAGE_LABELS.get(m.group(1).toLowerCase(Locale.ROOT));
            s = s.substring(m.end()).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        NameKind kind;
        if (person && s.indexOf(' ') < 0) {
            kind = NameKind.WEAK_ALIAS;
        } else if (primaryLatin && !Scripts.isLatin(s)) {
            kind = NameKind.ORIGINAL_SCRIPT;
        } else {
            kind = NameKind.ALIAS;
        }
        return new Name(s, kind, null, null, lang);
    }

    /** "(Владимир Михайлович РУЩАК" and "Минобороны Беларуси)" lost their other bracket to a split. */
    private static String stripStrayBrackets(String s) {
        if (s.startsWith("(") && s.indexOf(')') < 0) {
            s = s.substring(1).strip();
        }
        if (s.endsWith(")") && s.indexOf('(') < 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
