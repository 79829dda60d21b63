package org.clearance.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of an entity: JSON in record-component order, so that equal entities give equal
 * bytes and the same SHA-256, which is how versions are compared and diffed.
 */
public final class EntityJson {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(EntityLimits.READ).build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private EntityJson() {}

    public static String write(Entity e) {
        try {
            return MAPPER.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write entity " + e.id(), ex);
        }
    }

    /** The same JSON as UTF-8 bytes, the form the store keeps. */
    public static byte[] writeBytes(Entity e) {
        try {
            return MAPPER.writeValueAsBytes(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write entity " + e.id(), ex);
        }
    }

    /**
     * Why the stored form could not be read back by {@link #read} (a text past {@link EntityLimits}),
     * naming the field as a JSON pointer, or null when it can: the import's check is the reader itself.
     */
    static String unreadable(byte[] json) {
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            for (JsonToken t; (t = p.nextToken()) != null;) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    try {
                        p.getText();
                    } catch (StreamConstraintsException e) {
                        return String.format("field %s: %,d characters, over the limit of %,d",
                                p.getParsingContext().pathAsPointer(), p.getTextLength(), EntityLimits.MAX_TEXT_CHARS);
                    }
                }
            }
            return null;
        } catch (java.io.IOException e) {
            return "not readable: " + e.getMessage();
        }
    }

    public static Entity read(byte[] json) {
        try {
            return MAPPER.readValue(json, Entity.class);
        } catch (java.io.IOException ex) {
            throw new IllegalStateException("stored entity is not readable: " + ex.getMessage(), ex);
        }
    }

    public static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException ex) {
            throw new IllegalStateException("stored entity is not readable: " + ex.getMessage(), ex);
        }
    }

    public static Entity read(String json) {
        try {
            return MAPPER.readValue(json, Entity.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored entity is not readable: " + ex.getOriginalMessage(), ex);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored entity is not readable: " + ex.getOriginalMessage(), ex);
        }
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
