package org.clearance.lists.eu;

import java.util.List;
import java.util.Map;

/**
 * The facts of one EU FSF entry, split the way the publisher splits them. The XML (attributes of
 * {@code nameAlias}, {@code birthdate}, ...) and the CSV ({@code NameAlias_*}, {@code BirthDate_*}, ...
 * columns) carry the same fields under different spellings; both readers fill these records so that
 * one {@link EuEntityAssembler} turns them into entities the same way. Absent values are null.
 */
final class EuFacts {
    /**
     * The boolean markers of an identification document, by their XML attribute name (the CSV column
     * is {@code Identification_} plus the name capitalised), with the words a note uses for them.
     */
    static final List<Map.Entry<String, String>> IDENTIFICATION_FLAGS = List.of(
            Map.entry("diplomatic", "diplomatic document"),
            Map.entry("knownExpired", "known to be expired"),
            Map.entry("knownFalse", "known to be false"),
            Map.entry("reportedLost", "reported lost"),
            Map.entry("revokedByIssuer", "revoked by issuer"));

    private EuFacts() {}

    record NameAlias(String wholeName, String firstName, String middleName, String lastName, String function,
            String gender, String title, String language, boolean strong, String remark) {}

    record Regulation(String programme, String publicationDate, String entryIntoForceDate, String numberTitle,
            String publicationUrl) {}

    record Birthdate(String date, String year, String month, String day, String yearRangeFrom, String yearRangeTo,
            boolean circa, String city, String place, String region, String country, String countryIso2,
            String remark) {}

    record Citizenship(String country, String countryIso2, String remark) {}

    record Identification(String typeCode, String typeDescription, String number, String latinNumber,
            String country, String countryIso2, String issuedBy, String issuedDate, String validFrom,
            String validTo, String nameOnDocument, List<String> flags, String remark) {}

    record Address(String street, String city, String zipCode, String poBox, String region, String place,
            String country, String countryIso2, String contactInfo, String remark) {}
}
