package org.clearance.cli;

import java.util.ArrayList;
import java.util.List;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.places.PlaceMention;
import org.clearance.supplychain.places.XinjiangPlaces;

/** Xinjiang places in a party's address, as findings: only when the address places the party in Xinjiang. */
final class Places {
    private Places() {}

    static List<Finding> find(Party p) {
        List<Finding> out = new ArrayList<>();
        XinjiangPlaces places = XinjiangPlaces.get();
        if (p.address() == null || !places.inXinjiang(p.address())) {
            return out;
        }
        for (PlaceMention m : places.find(p.address())) {
            out.add(new Finding(p.id(), Finding.Kind.XINJIANG_LOCATION,
                    String.format("address names %s (%s)%s at %d-%d", m.matchedText(), m.placeName(),
                            m.prefecture().isEmpty() ? "" : ", " + m.prefecture(), m.start(), m.end()),
                    m.placeChinese(), m.confidence()));
            break; // one finding per party: the first, most specific mention
        }
        return out;
    }
}
