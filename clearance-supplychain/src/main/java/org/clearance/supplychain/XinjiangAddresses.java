package org.clearance.supplychain;

import java.util.Comparator;
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
        return places.find(p.address()).stream().max(MOST_SPECIFIC).map(m -> List.of(new Finding(p.id(),
                Finding.Kind.XINJIANG_LOCATION, String.format("address names %s%s%s", m.matchedText(),
                        m.matchedText().equals(m.placeName()) ? "" : " (" + m.placeName() + ")",
                        m.prefecture().isEmpty() ? "" : ", " + m.prefecture()),
                m.placeChinese(), m.confidence()))).orElse(List.of());
    }

    /**
     * County and XPCC city before prefecture and division before the region ("新疆石河子市..." names
     * Shihezi, not only Xinjiang), then the surer mention, then the first.
     */
    private static final Comparator<PlaceMention> MOST_SPECIFIC = Comparator
            .comparingInt((PlaceMention m) -> switch (m.level()) {
                case "county", "xpcc_city" -> 3;
                case "prefecture", "xpcc_division" -> 2;
                default -> 1;
            })
            .thenComparingDouble(PlaceMention::confidence)
            .thenComparing(Comparator.comparingInt(PlaceMention::start).reversed());
}
