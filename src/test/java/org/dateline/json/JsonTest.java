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
}
