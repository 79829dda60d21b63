package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;

/**
 * Any bytes given as a supply-chain file are read, or refused with a {@link ListParseException} naming the file or
 * an {@link SupplyChain.InvalidChainException}: no other exception, no hang. A chain that is read writes back as
 * JSON and reads again as the same chain, so nothing the reader accepts is lost on the way to a dossier. Fuzzed
 * coverage-guided for 20 seconds on every test run (the build sets {@code JAZZER_FUZZ}); the seeds, the example
 * chains in CSV and JSON, and every crash found are replayed from {@code ChainReaderFuzzTestInputs}.
 */
class ChainReaderFuzzTest {
    private static final Path DIR = temporaryFolder();

    @FuzzTest(maxDuration = "20s")
    void anyFileIsReadOrRefusedByName(byte[] bytes) throws IOException {
        Path file = Files.write(DIR.resolve("chain"), bytes);
        SupplyChain chain;
        try {
            chain = ChainReader.read(ListInput.of(file));
        } catch (ListParseException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
            return;
        } catch (SupplyChain.InvalidChainException e) {
            return;
        }
        StringWriter json = new StringWriter();
        ChainWriter.writeJson(chain, json);
        SupplyChain back;
        try {
            back = ChainReader.read(ListInput.of(Files.writeString(DIR.resolve("back.json"), json.toString())));
        } catch (ListParseException | SupplyChain.InvalidChainException e) {
            throw new AssertionError("the chain read from the file does not read back from its own JSON:\n" + json, e);
        }
        assertThat(back.product()).isEqualTo(chain.product());
        assertThat(back.parties()).isEqualTo(chain.parties());
        assertThat(back.links()).isEqualTo(chain.links());
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("clearance-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
