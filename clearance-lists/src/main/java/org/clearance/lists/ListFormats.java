package org.clearance.lists;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.ca.CaSemaXmlFormat;
import org.clearance.lists.csl.BisDplFormat;
import org.clearance.lists.csl.CslCsvFormat;
import org.clearance.lists.csl.CslJsonFormat;
import org.clearance.lists.eu.EuFsfCsvFormat;
import org.clearance.lists.eu.EuFsfXmlFormat;
import org.clearance.lists.ftm.FtmJsonLinesFormat;
import org.clearance.lists.ofac.OfacEnhancedXmlFormat;
import org.clearance.lists.ofac.OfacLegacyCsvFormat;
import org.clearance.lists.ofac.OfacLegacyXmlFormat;
import org.clearance.lists.uflpa.UflpaCsvFormat;
import org.clearance.lists.uflpa.UflpaHtmlFormat;
import org.clearance.lists.uk.UkFcdoXmlFormat;
import org.clearance.lists.uk.UkOfsiCsvFormat;
import org.clearance.lists.un.UnConsolidatedXmlFormat;

/**
 * Every format Clearance reads, in the order detection tries them. Detection goes by content: the
 * first format whose {@link ListFormat#accepts} takes the file's head wins.
 */
public final class ListFormats {
    private static final List<ListFormat> ALL = List.of(
            new OfacLegacyXmlFormat(),
            new OfacLegacyCsvFormat(),
            new UnConsolidatedXmlFormat(),
            new CaSemaXmlFormat(),
            new OfacEnhancedXmlFormat(),
            new UflpaCsvFormat(),
            new UflpaHtmlFormat(),
            new CslCsvFormat(),
            new CslJsonFormat(),
            new BisDplFormat(),
            new EuFsfXmlFormat(),
            new EuFsfCsvFormat(),
            new UkFcdoXmlFormat(),
            new UkOfsiCsvFormat(),
            new FtmJsonLinesFormat());

    private ListFormats() {}

    public static List<ListFormat> all() {
        return ALL;
    }

    public static Optional<ListFormat> byId(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Finds the format of a file from its content. */
    public static ListFormat detect(ListInput input) throws IOException, ListParseException {
        Sniff sniff = Sniff.of(input);
        return detect(sniff);
    }

    public static ListFormat detect(Sniff sniff) throws ListParseException {
        for (ListFormat f : ALL) {
            if (f.accepts(sniff)) {
                return f;
            }
        }
        String first = sniff.firstLine();
        if (first.length() > 80) {
            first = first.substring(0, 80) + "...";
        }
        throw ListParseException.atFile(sniff.fileName(),
                "not a list format Clearance reads (it starts with: " + first.strip()
                        + "); run 'clearance lists formats' to see the formats");
    }
}
