package org.clearance.supplychain.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.clearance.evidence.DocumentKind;
import org.clearance.evidence.EvidenceChecklist;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.synthetic.CompanyNames.City;
import org.clearance.supplychain.synthetic.CompanyNames.Industry;
import org.clearance.supplychain.synthetic.CompanyNames.Origin;

/**
 * Synthetic supply chains of any size for measuring tracing: several sectors, each a sequence of
 * tiers from raw material to finished good, all sold to a common tier of importers. Every party but
 * the importers sells to one buyer in the next tier, and a share of further links gives buyers
 * several suppliers and suppliers several buyers (a web, not a tree), a few across sectors
 * (aluminium frames and copper wire into solar modules). Some parties are in Xinjiang, with
 * addresses in English, pinyin, Chinese or Uyghur script, and a few are real list entries, so that
 * screening and place finding have real hits to make. The same seed gives the same chain.
 */
public final class ChainGenerator {
    /** Share of links beyond the one sale of each party: what turns the tree into a web of shared suppliers. */
    static final double EXTRA_LINK_SHARE = 0.3;
    /** Share of the further sales of a tier that feeds another sector (aluminium frames, copper wire into solar modules). */
    static final double CROSS_SECTOR_SHARE = 0.25;
    /** Importers per party: a few hundred for a 100,000-link chain, as for a large retailer's sourcing map. */
    static final double IMPORTER_SHARE = 0.002;
    /** Parties that are list entries: one in 500, enough to find dozens in a large chain without flooding it. */
    static final double PLANTED_SHARE = 0.002;
    /** Fewest planted parties, so that a small chain in a test still has several list hits to find. */
    static final int MIN_PLANTED = 10;
    /** Chinese parties in a tier where Xinjiang production is common that are placed in Xinjiang. */
    static final double XINJIANG_SHARE = 0.04;
    /** Chinese names written in characters rather than pinyin. */
    static final double HAN_NAME_SHARE = 0.3;
    /** Links declared without a quantity, which makes exposure weigh their buyer's inputs equally. */
    static final double NO_QUANTITY_SHARE = 0.05;
    /** Chance that each expected document is held for a link: most links then lack one or two. */
    static final double DOCUMENT_SHARE = 0.85;
    /** Fewest links generated: below this, not every tier of every sector gets a party. */
    public static final int MIN_LINKS = 100;

    private static final Industry IMPORT = new Industry("Trading", "贸易");

    /** One tier of a sector: what its parties do and what they sell to the next tier. */
    private record Tier(String role, Industry industry, String goods, String hs, String unit, double quantity,
            boolean xinjiangCommon, List<Origin> origins) {}

    private record Sector(String id, double weight, List<Tier> tiers) {}

    private static final List<Origin> CN = List.of(Origin.CHINA);
    private static final List<Origin> CN_VN = List.of(Origin.CHINA, Origin.CHINA, Origin.VIETNAM);
    private static final List<Origin> WEST = List.of(Origin.ENGLISH, Origin.ENGLISH, Origin.GERMANY);

