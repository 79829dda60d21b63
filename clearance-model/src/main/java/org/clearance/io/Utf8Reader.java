package org.clearance.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text: a byte that is not UTF-8 (a Latin-1 or Windows-1252 file given as UTF-8) stops
 * the read with the line and column where it sits, instead of turning into a replacement character
 * in a stored name. A leading byte-order mark is dropped.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final String file;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean first = true;
    private long line = 1;
    private long column = 1;

    Utf8Reader(InputStream in, String file) {
        this.in = in;
        this.file = file;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (eof && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    private void fill() throws IOException {
        bytes.compact();
        if (!eof) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
        chars.clear();
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (eof && !r.isError()) {
            r = decoder.flush(chars);
        }
        chars.flip();
        if (first && chars.hasRemaining() && chars.get(0) == '\uFEFF') {
            chars.get();
        }
        if (chars.hasRemaining()) {
            first = false;
        }
        track(chars);
        if (r.isError()) {
            int bad = bytes.get(bytes.position()) & 0xff;
            throw new InputRefusedException(file, line, column, String.format(
                    "not valid UTF-8 (byte 0x%02X); convert the file to UTF-8 or give the original file", bad));
        }
    }

    private void track(CharBuffer cb) {
        for (int i = cb.position(); i < cb.limit(); i++) {
            if (cb.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
