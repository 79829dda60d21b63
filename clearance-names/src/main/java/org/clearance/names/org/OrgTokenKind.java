package org.clearance.names.org;

/** What a part of a company name is, which decides how much it counts when two names are compared. */
public enum OrgTokenKind {
    /** A legal form ("Co., Ltd.", "ООО", "有限公司"): says what an entity is, never which one. */
    LEGAL_FORM,
    /** A word many companies share ("Group", "Trading", "科技"). */
    GENERIC,
    /** A country, province, city or Xinjiang place ("Zhuhai", "新疆"). */
    PLACE,
    /** A number ("Byuro-14"): must agree. */
    NUMBER,
    /** A distinctive word: the trade name itself ("Pantum", "奔图"). */
    OTHER
}
