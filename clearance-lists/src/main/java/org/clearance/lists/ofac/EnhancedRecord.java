package org.clearance.lists.ofac;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code entity} of an OFAC Enhanced XML file as read, before mapping. Values are the text the
 * file writes; where an element gives only a {@code refId}, the text is null and the id is kept for
 * {@link EnhancedReferences} to resolve.
 */
final class EnhancedRecord {
    /** A value that the file may give as text, as a reference, or both. */
    record Ref(String refId, String text) {}

    record Translation(boolean primary, Ref script, String fullName, String firstName, String lastName) {}

    record NameEntry(boolean primary, Ref aliasType, boolean lowQuality, List<Translation> translations) {}

    record ListEntry(String name, String datePublished) {}

    record Feature(Ref type, String value, String valueRefId, String dateBegin, String dateEnd,
                   boolean approximate, boolean range, String comments) {}

    record Document(Ref type, String number, Ref country, String authority, String location, boolean valid) {}

    /** One script version of an address: its parts by part type (ADDRESS1, CITY, ...). */
    record AddressVersion(List<Ref> partTypes, List<String> partValues) {}

    record AddressEntry(Ref country, List<AddressVersion> versions) {}

    record Relationship(Ref type, String entityId, String entityName) {}

    String id;
    long line;
    Ref entityType;
    final List<String> remarks = new ArrayList<>();
    final List<ListEntry> lists = new ArrayList<>();
    final List<String> programs = new ArrayList<>();
    final List<String> sanctionsTypes = new ArrayList<>();
    final List<String> legalAuthorities = new ArrayList<>();
    final List<NameEntry> names = new ArrayList<>();
    final List<Feature> features = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    final List<AddressEntry> addresses = new ArrayList<>();
    final List<Relationship> relationships = new ArrayList<>();
}
