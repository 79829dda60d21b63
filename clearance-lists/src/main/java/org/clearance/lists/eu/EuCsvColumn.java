package org.clearance.lists.eu;

import org.clearance.lists.ColumnLayout;

/**
 * The columns of the EU FSF CSV 1.1 that the parser reads, by their header names. The file has more
 * (each fact group repeats its regulation as {@code *_Regulation_*} and carries {@code *_LogicalId}
 * and {@code *_RegulationLanguage}); those say nothing about the party and are not read.
 */
enum EuCsvColumn implements ColumnLayout.Column {
    FILE_GENERATION_DATE("fileGenerationDate"),
    ENTITY_LOGICAL_ID("Entity_LogicalId"),
    ENTITY_EU_REFERENCE_NUMBER("Entity_EU_ReferenceNumber"),
    ENTITY_UNITED_NATION_ID("Entity_UnitedNationId"),
    ENTITY_DESIGNATION_DATE("Entity_DesignationDate"),
    ENTITY_DESIGNATION_DETAILS("Entity_DesignationDetails"),
    ENTITY_REMARK("Entity_Remark"),
    ENTITY_SUBJECT_TYPE("Entity_SubjectType"),
    ENTITY_SUBJECT_TYPE_CLASSIFICATION_CODE("Entity_SubjectType_ClassificationCode"),
    ENTITY_REGULATION_PUBLICATION_DATE("Entity_Regulation_PublicationDate"),
    ENTITY_REGULATION_ENTRY_INTO_FORCE_DATE("Entity_Regulation_EntryIntoForceDate"),
    ENTITY_REGULATION_NUMBER_TITLE("Entity_Regulation_NumberTitle"),
    ENTITY_REGULATION_PROGRAMME("Entity_Regulation_Programme"),
    ENTITY_REGULATION_PUBLICATION_URL("Entity_Regulation_PublicationUrl"),
    NAME_ALIAS_LAST_NAME("NameAlias_LastName"),
    NAME_ALIAS_FIRST_NAME("NameAlias_FirstName"),
    NAME_ALIAS_MIDDLE_NAME("NameAlias_MiddleName"),
    NAME_ALIAS_WHOLE_NAME("NameAlias_WholeName"),
    NAME_ALIAS_NAME_LANGUAGE("NameAlias_NameLanguage"),
    NAME_ALIAS_GENDER("NameAlias_Gender"),
    NAME_ALIAS_TITLE("NameAlias_Title"),
    NAME_ALIAS_FUNCTION("NameAlias_Function"),
    NAME_ALIAS_REMARK("NameAlias_Remark"),
    ADDRESS_CITY("Address_City"),
    ADDRESS_STREET("Address_Street"),
    ADDRESS_PO_BOX("Address_PoBox"),
    ADDRESS_ZIP_CODE("Address_ZipCode"),
    ADDRESS_REGION("Address_Region"),
    ADDRESS_PLACE("Address_Place"),
    ADDRESS_CONTACT_INFO("Address_ContactInfo"),
    ADDRESS_COUNTRY_ISO2_CODE("Address_CountryIso2Code"),
    ADDRESS_COUNTRY_DESCRIPTION("Address_CountryDescription"),
    ADDRESS_REMARK("Address_Remark"),
    BIRTH_DATE_BIRTH_DATE("BirthDate_BirthDate"),
    BIRTH_DATE_DAY("BirthDate_Day"),
    BIRTH_DATE_MONTH("BirthDate_Month"),
    BIRTH_DATE_YEAR("BirthDate_Year"),
    BIRTH_DATE_YEAR_RANGE_FROM("BirthDate_YearRangeFrom"),
    BIRTH_DATE_YEAR_RANGE_TO("BirthDate_YearRangeTo"),
    BIRTH_DATE_CIRCA("BirthDate_Circa"),
    BIRTH_DATE_REGION("BirthDate_Region"),
    BIRTH_DATE_PLACE("BirthDate_Place"),
    BIRTH_DATE_CITY("BirthDate_City"),
    BIRTH_DATE_COUNTRY_ISO2_CODE("BirthDate_CountryIso2Code"),
    BIRTH_DATE_COUNTRY_DESCRIPTION("BirthDate_CountryDescription"),
    BIRTH_DATE_REMARK("BirthDate_Remark"),
    IDENTIFICATION_NUMBER("Identification_Number"),
    IDENTIFICATION_DIPLOMATIC("Identification_Diplomatic"),
    IDENTIFICATION_KNOWN_EXPIRED("Identification_KnownExpired"),
    IDENTIFICATION_KNOWN_FALSE("Identification_KnownFalse"),
    IDENTIFICATION_REPORTED_LOST("Identification_ReportedLost"),
    IDENTIFICATION_REVOKED_BY_ISSUER("Identification_RevokedByIssuer"),
    IDENTIFICATION_ISSUED_BY("Identification_IssuedBy"),
    IDENTIFICATION_ISSUED_DATE("Identification_IssuedDate"),
    IDENTIFICATION_VALID_FROM("Identification_ValidFrom"),
    IDENTIFICATION_VALID_TO("Identification_ValidTo"),
    IDENTIFICATION_LATIN_NUMBER("Identification_LatinNumber"),
    IDENTIFICATION_NAME_ON_DOCUMENT("Identification_NameOnDocument"),
    IDENTIFICATION_TYPE_CODE("Identification_TypeCode"),
    IDENTIFICATION_TYPE_DESCRIPTION("Identification_TypeDescription"),
    IDENTIFICATION_COUNTRY_ISO2_CODE("Identification_CountryIso2Code"),
    IDENTIFICATION_COUNTRY_DESCRIPTION("Identification_CountryDescription"),
    IDENTIFICATION_REMARK("Identification_Remark"),
    CITIZENSHIP_COUNTRY_ISO2_CODE("Citizenship_CountryIso2Code"),
    CITIZENSHIP_COUNTRY_DESCRIPTION("Citizenship_CountryDescription"),
    CITIZENSHIP_REMARK("Citizenship_Remark");

    /** Without these a file is no FSF CSV: the entity id and the names. */
    static final EuCsvColumn[] REQUIRED = {ENTITY_LOGICAL_ID, NAME_ALIAS_WHOLE_NAME};

    private final String header;

    EuCsvColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }

}
