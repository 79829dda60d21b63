package org.clearance.lists.uflpa;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.io.DateText;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;
import org.clearance.model.NameKind;
import org.clearance.model.Relation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * The UFLPA Entity List as DHS publishes it: the web page https://www.dhs.gov/uflpa-entity-list, one
 * HTML table per sub-list of UFLPA section 2(d)(2)(B), columns "Name of Entity" and "Effective Date",
 * each table preceded by a paragraph or heading naming its section. The name cells carry aliases,
 * former names and subsidiaries in prose, read by {@link UflpaNameProse}; a named subsidiary becomes
 * an entity of its own, related to its parent both ways.
 *
 * <p>The page is read into a DOM with jsoup: it is small (about 150 entries), HTML is no XML a
 * streaming reader could take, and one entity can sit in two tables (Xinjiang Daqo is listed under
 * (i) and (v)), which a DOM lets us merge into one entity with two sanctions. Ids are slugs of the
 * primary name, the same as {@link UflpaCsvFormat} gives. The publication date is the page's
 * "Last Updated" date.
 */
public final class UflpaHtmlFormat extends BasicListFormat {
    public static final String ID = "uflpa-dhs-html";
    /** The page and the compiled CSV are two forms of one list, so they share its dataset. */
    public static final String DEFAULT_DATASET = UflpaCsvFormat.DEFAULT_DATASET;

    static final String NAME_COLUMN = "Name of Entity";
    static final String DATE_COLUMN = "Effective Date";

    private static final Pattern LAST_UPDATED = Pattern.compile("Last Updated:\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");
    private static final String END_OF_PAGE = "</html";

    public UflpaHtmlFormat() {
        super(ID, "US DHS UFLPA Entity List, the dhs.gov web page (HTML tables)", DEFAULT_DATASET);
    }

    private record Section(String code, String description) {}

    @Override
    public boolean accepts(Sniff sniff) {
        String t = sniff.text().toLowerCase(Locale.ROOT);
        return t.contains("<html") && (t.contains("uflpa entity list")
                || (t.contains(NAME_COLUMN.toLowerCase(Locale.ROOT)) && t.contains(DATE_COLUMN.toLowerCase(Locale.ROOT))));
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        String file = input.name();
        String html = readText(input);
        if (!html.toLowerCase(Locale.ROOT).contains(END_OF_PAGE)) {
            long lastLine = html.lines().count();
            throw new ListParseException(file, lastLine, 0, null,
                    "the page ends here without its </html> end tag: it was cut off (truncated download?)");
        }
        Document doc = Jsoup.parse(html, UflpaEntities.SOURCE_URL, Parser.htmlParser().setTrackPosition(true));
        Map<String, Entity.Builder> entities = new LinkedHashMap<>();
        int tables = 0;
        for (Element table : doc.select("table")) {
            List<String> header = table.select("tr").stream().findFirst()
                    .map(tr -> tr.select("th, td").eachText().stream().map(UflpaHtmlFormat::cellText).toList())
                    .orElse(List.of());
            int nameAt = header.indexOf(NAME_COLUMN);
            int dateAt = header.indexOf(DATE_COLUMN);
            if (nameAt < 0 || dateAt < 0) {
                continue; // a layout table of the page, not a list table
            }
            tables++;
            Section section = sectionOf(table);
            if (section == null) {
                throw new ListParseException(file, line(table), 0, null,
                        "the table has no heading naming its UFLPA section 2(d)(2)(B)(i) to (v)");
            }
            Elements rows = table.select("tr");
            for (Element row : rows.subList(1, rows.size())) {
                readRow(row, nameAt, dateAt, section, dataset, entities, file);
            }
        }
        if (tables == 0) {
            throw ListParseException.atFile(file, "no table with the columns '" + NAME_COLUMN + "' and '"
                    + DATE_COLUMN + "': not the DHS UFLPA Entity List page");
        }
        entities.values().forEach(b -> sink.accept(b.build()));
        Matcher updated = LAST_UPDATED.matcher(doc.text());
        LocalDate published = updated.find() ? DateText.parseUs(updated.group(1)) : null;
        return new ListMetadata(published, -1, entities.size());
    }