    private static final List<Sector> SECTORS = List.of(
            new Sector("cotton", 0.3, List.of(
                    new Tier("cotton farm", new Industry("Cotton Planting", "棉花种植"), "seed cotton", "5201.00", "t", 300, true,
                            List.of(Origin.CHINA, Origin.CHINA, Origin.INDIA, Origin.ENGLISH)),
                    new Tier("ginner", new Industry("Cotton", "棉业"), "cotton lint, not carded or combed", "5201.00", "kg", 90_000, true,
                            List.of(Origin.CHINA, Origin.CHINA, Origin.INDIA)),
                    new Tier("spinner", new Industry("Textile", "纺织"), "combed cotton yarn 40s", "5205.24", "kg", 40_000, true,
                            List.of(Origin.CHINA, Origin.VIETNAM, Origin.INDIA)),
                    new Tier("knitter", new Industry("Knitting", "针织"), "cotton single jersey knit fabric", "6006.22", "kg", 35_000, false,
                            CN_VN),
                    new Tier("garment maker", new Industry("Garment", "服装"), "men's cotton T-shirts", "6109.10", "pcs", 120_000, false,
                            List.of(Origin.VIETNAM, Origin.CHINA, Origin.INDIA)))),
            new Sector("solar", 0.2, List.of(
                    new Tier("quartz mine", new Industry("Mining", "矿业"), "quartzite", "2506.20", "t", 5_000, true, CN),
                    new Tier("silicon smelter", new Industry("Silicon", "硅业"), "silicon metal", "2804.69", "t", 2_000, true, CN),
                    new Tier("polysilicon maker", new Industry("New Energy", "新能源"), "polysilicon chunks", "2804.61", "kg", 500_000, true,
                            List.of(Origin.CHINA, Origin.CHINA, Origin.GERMANY)),
                    new Tier("wafer maker", new Industry("Photovoltaic", "光伏"), "monocrystalline silicon wafers", "3818.00", "pcs",
                            2_000_000, false, CN),
                    new Tier("cell maker", new Industry("Solar", "太阳能"), "PERC solar cells", "8541.42", "pcs", 1_500_000, false, CN_VN),
                    new Tier("module maker", new Industry("Solar Energy", "光电"), "solar modules 550 W", "8541.43", "pcs", 20_000, false,
                            List.of(Origin.CHINA, Origin.VIETNAM, Origin.ENGLISH)))),
            new Sector("tomato", 0.1, List.of(
                    new Tier("tomato farm", new Industry("Agriculture", "农业"), "fresh tomatoes", "0702.00", "t", 800, true, CN),
                    new Tier("paste processor", new Industry("Tomato Products", "番茄制品"), "tomato paste 28-30 brix", "2002.90", "t", 300,
                            true, CN),
                    new Tier("food maker", new Industry("Foods", "食品"), "tomato ketchup", "2103.20", "kg", 50_000, false, WEST))),
            new Sector("aluminium", 0.1, List.of(
                    new Tier("bauxite mine", new Industry("Mining", "矿业"), "bauxite", "2606.00", "t", 20_000, false,
                            List.of(Origin.CHINA, Origin.INDIA)),
                    new Tier("alumina refinery", new Industry("Alumina", "氧化铝"), "alumina", "2818.20", "t", 8_000, false, CN),
                    new Tier("aluminium smelter", new Industry("Aluminium", "铝业"), "primary aluminium ingots", "7601.10", "t", 3_000, true,
                            CN),
                    new Tier("extruder", new Industry("Aluminium Profile", "铝型材"), "aluminium profiles", "7604.29", "kg", 100_000, false,
                            CN_VN))),
            new Sector("pvc", 0.1, List.of(
                    new Tier("carbide plant", new Industry("Chemical", "化工"), "calcium carbide", "2849.10", "t", 4_000, true, CN),
                    new Tier("resin maker", new Industry("Chlor-Alkali", "氯碱化工"), "PVC resin SG-5", "3904.10", "t", 2_000, true, CN),
                    new Tier("flooring maker", new Industry("Plastics", "塑胶"), "PVC vinyl flooring planks", "3918.10", "m2", 60_000, false,
                            CN_VN))),
            new Sector("furniture", 0.1, List.of(
                    new Tier("forest owner", new Industry("Forestry", "林业"), "oak logs", "4403.91", "m3", 400, false,
                            List.of(Origin.GERMANY, Origin.ENGLISH, Origin.CHINA)),
                    new Tier("sawmill", new Industry("Timber", "木业"), "sawn oak boards", "4407.91", "m3", 250, false,
                            List.of(Origin.GERMANY, Origin.CHINA, Origin.VIETNAM)),
                    new Tier("furniture maker", new Industry("Furniture", "家具"), "wooden dining chairs", "9401.61", "pcs", 5_000, false,
                            List.of(Origin.VIETNAM, Origin.CHINA)))),
            new Sector("copper", 0.1, List.of(
                    new Tier("copper mine", new Industry("Mining", "矿业"), "copper concentrate", "2603.00", "t", 10_000, false,
                            List.of(Origin.CHINA, Origin.ENGLISH)),
                    new Tier("copper refinery", new Industry("Copper", "铜业"), "refined copper cathodes", "7403.11", "t", 2_000, true, CN),
                    new Tier("cable maker", new Industry("Cable", "电缆"), "insulated copper wire", "8544.49", "kg", 80_000, false,
                            CN_VN))));

