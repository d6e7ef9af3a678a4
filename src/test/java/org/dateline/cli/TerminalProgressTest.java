package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dateline.pipeline.Progress;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void drawsABarAfterASecondAndClearsItAtTheEnd() throws Exception {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text));
        progress.phase("render", 40);
        for (int i = 0; i < 10; i++) {
            progress.advance();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!text.toString().contains("render") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        progress.done();
        assertThat(text.toString()).contains("\r[#######.......................] render  10/40 ");
        assertThat(text.toString()).endsWith("\r");
    }

    @Test
    void aQuickBuildShowsNothing() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text));
        progress.phase("read", 3);
        progress.advance();
        progress.done();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void withoutATerminalTheBuildIsQuiet() {
        assertThat(TerminalProgress.forConsole(new PrintWriter(new StringWriter()))).isSameAs(Progress.SILENT);
    }
}
