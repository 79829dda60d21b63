package org.clearance.supplychain.synthetic;

import java.util.List;
import java.util.Random;

/**
 * Made-up company names as they appear in supplier declarations: Chinese companies in pinyin
 * ("Wuxi Hengtai Textile Co., Ltd.") or in Chinese script (无锡恒泰纺织有限公司), Vietnamese, Indian,
 * German and English ones, each with its country's legal forms. The parts are common enough that
 * generated names share words with real list entries, as real supplier names do, so that screening
 * does its full work on them; a made-up trade name now and then comes close to a listed company's, as
 * real ones do.
 */
final class CompanyNames {
    /** Where a party is, which decides how its name is written. */
    enum Origin { CHINA, VIETNAM, INDIA, GERMANY, ENGLISH }

    /** A Chinese city: the same place in pinyin and in characters. */
    record City(String pinyin, String han, String province) {}

    static final List<City> CHINESE_CITIES = List.of(
            new City("Wuxi", "无锡", "Jiangsu"), new City("Suzhou", "苏州", "Jiangsu"), new City("Nantong", "南通", "Jiangsu"),
            new City("Changzhou", "常州", "Jiangsu"), new City("Shaoxing", "绍兴", "Zhejiang"), new City("Ningbo", "宁波", "Zhejiang"),
            new City("Hangzhou", "杭州", "Zhejiang"), new City("Jiaxing", "嘉兴", "Zhejiang"), new City("Qingdao", "青岛", "Shandong"),
            new City("Weifang", "潍坊", "Shandong"), new City("Zibo", "淄博", "Shandong"), new City("Foshan", "佛山", "Guangdong"),
            new City("Dongguan", "东莞", "Guangdong"), new City("Shantou", "汕头", "Guangdong"), new City("Xiamen", "厦门", "Fujian"),
            new City("Quanzhou", "泉州", "Fujian"), new City("Hefei", "合肥", "Anhui"), new City("Wuhu", "芜湖", "Anhui"),
            new City("Baotou", "包头", "Inner Mongolia"), new City("Leshan", "乐山", "Sichuan"), new City("Yibin", "宜宾", "Sichuan"),
            new City("Xining", "西宁", "Qinghai"), new City("Yinchuan", "银川", "Ningxia"), new City("Zhengzhou", "郑州", "Henan"),
            new City("Handan", "邯郸", "Hebei"), new City("Tangshan", "唐山", "Hebei"), new City("Dalian", "大连", "Liaoning"),
            new City("Changsha", "长沙", "Hunan"), new City("Nanchang", "南昌", "Jiangxi"), new City("Kunming", "昆明", "Yunnan"));

    /** Trade-name syllables (字号), each with its character: two make a trade name. */
    private static final List<String[]> SYLLABLES = List.of(
            new String[] {"Heng", "恒"}, new String[] {"Tai", "泰"}, new String[] {"Xin", "鑫"}, new String[] {"Yuan", "源"},
            new String[] {"Hua", "华"}, new String[] {"Feng", "丰"}, new String[] {"Sheng", "盛"}, new String[] {"Da", "达"},
            new String[] {"Long", "龙"}, new String[] {"Jin", "金"}, new String[] {"Rui", "瑞"}, new String[] {"Kang", "康"},
            new String[] {"Hong", "宏"}, new String[] {"Fu", "富"}, new String[] {"Yu", "宇"}, new String[] {"Tian", "天"},
            new String[] {"Cheng", "诚"}, new String[] {"Mei", "美"}, new String[] {"Li", "利"}, new String[] {"An", "安"},
            new String[] {"Bao", "宝"}, new String[] {"Chang", "昌"}, new String[] {"De", "德"}, new String[] {"Guang", "广"},
            new String[] {"Hai", "海"}, new String[] {"Jia", "佳"}, new String[] {"Ming", "明"}, new String[] {"Run", "润"},
            new String[] {"Shun", "顺"}, new String[] {"Wei", "威"}, new String[] {"Xing", "兴"}, new String[] {"Yong", "永"},
            new String[] {"Zhong", "中"}, new String[] {"Qiang", "强"}, new String[] {"Ping", "平"}, new String[] {"Sen", "森"});