    /** Links across sectors: each tier named here also sells to the other sector's tier. Only into solar, so no cycle. */
    private static final List<int[]> CROSS = List.of(
            new int[] {sector("aluminium"), 3, sector("solar"), 5}, new int[] {sector("copper"), 2, sector("solar"), 5});

    /** Xinjiang addresses as declarations write them: English, pinyin, Chinese and Uyghur script. */
    static final List<String> XINJIANG_ADDRESSES = List.of(
            "Awat County, Aksu Prefecture, Xinjiang, China",
            "阿克苏市 纺织工业城 8号",
            "Shihezi Economic and Technological Development Zone, Xinjiang Uygur Autonomous Region",
            "新疆维吾尔自治区昌吉州玛纳斯县 工业园区",
            "Korla, Bayingolin Mongol Autonomous Prefecture, Xinjiang",
            "No. 18 Beijing South Road, Urumqi, Xinjiang, China",
            "乌鲁木齐市 米东区 化工工业园",
            "ئاقسۇ شەھىرى، شىنجاڭ",
            "قەشقەر ۋىلايىتى، شىنجاڭ",
            "Kashi Diqu, Xinjiang",
            "Hotan Prefecture, Xinjiang Uyghur Autonomous Region, China",
            "新疆 哈密市 伊州区 工业园");

    /** Road names in pinyin and characters. */
    private static final List<String[]> ROADS = List.of(new String[] {"Renmin", "人民"}, new String[] {"Jiefang", "解放"},
            new String[] {"Zhongshan", "中山"}, new String[] {"Xinjiang", "新疆"}, new String[] {"Changjiang", "长江"},
            new String[] {"Huanghe", "黄河"}, new String[] {"Gongye", "工业"}, new String[] {"Chuangye", "创业"},
            new String[] {"Keji", "科技"}, new String[] {"Binhai", "滨海"});
    private static final List<String> VIETNAM_PLACES = List.of("Binh Duong", "Dong Nai", "Long An", "Bac Ninh", "Hai Phong",
            "Nam Dinh", "Tay Ninh");
    private static final List<String> INDIA_PLACES = List.of("Tiruppur, Tamil Nadu", "Ahmedabad, Gujarat", "Ludhiana, Punjab",
            "Coimbatore, Tamil Nadu", "Surat, Gujarat");
    private static final List<String> GERMAN_PLACES = List.of("20457 Hamburg", "40213 Düsseldorf", "70173 Stuttgart",
            "04109 Leipzig", "28195 Bremen");
    private static final List<String> ENGLISH_PLACES = List.of("Long Beach, CA, USA", "Savannah, GA, USA", "Newark, NJ, USA",
            "Felixstowe, Suffolk, UK", "Manchester, UK");

    /**
     * A generated chain and what it holds by construction, for checking what tracing finds.
     *
     * @param planted   party id to the id of the list entry whose name the party carries
     * @param xinjiang  ids of parties given a Xinjiang address
     */
    public record Generated(SupplyChain chain, Map<String, String> planted, Set<String> xinjiang) {}

    private final Random random;
    private final List<Party> parties = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Set<Long> linked = new HashSet<>();
    /** Party indexes per sector and tier; the importers last. */
    private final List<List<List<Integer>>> tiers = new ArrayList<>();
    private final List<Integer> importers = new ArrayList<>();
    private final Set<String> xinjiang = new LinkedHashSet<>();

