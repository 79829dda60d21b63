package org.clearance.supplychain;

import java.util.List;

/** A path from a finished good back to a risk, in words a reader follows from left to right. */
public final class PathText {
    private PathText() {}

    /**
     * "Men's cotton T-shirt <- knit fabric (Saigon Knit, VN) <- yarn (Wuxi Everbright, CN) <- cotton lint
     * (Aksu Huafu, CN)": each step names the goods that came in and who supplied them.
     *
     * @param path party ids from the end of the chain back upstream, as in {@link Tracer.Trace#pathsToRisk()}
     */
    public static String describe(SupplyChain c, List<String> path) {
        StringBuilder sb = new StringBuilder(c.product() == null ? c.parties().get(path.get(0)).name() : c.product());
        for (int i = 0; i + 1 < path.size(); i++) {
            String buyer = path.get(i);
            String supplier = path.get(i + 1);
            Link link = c.inputsOf(buyer).stream().filter(l -> l.supplier().equals(supplier)).findFirst().orElseThrow();
            Party p = c.parties().get(supplier);
            sb.append(" <- ").append(link.goods() == null ? "goods" : link.goods()).append(" (").append(p.name());
            if (p.country() != null) {
                sb.append(", ").append(p.country());
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
