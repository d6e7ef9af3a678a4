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
}
