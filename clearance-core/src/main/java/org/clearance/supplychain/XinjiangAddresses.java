package org.clearance.supplychain;

import java.util.List;
import java.util.function.Function;
import org.clearance.supplychain.places.PlaceMention;
import org.clearance.supplychain.places.XinjiangPlaces;

/**
 * A party's address as a finding when it places the party in Xinjiang: one finding, for the first and
 * most specific place named, because one location is enough for the presumption and more would only
 * repeat it.
 */
public final class XinjiangAddresses implements Function<Party, List<Finding>> {
    @Override
    public List<Finding> apply(Party p) {
        XinjiangPlaces places = XinjiangPlaces.get();
        if (p.address() == null || !places.inXinjiang(p.address())) {
            return List.of();
        }
        List<PlaceMention> mentions = places.find(p.address());
        if (mentions.isEmpty()) {
            return List.of();
        }
        PlaceMention m = mentions.get(0);
        return List.of(new Finding(p.id(), Finding.Kind.XINJIANG_LOCATION,
                String.format("address names %s (%s)%s", m.matchedText(), m.placeName(),
                        m.prefecture().isEmpty() ? "" : ", " + m.prefecture()),
                m.placeChinese(), m.confidence()));
    }
}
