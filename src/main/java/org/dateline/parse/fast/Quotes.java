package org.dateline.parse.fast;

/**
 * Pairs the straight quotes of one paragraph into typographic ones as Flexmark's inline parser
 * with the typographic extension does, for {@link PlainParagraphs}. Each run of {@code '} or
 * {@code "} is a delimiter that can open when left-flanking and close when right-flanking
 * (CommonMark's rules); closers are taken left to right, each pairing with the nearest opener of
 * its character before it, one quote at a time. A quote whose outside neighbour is a letter or
 * digit pairs with nothing, so apostrophes stay apostrophes. Delimiters between a pair that was
 * made are left unpaired, as are those left at the end: a lone {@code '} is written
 * {@code &rsquo;}, anything else as it stands. The names follow Flexmark's
 * {@code InlineParserImpl.processDelimiters} and {@code QuoteDelimiterProcessorBase}, whose steps
 * this keeps, the odd ones included.
 */
final class Quotes {

    private Quotes() {
    }

    /** One run of the same quote character, and what it is written as once pairing is done. */
    static final class Run {
        final int start;
        final int length;
        final char quote;
        final boolean canOpen;
        final boolean canClose;
        /** The runs of the paragraph in order, for writing. */
        Run following;

        /** Delimiter stack links; a run leaves the stack when paired up or given up on. */
        private Run previous;
        private Run next;
        /** Quotes not yet used, and the part of the run they are (Flexmark keeps the outer ones). */
        private int left;
        private int from;
        private int to;
        private int opened;
        private int closed;

        private Run(char[] text, int start, int length, int paragraphStart, int paragraphEnd) {
            this.start = start;
            this.length = length;
            this.quote = text[start];
            this.left = length;
            this.from = start;
            this.to = start + length;
            char before = start == paragraphStart ? '\n' : text[start - 1];
            char after = start + length == paragraphEnd ? '\n' : text[start + length];
            boolean beforeIsWhitespace = isWhitespace(before);
            boolean afterIsWhitespace = isWhitespace(after);
            boolean beforeIsPunctuation = isPunctuation(before);
            boolean afterIsPunctuation = isPunctuation(after);
            this.canOpen = !afterIsWhitespace && !(afterIsPunctuation && !beforeIsWhitespace && !beforeIsPunctuation);
            this.canClose = !beforeIsWhitespace && !(beforeIsPunctuation && !afterIsWhitespace && !afterIsPunctuation);
        }

        void write(StringBuilder out) {
            boolean single = quote == '\'';
            for (int i = 0; i < closed; i++) {
                out.append(single ? "&rsquo;" : "&rdquo;");
            }
            if (single) {
                out.append(left == 1 ? "&rsquo;" : "'".repeat(left));
            } else {
                out.append("&quot;".repeat(left));
            }
            for (int i = 0; i < opened; i++) {
                out.append(single ? "&lsquo;" : "&ldquo;");
            }
        }
    }

    /**
     * Pairs the quotes of {@code text} between {@code start} and {@code end} and returns the first
     * run (the others follow it), or null when there is none.
     */
    static Run pair(char[] text, int start, int end) {
        Run first = null;
        Run last = null;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == '\'' || c == '"') {
                int length = 1;
                while (i + length < end && text[i + length] == c) {
                    length++;
                }
                Run run = new Run(text, i, length, start, end);
                if (last == null) {
                    first = run;
                } else {
                    last.following = run;
                    last.next = run;
                    run.previous = last;
                }
                last = run;
                i += length - 1;
            }
        }
        if (first != null) {
            new Stack(text, first).process();
        }
        return first;
    }

    /** The delimiter stack of one paragraph. */
    private static final class Stack {
        private final char[] text;
        private Run bottom;
        private Run singleOpenersBottom;
        private Run doubleOpenersBottom;

        Stack(char[] text, Run bottom) {
            this.text = text;
            this.bottom = bottom;
        }

        void process() {
            Run closer = bottom;
            while (closer != null) {
                if (!closer.canClose) {
                    closer = closer.next;
                    continue;
                }
                boolean found = false;
                boolean potential = false;
                Run opener = closer.previous;
                Run openersBottom = closer.quote == '\'' ? singleOpenersBottom : doubleOpenersBottom;
                while (opener != null && opener != openersBottom) {
                    if (opener.canOpen && opener.quote == closer.quote) {
                        potential = true;
                        if (canOpen(opener) && canClose(closer)) {
                            found = true;
                            break;
                        }
                    }
                    opener = opener.previous;
                }
                if (!found) {
                    if (!potential) {
                        if (closer.quote == '\'') {
                            singleOpenersBottom = closer.previous;
                        } else {
                            doubleOpenersBottom = closer.previous;
                        }
                        if (!closer.canOpen) {
                            remove(closer);
                        }
                    }
                    closer = closer.next;
                    continue;
                }
                for (Run between = closer.previous; between != null && between != opener; ) {
                    Run earlier = between.previous;
                    remove(between);
                    between = earlier;
                }
                opener.opened++;
                closer.closed++;
                opener.left--;
                closer.left--;
                if (opener.left == 0) {
                    remove(opener);
                } else {
                    opener.to = opener.from + opener.left;
                }
                if (closer.left == 0) {
                    Run next = closer.next;
                    remove(closer);
                    closer = next;
                } else {
                    closer.from = closer.to - closer.left;
                }
            }
        }

        /** An opener pairs only if no letter or digit stands right before it. */
        private boolean canOpen(Run opener) {
            return opener.left >= 1 && (opener.from == 0 || !Character.isLetterOrDigit(text[opener.from - 1]));
        }

        /** A closer pairs only if no letter or digit stands right after it. */
        private boolean canClose(Run closer) {
            return closer.left >= 1 && (closer.to >= text.length || !Character.isLetterOrDigit(text[closer.to]));
        }

        /** Takes a run off the stack; its {@code next} stays, as the loop over closers goes on from it. */
        private void remove(Run run) {
            if (run.previous != null) {
                run.previous.next = run.next;
            } else {
                bottom = run.next;
            }
            if (run.next != null) {
                run.next.previous = run.previous;
            }
        }
    }

    /** Unicode space separators and the ASCII blanks, as CommonMark's flanking rules see them. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** ASCII punctuation and symbols, and Unicode punctuation, as Flexmark's {@code Parsing.PUNCTUATION} has them. */
    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return ASCII_PUNCTUATION.indexOf(c) >= 0;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
}
