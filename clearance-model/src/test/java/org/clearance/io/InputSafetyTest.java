package org.clearance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSafetyTest {
    @Test
    void aTwoGigabyteFileIsRefusedBeforeReading(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L << 30); // sparse: costs no disk
        }
        assertThatThrownBy(() -> Sniff.of(ListInput.of(big)))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("huge.xml")
                .hasMessageContaining("over the limit");
    }

    @Test
    void aGzipBombIsStoppedByItsExpansionRatio(@TempDir Path tmp) throws Exception {
        Path bomb = tmp.resolve("bomb.xml.gz");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("<sdnList>".getBytes());
            for (int i = 0; i < 64; i++) {
                out.write(zeros); // 64 MiB of zeros compress to about 64 KiB
            }
        }
        ListInput input = ListInput.of(bomb);
        assertThat(Sniff.of(input).xmlRoot()).isEqualTo("sdnList");
        assertThatThrownBy(() -> {
            try (var in = input.open()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }).isInstanceOf(InputRefusedException.class).hasMessageContaining("gzip bomb");
    }

    @Test
    void expansionIsCappedInAbsoluteSizeToo(@TempDir Path tmp) throws Exception {
        Path gz = tmp.resolve("big.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(new byte[4096]);
        }
        ListInput input = new ListInput(gz, Map.of(), new InputLimits(1 << 20, 1000, 100));
        assertThatThrownBy(() -> {
            try (var in = input.open()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }).isInstanceOf(InputRefusedException.class).hasMessageContaining("expands past 1,000 bytes");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path tmp) {
        assertThatThrownBy(() -> Sniff.of(ListInput.of(tmp.resolve("nope.csv"))))
                .isInstanceOf(ListParseException.class).hasMessageContaining("nope.csv: not a readable file");
    }
}
