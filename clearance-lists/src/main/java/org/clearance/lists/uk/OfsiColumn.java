package org.clearance.lists.uk;

import org.clearance.lists.ColumnLayout;

/** The columns of the OFSI Consolidated List CSV (2022 format, {@code ConList.csv}) by header name. */
enum OfsiColumn implements ColumnLayout.Column {
    NAME_6("Name 6"),
    NAME_1("Name 1"),
    NAME_2("Name 2"),
    NAME_3("Name 3"),
    NAME_4("Name 4"),
    NAME_5("Name 5"),
    TITLE("Title"),
    NAME_NON_LATIN_SCRIPT("Name Non-Latin Script"),
    NON_LATIN_SCRIPT_LANGUAGE("Non-Latin Script Language"),
    DOB("DOB"),
    TOWN_OF_BIRTH("Town of Birth"),
    COUNTRY_OF_BIRTH("Country of Birth"),
    NATIONALITY("Nationality"),
    PASSPORT_NUMBER("Passport Number"),
    PASSPORT_DETAILS("Passport Details"),
    NATIONAL_IDENTIFICATION_NUMBER("National Identification Number"),
    NATIONAL_IDENTIFICATION_DETAILS("National Identification Details"),
    POSITION("Position"),
    ADDRESS_1("Address 1"),
    ADDRESS_2("Address 2"),
    ADDRESS_3("Address 3"),
    ADDRESS_4("Address 4"),
    ADDRESS_5("Address 5"),
    ADDRESS_6("Address 6"),
    POST_ZIP_CODE("Post/Zip Code"),
    COUNTRY("Country"),
    OTHER_INFORMATION("Other Information"),
    GROUP_TYPE("Group Type"),
    ALIAS_TYPE("Alias Type"),
    ALIAS_QUALITY("Alias Quality"),
    REGIME("Regime"),
    LISTED_ON("Listed On"),
    DATE_DESIGNATED("UK Sanctions List Date Designated"),
    GROUP_ID("Group ID");

    /** Without these a file is no OFSI list: the group id and the name. */
    static final OfsiColumn[] REQUIRED = {NAME_6, GROUP_ID};

    static final OfsiColumn[] GIVEN_NAMES = {NAME_1, NAME_2, NAME_3, NAME_4, NAME_5};

    static final OfsiColumn[] ADDRESS_LINES = {ADDRESS_1, ADDRESS_2, ADDRESS_3, ADDRESS_4, ADDRESS_5, ADDRESS_6};

    private final String header;

    OfsiColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }

}