    private static final List<String> CHINESE_FORMS_LATIN = List.of("Co., Ltd.", "Co., Ltd.", "Co., Ltd.", "Group Co., Ltd.",
            "Industrial Co., Ltd.", "Technology Co., Ltd.", "Trading Co., Ltd.", "Corporation Limited");
    private static final List<String> CHINESE_FORMS_HAN = List.of("有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司");
    private static final List<String> VIETNAMESE_WORDS = List.of("Phu Thanh", "Hoang Long", "Viet Tien", "Thanh Cong", "Minh Phat",
            "An Phuoc", "Dai Dong", "Tan Hoa", "Sai Gon", "Mekong", "Hung Yen", "Song Hong", "Binh Minh", "Nam Viet");
    private static final List<String> INDIAN_WORDS = List.of("Agarwal", "Patel", "Shah", "Reddy", "Gupta", "Mehta", "Arvind",
            "Vardhman", "Shree Ganesh", "Lakshmi", "Sri Venkatesa", "Bharat", "Jindal", "Kothari");
    private static final List<String> GERMAN_WORDS = List.of("Müller", "Schneider", "Becker", "Hoffmann", "Weber", "Krüger",
            "Rheinland", "Nordstern", "Bayerische", "Hanse", "Westfalen", "Schwarzwald");
    private static final List<String> ENGLISH_WORDS = List.of("Northwind", "Bluewater", "Summit", "Pioneer", "Evergreen", "Harbor",
            "Golden Gate", "Silverline", "Atlas", "Meridian", "Crescent", "Lakeside", "Redwood", "Keystone", "Cardinal",
            "Liberty", "Granite", "Prairie", "Anchor", "Beacon", "Sterling", "Union", "Coastal", "Highland");
    private static final List<String> ENGLISH_FORMS = List.of("Inc.", "LLC", "Ltd", "Corporation", "Co.", "Limited", "PLC");

    private CompanyNames() {}

    /**
     * A name for a company in {@code industry}.
     *
     * @param industry   the trade in English ("Textile") and in Chinese (纺织)
     * @param hanScript  for a Chinese company, whether the name is written in characters
     */
    static String name(Random random, Origin origin, Industry industry, City city, boolean hanScript) {
        return switch (origin) {
            case CHINA -> hanScript
                    ? city.han() + syllable(random, 1) + syllable(random, 1) + industry.han() + pick(random, CHINESE_FORMS_HAN)
                    : city.pinyin() + " " + syllable(random, 0) + syllable(random, 0).toLowerCase() + " " + industry.english() + " "
                            + pick(random, CHINESE_FORMS_LATIN);
            case VIETNAM -> random.nextBoolean()
                    ? "Cong Ty TNHH " + pick(random, VIETNAMESE_WORDS) + " " + industry.english()
                    : pick(random, VIETNAMESE_WORDS) + " " + industry.english() + " Joint Stock Company";
            case INDIA -> pick(random, INDIAN_WORDS) + " " + industry.english() + (random.nextBoolean() ? " Pvt. Ltd." : " Mills Limited");
            case GERMANY -> pick(random, GERMAN_WORDS) + " " + industry.english() + (random.nextBoolean() ? " GmbH" : " AG");
            case ENGLISH -> pick(random, ENGLISH_WORDS) + " " + pick(random, ENGLISH_WORDS) + " " + industry.english() + " "
                    + pick(random, ENGLISH_FORMS);
        };
    }

    /** A trade of a supply-chain stage, as company names say it. */
    record Industry(String english, String han) {}

    private static String syllable(Random random, int script) {
        return SYLLABLES.get(random.nextInt(SYLLABLES.size()))[script];
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
