package org.clearance.lists.ftm;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;

/**
 * Streams the entities of an FtM JSON-lines file one object at a time with Jackson's streaming
 * parser, so that only one entity is in memory while reading. Objects may also span lines (a
 * pretty-printed file); each record carries the line where its object starts.
 */
final class FtmLineReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Receives each entity as it is read. */
    @FunctionalInterface
    interface Handler {
        void accept(FtmRecord record) throws ListParseException;
    }

    private FtmLineReader() {}

    /**
     * Reads every entity of the file.
     *
     * @return the number of entities read
     */
    static long read(ListInput input, Handler handler) throws IOException, ListParseException {
        String file = input.name();
        long count = 0;
        try (Reader text = input.openText(); JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonLocation at = parser.currentTokenLocation();
                if (token != JsonToken.START_OBJECT) {
                    throw new ListParseException(file, at.getLineNr(), at.getColumnNr(), null,
                            "expected a JSON object (one FtM entity per line), found " + token.asString());
                }
                JsonNode node = parser.readValueAsTree();
                handler.accept(FtmRecord.of(node, file, at.getLineNr(), at.getColumnNr()));
                count++;
            }
        } catch (InputRefusedException e) {
            throw e.toParseException();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ListParseException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    null, "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (count == 0) {
            throw ListParseException.atFile(file, "the file holds no JSON object (expected one FtM entity per line)");
        }
        return count;
    }
}
