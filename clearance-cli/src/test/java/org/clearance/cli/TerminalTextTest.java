package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controlsAndBidiOverridesAreShownAsEscapes() {
        assertThat(TerminalText.printable("a\u0000b\u001b[31mc\u007fd\u009be\u202ef\u2066g"))
                .isEqualTo("a\\x00b\\x1b[31mc\\x7fd\\x9be\\u202ef\\u2066g");
    }

    @Test
    void namesInEveryScriptLineBreaksAndTabsAreKept() {
        String text = "艾尔肯·吐尼亚孜\tئەركىن تۇنیاز\nИван Петров, Ιωάννης";
        assertThat(TerminalText.printable(text)).isEqualTo(text);
        assertThat(TerminalText.printable(null)).isNull();
    }
}