    private ChainGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Generates a chain of exactly {@code links} links.
     *
     * @param listed list entries whose names some parties carry (organisations and companies make sense;
     *               people are skipped); empty for a chain with no list hits
     * @throws IllegalArgumentException when {@code links} is below {@link #MIN_LINKS}
     */
    public static Generated generate(int links, long seed, List<Entity> listed) {
        if (links < MIN_LINKS) {
            throw new IllegalArgumentException("a synthetic chain needs at least " + MIN_LINKS + " links, not " + links);
        }
        ChainGenerator g = new ChainGenerator(seed);
        g.addParties(links);
        g.addTreeLinks();
        g.addExtraLinks(links);
        Map<String, String> planted = g.plant(listed);
        try {
            return new Generated(SupplyChain.of("synthetic chain (seed " + seed + ")",
                    String.format(java.util.Locale.ROOT, "Synthetic sourcing of %,d links (seed %d)", links, seed), g.parties, g.links),
                    planted, Collections.unmodifiableSet(g.xinjiang));
        } catch (SupplyChain.InvalidChainException e) {
            throw new IllegalStateException("the generator made an invalid chain: " + e.getMessage(), e);
        }
    }

    /**
     * Parties per tier: every non-importer makes one sale, so they number the links less the extra share;
     * within a sector each tier has about twice as many parties as the next (fan-in).
     */
    private void addParties(int linkCount) {
        int sellers = (int) Math.round(linkCount * (1 - EXTRA_LINK_SHARE));
        int importerCount = Math.max(1, (int) Math.round(sellers * IMPORTER_SHARE));
        for (Sector s : SECTORS) {
            int n = s.tiers().size();
            double[] shares = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                shares[k] = Math.pow(2, n - 1 - k);
                sum += shares[k];
            }
            int inSector = (int) Math.round(sellers * s.weight());
            List<List<Integer>> sectorTiers = new ArrayList<>();
            int[] counts = new int[n];
            for (int k = n - 1; k >= 0; k--) {
                // never fewer than the next tier, so that every buyer can have a supplier of its own
                counts[k] = Math.max(k == n - 1 ? importerCount : counts[k + 1], (int) Math.round(inSector * shares[k] / sum));
            }
            for (int k = 0; k < n; k++) {
                List<Integer> tier = new ArrayList<>();
                for (int i = 0; i < counts[k]; i++) {
                    tier.add(addParty(s.id() + "-" + (k + 1) + "-" + (i + 1), s.tiers().get(k)));
                }
                sectorTiers.add(tier);
            }
            tiers.add(sectorTiers);
        }
        for (int i = 0; i < importerCount; i++) {
            importers.add(addParty("importer-" + (i + 1), new Tier("importer", IMPORT, null, null, null, 0, false, WEST)));
        }
    }

    private int addParty(String id, Tier tier) {
        Origin origin = CompanyNames.pick(random, tier.origins());
        City city = CompanyNames.pick(random, CompanyNames.CHINESE_CITIES);
        boolean han = origin == Origin.CHINA && random.nextDouble() < HAN_NAME_SHARE;
        String name = CompanyNames.name(random, origin, tier.industry(), city, han);
        String address;
        if (origin == Origin.CHINA && tier.xinjiangCommon() && random.nextDouble() < XINJIANG_SHARE) {
            address = CompanyNames.pick(random, XINJIANG_ADDRESSES);
            xinjiang.add(id);
        } else {
            address = address(origin, city, han);
        }
        String country = switch (origin) {
            case CHINA -> "CN";
            case VIETNAM -> "VN";
            case INDIA -> "IN";
            case GERMANY -> "DE";
            case ENGLISH -> address.endsWith("UK") ? "GB" : "US";
        };
        parties.add(new Party(id, name, address, country, tier.role()));
        return parties.size() - 1;
    }

    private String address(Origin origin, City city, boolean han) {
        int no = 1 + random.nextInt(899);
        return switch (origin) {
            // "Xinjiang Road" is a common street name all over China: a false friend the place finder must pass over
            case CHINA -> han ? city.han() + "市" + CompanyNames.pick(random, ROADS)[1] + "路" + no + "号"
                    : no + " " + CompanyNames.pick(random, ROADS)[0] + " Road, " + city.pinyin() + ", " + city.province() + ", China";
            case VIETNAM -> "Lot " + no + ", " + CompanyNames.pick(random, VIETNAM_PLACES) + " Industrial Park, Vietnam";
            case INDIA -> "Plot " + no + ", SIDCO Industrial Estate, " + CompanyNames.pick(random, INDIA_PLACES) + ", India";
            case GERMANY -> "Industriestraße " + no + ", " + CompanyNames.pick(random, GERMAN_PLACES) + ", Germany";
            case ENGLISH -> no + " Harbor Blvd, " + CompanyNames.pick(random, ENGLISH_PLACES);
        };
    }

    /** One sale per party to the next tier; the first parties of a tier go one to each buyer so that every buyer has a supplier. */
    private void addTreeLinks() {
        for (int s = 0; s < SECTORS.size(); s++) {
            List<List<Integer>> sectorTiers = tiers.get(s);
            for (int k = 0; k < sectorTiers.size(); k++) {
                List<Integer> sellers = new ArrayList<>(sectorTiers.get(k));
                Collections.shuffle(sellers, random);
                List<Integer> buyers = buyersOf(s, k);
                for (int i = 0; i < sellers.size(); i++) {
                    link(sellers.get(i), buyers.get(i < buyers.size() ? i : random.nextInt(buyers.size())), SECTORS.get(s).tiers().get(k));
                }
            }
        }
    }

