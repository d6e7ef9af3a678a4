package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {

    @Test
    void plainLettersAndDigitsOnly() {
        for (char c = 0; c < 0x300; c++) {
            boolean plain = c < 0x80;
            assertThat(Ascii.isLetter(c)).as("%s", c).isEqualTo(plain && Character.isLetter(c));
            assertThat(Ascii.isLetterOrDigit(c)).as("%s", c).isEqualTo(plain && Character.isLetterOrDigit(c));
        }
    }
}
