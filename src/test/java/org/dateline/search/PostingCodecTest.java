package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostingCodecTest {

    @Test
    void roundTripsGapsAndWeights() {
        int[] docs = {0, 1, 2, 40, 1_000_000};
        int[] weights = {31, 1, 17, 5, 9};
        StringBuilder out = new StringBuilder();
        PostingCodec.encode(docs, weights, docs.length, out);
        assertThat(PostingCodec.decode(out.toString())).containsExactly(new PostingCodec.Posting(0, 31),
                new PostingCodec.Posting(1, 1), new PostingCodec.Posting(2, 17), new PostingCodec.Posting(40, 5),
                new PostingCodec.Posting(1_000_000, 9));
    }

    @Test
    void neighbouringArticlesTakeTwoCharacters() {
        StringBuilder out = new StringBuilder();
        PostingCodec.encode(new int[] {5, 6, 7}, new int[] {3, 3, 3}, 3, out);
        assertThat(out).hasSize(6).doesNotContain("\"", "\\");
        assertThat(out.toString()).isEqualTo("GDBDBD");
    }

    @Test
    void emptyListIsEmpty() {
        assertThat(PostingCodec.decode("")).isEqualTo(List.of());
    }

    @Test
    void textThatIsNotPostingsIsRefusedSayingWhichCharacter() {
        assertThatThrownBy(() -> PostingCodec.decode("GD-D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'-' is not a digit of encoded postings");
    }

    @Test
    void encodedLengthIsTheLengthEncodeWrites() {
        int[] docs = {0, 1, 31, 32, 1_000, 1_000_000};
        int[] weights = {1, 31, 2, 3, 4, 5};
        int[] postings = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            postings[i] = docs[i] << 8 | weights[i];
        }
        StringBuilder out = new StringBuilder();
        PostingCodec.encode(docs, weights, docs.length, out);
        assertThat(PostingCodec.encodedLength(postings, docs.length)).isEqualTo(out.length());
    }
}
