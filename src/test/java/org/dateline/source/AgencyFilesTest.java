package org.dateline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyFilesTest {

    @TempDir
    Path dir;

    @Test
    void theRootElementIsFoundPastDeclarationCommentsAndDoctype() {
        assertThat(AgencyFiles.rootName("<?xml version=\"1.0\"?>\n<!-- a > b -->\n<!DOCTYPE nitf [<!ENTITY x \"a>b\">]>\n<nitf>"))
                .isEqualTo("nitf");
        assertThat(AgencyFiles.rootName("\uFEFF<g2:newsItem xmlns:g2=\"urn:x\">")).isEqualTo("newsItem");
        assertThat(AgencyFiles.rootName("<rss version=\"2.0\">")).isEqualTo("rss");
        assertThat(AgencyFiles.rootName("not xml at all")).isEmpty();
        assertThat(AgencyFiles.rootName("<!-- never closed")).isEmpty();
    }

    @Test
    void agencyFilesAreArticlesAndOtherXmlStaysAnAsset() throws Exception {
        Files.createDirectories(dir.resolve("content/world"));
        Files.writeString(dir.resolve("content/world/a.xml"), "<?xml version=\"1.0\"?>\n<nitf><head/></nitf>");
        Files.writeString(dir.resolve("content/world/b.XML"), "<newsMessage/>");
        Files.writeString(dir.resolve("content/world/c.xml"), "<newsItem/>");
        Files.writeString(dir.resolve("content/world/feed.xml"), "<rss version=\"2.0\"/>");
        ContentListing listing = ContentWalker.walk(dir.resolve("content"), dir);
        assertThat(listing.articles()).extracting(SourceFile::relativePath, SourceFile::format).containsExactly(
                org.assertj.core.groups.Tuple.tuple("world/a.xml", SourceFormat.NITF),
                org.assertj.core.groups.Tuple.tuple("world/b.XML", SourceFormat.NEWSML_G2),
                org.assertj.core.groups.Tuple.tuple("world/c.xml", SourceFormat.NEWSML_G2));
        assertThat(listing.assets()).extracting(SourceFile::relativePath).containsExactly("world/feed.xml");
    }
}
