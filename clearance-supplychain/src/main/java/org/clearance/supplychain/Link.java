package org.clearance.supplychain;

import java.util.List;
import java.util.Objects;

/**
 * Goods passing from a supplier to a buyer.
 *
 * @param supplier  the supplying party's id
 * @param buyer     the buying party's id
 * @param goods     what is supplied, as described ("combed cotton yarn 40s", "多晶硅")
 * @param hsCode    the HS code as written, or null
 * @param quantity  the quantity, or null when unknown
 * @param unit      the unit of the quantity ("kg", "t", "pcs"), or null
 * @param documents the documents held for this link, by kind ("invoice", "bill_of_lading")
 */
public record Link(String supplier, String buyer, String goods, String hsCode, Double quantity, String unit,
        List<String> documents) {
    public Link {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(buyer, "buyer");
        documents = List.copyOf(documents);
    }
}
