package org.dateline.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesMapsInOrderAndDropsNullValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of("x", true, 2.5));
        map.put("gone", null);
        map.put("n", 3.0);
        assertThat(Json.write(map)).isEqualTo("{\"b\":1,\"a\":[\"x\",true,2.5],\"n\":3}");
    }

    @Test
    void escapesWhatJsonNeedsAndWhatAScriptElementNeeds() {
        assertThat(Json.write("say \"hi\"\\ \n\t\u0001"))
                .isEqualTo("\"say \\\"hi\\\"\\\\ \\n\\t\\u0001\"");
        assertThat(Json.write("</script><!-- & \u2028"))
                .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"");
    }

    @Test
    void nullsInListsStayAndTopLevelNullIsNull() {
        assertThat(Json.write(Arrays.asList("a", null))).isEqualTo("[\"a\",null]");
        assertThat(Json.write(null)).isEqualTo("null");
    }

    @Test
    void refusesNumbersJsonCannotHold() {
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsBackWhatItWritesKeysInOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("zeta", "</script> & \u2028 \"q\" \\ \n\t\u0001 é");
        value.put("alpha", List.of(1L, -2L, 2.5, true, false, List.of(), Map.of()));
        value.put("nested", Arrays.asList(List.of("a", "b"), null));
        Object read = Json.read(Json.write(value));
        assertThat(read).isEqualTo(value);
        assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) read).keySet())).containsExactly("zeta", "alpha", "nested");
        assertThat(Json.read(" { \"a\" : [ 1 , \"\\u0041\" ] } ")).isEqualTo(Map.of("a", List.of(1L, "A")));
    }

    @Test
    void refusesTextThatIsNotJsonSayingWhere() {
        assertThatThrownBy(() -> Json.read("{\"a\":1")).hasMessageContaining("the text ends too soon");
        assertThatThrownBy(() -> Json.read("{\"a\":1]")).hasMessageContaining("'}' was expected at character 6");
        assertThatThrownBy(() -> Json.read("[1] x")).hasMessageContaining("more after the value at character 4");
        assertThatThrownBy(() -> Json.read("\"open")).hasMessageContaining("a string does not end");
        assertThatThrownBy(() -> Json.read("[nope]")).hasMessageContaining("'nope' is not a JSON value");
    }

    /**
     * Strings of random characters, escapes among them or not, as StringBuilders too: each one is
     * written as the rule says, one character at a time, and read back as itself.
     */
    @Test
    void anyStringIsWrittenCharacterByCharacterAsTheRuleSays() {
        char[] alphabet = {'a', ' ', '"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '<', '>', '&', '\u2028', '\u2029',
                'é', '中', '\ud83d', '\ude00', '/'};
        java.util.Random random = new java.util.Random(22);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (char) ('a' + random.nextInt(26)));
            }
            StringBuilder expected = new StringBuilder("\"");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> expected.append("\\\"");
                    case '\\' -> expected.append("\\\\");
                    case '\n' -> expected.append("\\n");
                    case '\r' -> expected.append("\\r");
                    case '\t' -> expected.append("\\t");
                    default -> {
                        if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                            expected.append(String.format("\\u%04x", (int) c));
                        } else {
                            expected.append(c);
                        }
                    }
                }
            }
            expected.append('"');
            assertThat(Json.write(text.toString())).isEqualTo(expected.toString());
            assertThat(Json.write(text)).isEqualTo(expected.toString());
            assertThat(Json.read(Json.write(text.toString()))).isEqualTo(text.toString());
        }
    }
}
