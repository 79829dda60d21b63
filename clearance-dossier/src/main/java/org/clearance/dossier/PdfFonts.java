package org.clearance.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The font files the PDF embeds. The PDF renderer has only the 14 standard PDF fonts built in, which
 * cover Latin-1 alone, so a chain with Chinese or Uyghur addresses needs system fonts: DejaVu Sans
 * (Latin, Cyrillic, Arabic script) and Droid Sans Fallback (Chinese), from Debian's fonts-dejavu-core
 * and fonts-droid-fallback packages. A character no font has prints as '#', and {@link #missing()}
 * lets the caller say so.
 */
final class PdfFonts {
    /** A font file under a family name the style sheet asks for. */
    record Face(String family, Path file, int weight) {}

    /** Where Debian installs the faces; the families match dossier.css. */
    static final List<Face> FACES = List.of(
            new Face("DejaVu Sans", Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), 400),
            new Face("DejaVu Sans", Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"), 700),
            new Face("DejaVu Sans Mono", Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"), 400),
            new Face("Droid Sans Fallback", Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), 400));

    private PdfFonts() {}

    static List<Face> available() {
        return FACES.stream().filter(f -> Files.isReadable(f.file())).toList();
    }

    /** The faces not found on this machine. */
    static List<Face> missing() {
        return FACES.stream().filter(f -> !Files.isReadable(f.file())).toList();
    }
}
