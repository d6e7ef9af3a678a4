package org.dateline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlDeclarationTest {

    @Test
    void aLatin1DeclarationIsHowTheFileIsRead() throws Exception {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<nitf><p>Genève café</p></nitf>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(XmlDeclaration.charsetOf(latin1)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(SourceReader.decode(latin1, "content/a.xml")).contains("<p>Genève café</p>");
    }

    @Test
    void utf8UnknownOrNoDeclarationLeavesTheUsualRules() {
        assertThat(XmlDeclaration.charsetOf("<?xml version='1.0' encoding='utf-8'?><a/>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(XmlDeclaration.charsetOf("<?xml version='1.0' encoding='no-such-thing'?><a/>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(XmlDeclaration.charsetOf("<?xml version='1.0'?><a/>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(XmlDeclaration.charsetOf("---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
