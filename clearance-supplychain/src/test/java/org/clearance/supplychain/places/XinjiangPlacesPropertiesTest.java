package org.clearance.supplychain.places;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class XinjiangPlacesPropertiesTest {
    private final XinjiangPlaces places = XinjiangPlaces.get();

    /** Any text, with a place name inside it: no exception, and every offset points at the matched text. */
    @Property(tries = 300, seed = "20261128")
    void offsetsAlwaysPointIntoTheOriginal(@ForAll @StringLength(max = 200) String before,
            @ForAll @StringLength(max = 200) String after) {
        String text = before + " 乌鲁木齐 Kashgar ئاقسۇ " + after;
        for (PlaceMention m : places.find(text)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
            assertThat(m.confidence()).isBetween(0.0, 1.0);
        }
        places.inXinjiang(text);
    }
}