    private static void readRow(Element row, int nameAt, int dateAt, Section section, String dataset,
            Map<String, Entity.Builder> entities, String file) throws ListParseException {
        Elements cells = row.select("> td, > th");
        if (!cells.isEmpty() && cells.stream().allMatch(c -> c.nameIs("th"))) {
            return; // a header row repeated inside the table
        }
        if (cells.size() <= Math.max(nameAt, dateAt)) {
            throw new ListParseException(file, line(row), 0, null, "the table row has " + cells.size()
                    + " cells where the header has the columns '" + NAME_COLUMN + "' and '" + DATE_COLUMN + "'");
        }
        UflpaNames names = UflpaNameProse.parse(cells.get(nameAt).text());
        if (names.primary().isEmpty()) {
            throw new ListParseException(file, line(row), 0, NAME_COLUMN, "the row names no entity");
        }
        String dateText = cells.get(dateAt).text().strip();
        LocalDate listedOn = DateText.parseFull(dateText, false);
        Entity.Builder parent = entity(names, dataset, entities);
        if (listedOn == null && !dateText.isEmpty()) {
            parent.note(DATE_COLUMN + " (not a date): " + dateText);
        }
        names.notes().forEach(parent::note);
        parent.sanction(UflpaEntities.sanction(section.code(), listedOn, section.description()));
        String parentId = Entity.idFor(dataset, UflpaEntities.slug(names.primary()));
        for (UflpaNames sub : names.subsidiaries()) {
            Entity.Builder child = entity(sub, dataset, entities);
            child.sanction(UflpaEntities.sanction(section.code(), listedOn, section.description()));
            child.relation(new Relation("subsidiary of", names.primary(), parentId));
            parent.relation(new Relation("parent of", sub.primary(),
                    Entity.idFor(dataset, UflpaEntities.slug(sub.primary()))));
        }
    }

    /** The entity under this primary name, created on first sight; later sightings add to it. */
    private static Entity.Builder entity(UflpaNames names, String dataset, Map<String, Entity.Builder> entities) {
        String slug = UflpaEntities.slug(names.primary());
        Entity.Builder b = entities.computeIfAbsent(slug, s -> Entity.builder(dataset, s,
                UflpaEntities.schema(names.primary())).name(names.primary(), NameKind.PRIMARY)
                .sourceUrl(UflpaEntities.SOURCE_URL));
        names.aliases().forEach(a -> b.name(a, NameKind.ALIAS));
        names.formerNames().forEach(f -> b.name(f, NameKind.FORMER));
        return b;
    }

    /**
     * The section a table lists: the nearest element before it that names one, looking no further
     * back than the previous table (whose heading that would be).
     */
    private static Section sectionOf(Element table) {
        for (Element e = table; e != null && !e.nameIs("body"); e = e.parent()) {
            for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                if (s.nameIs("table") || !s.select("table").isEmpty()) {
                    return null;
                }
                Matcher m = UflpaEntities.SECTION.matcher(s.text());
                if (m.find()) {
                    Element strong = s.selectFirst("strong");
                    return new Section(m.group(), strong != null ? strong.text() : s.text());
                }
            }
        }
        return null;
    }

    /** Cell text as compared with the column names: no-break spaces (common in CMS tables) as spaces. */
    private static String cellText(String text) {
        return text.replace('\u00a0', ' ').strip();
    }

    private static long line(Element e) {
        return Math.max(0, e.sourceRange().start().lineNumber());
    }

    private static String readText(ListInput input) throws IOException, ListParseException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1 << 14];
        try (Reader r = input.openText()) {
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                sb.append(buf, 0, n);
            }
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
        return sb.toString();
    }
}
