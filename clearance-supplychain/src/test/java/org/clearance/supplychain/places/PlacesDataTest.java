package org.clearance.supplychain.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clearance.io.TsvResource;
import org.clearance.names.TextWords;
import org.junit.jupiter.api.Test;
import org.clearance.names.Scripts;

/** The bundled data files are whole and consistent. */
class PlacesDataTest {
    private static final List<String[]> PLACES = TsvResource.rows(PlaceIndex.class, "xinjiang-places.tsv");

    @Test
    void everyGazetteerRowIsThere() {
        assertThat(PLACES).hasSize(140);
        assertThat(PLACES).filteredOn(r -> r[2].equals("prefecture")).hasSize(14);
        assertThat(PLACES).filteredOn(r -> r[2].equals("county")).hasSize(98);
        assertThat(PLACES).filteredOn(r -> r[2].equals("xpcc_city")).hasSize(12);
        assertThat(PLACES).allMatch(r -> r.length == 7);
    }

    @Test
    void everyPrefectureIsAPlace() {
        Set<String> names = new HashSet<>();
        PLACES.forEach(r -> names.add(r[0]));
        assertThat(PLACES).allMatch(r -> r[3].isEmpty() && r[2].equals("region") || names.contains(r[3]));
    }

    /** The author-supplied Arabic-script names must read, by the project's UEY-to-ULY rules, as the row's own name. */
    @Test
    void arabicNamesAgreeWithTheLatinForms() {
        for (String[] r : PLACES) {
            if (r[6].isEmpty()) {
                continue;
            }
            Set<String> latinKeys = new HashSet<>();
            for (String f : r[4].split(";")) {
                latinKeys.add(TextWords.formKey(f));
            }
            for (String arabic : r[6].split(";")) {
                assertThat(latinKeys).as(r[0] + " " + arabic).contains(TextWords.formKey(arabic));
            }
        }
    }

    @Test
    void exceptionsNameRealPlacesAndForms() {
        PlaceIndex index = new PlaceIndex();
        Set<String> names = new HashSet<>();
        PLACES.forEach(r -> names.add(r[0]));
        for (String[] r : TsvResource.rows(PlaceIndex.class, "place-exceptions.tsv")) {
            assertThat(r).hasSize(4);
            assertThat(r[3]).as(r[0]).isNotBlank();
            double c = Double.parseDouble(r[2]);
            assertThat(c).isBetween(0.0, 1.0);
            if (r[1].equals(PlaceIndex.BLOCKER)) {
                assertThat(c).isZero();
            } else if (!r[1].isEmpty()) {
                assertThat(names).contains(r[1]);
            } else if (c > 0) {
                boolean han = Scripts.isHan(r[0].codePointAt(0));
                assertThat(han ? index.han : index.latin).as(r[0]).containsKey(han ? r[0] : TextWords.formKey(r[0]));
            }
        }
    }
}