    /** Further links until there are {@code total}: a random seller gains another buyer in the next tier, or across sectors. */
    private void addExtraLinks(int total) {
        List<int[]> sellers = new ArrayList<>();
        for (int s = 0; s < SECTORS.size(); s++) {
            for (int k = 0; k < tiers.get(s).size(); k++) {
                for (int p : tiers.get(s).get(k)) {
                    sellers.add(new int[] {s, k, p});
                }
            }
        }
        long attempts = 0;
        while (links.size() < total) {
            if (++attempts > 100L * total) {
                throw new IllegalStateException("could not place " + total + " distinct links");
            }
            int[] seller = sellers.get(random.nextInt(sellers.size()));
            List<Integer> buyers = buyersOf(seller[0], seller[1]);
            for (int[] c : CROSS) {
                if (c[0] == seller[0] && c[1] == seller[1] && random.nextDouble() < CROSS_SECTOR_SHARE) {
                    buyers = tiers.get(c[2]).get(c[3]);
                }
            }
            link(seller[2], buyers.get(random.nextInt(buyers.size())), SECTORS.get(seller[0]).tiers().get(seller[1]));
        }
    }

    private List<Integer> buyersOf(int sector, int tier) {
        List<List<Integer>> sectorTiers = tiers.get(sector);
        return tier + 1 < sectorTiers.size() ? sectorTiers.get(tier + 1) : importers;
    }

    /** Adds a link unless the two parties already have one; the goods are what the seller's tier makes. */
    private void link(int seller, int buyer, Tier tier) {
        if (!linked.add((long) seller * parties.size() + buyer)) {
            return;
        }
        Double quantity = random.nextDouble() < NO_QUANTITY_SHARE ? null
                : (double) Math.round(tier.quantity() * (0.2 + 1.6 * random.nextDouble()));
        List<String> documents = new ArrayList<>();
        for (DocumentKind d : EvidenceChecklist.kinds()) {
            if (random.nextDouble() < DOCUMENT_SHARE) {
                documents.add(d.kind());
            }
        }
        links.add(new Link(parties.get(seller).id(), parties.get(buyer).id(), tier.goods(), tier.hs(), quantity, tier.unit(), documents));
    }

    /** Gives randomly chosen parties the names of list entries: distinct entries while the pool lasts. */
    private Map<String, String> plant(List<Entity> listed) {
        List<Entity> pool = new ArrayList<>(listed.stream()
                .filter(e -> e.schema() != Schema.PERSON && e.schema() != Schema.VESSEL && e.schema() != Schema.AIRCRAFT).toList());
        Map<String, String> planted = new LinkedHashMap<>();
        if (pool.isEmpty()) {
            return planted;
        }
        Collections.shuffle(pool, random);
        int count = Math.min(parties.size(), Math.max(MIN_PLANTED, (int) Math.round(parties.size() * PLANTED_SHARE)));
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(random.nextInt(parties.size()));
        }
        int next = 0;
        for (int i : chosen) {
            Entity e = pool.get(next++ % pool.size());
            Party p = parties.get(i);
            // weak aliases and former names are not what a supplier declares itself as today
            List<Name> strong = e.names().stream().filter(n -> n.kind() != NameKind.WEAK_ALIAS && n.kind() != NameKind.FORMER).toList();
            List<Name> names = strong.isEmpty() ? e.names() : strong;
            String name = names.get(random.nextInt(names.size())).full();
            String country = !e.countries().isEmpty() ? e.countries().get(0) : e.nationalities().isEmpty() ? null : e.nationalities().get(0);
            String address = e.addresses().isEmpty() ? null : e.addresses().get(0).full();
            parties.set(i, new Party(p.id(), name, address, country, p.role()));
            xinjiang.remove(p.id());
            planted.put(p.id(), e.id());
        }
        return planted;
    }

    private static int sector(String id) {
        for (int i = 0; i < SECTORS.size(); i++) {
            if (SECTORS.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
