package org.dateline.importer;

/** A WordPress export the import tests share. */
public final class WordPressImportTestExport {

    private WordPressImportTestExport() {
    }

    /**
     * A small export in the form WordPress writes (WXR 1.2): classic and block-editor bodies, drafts,
     * attachments; as WordPress.com does, an attachment's URL starts on a new line.
     */
    public static final String TEXT = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>Saltmere Gazette</title>
              <link>https://gazette.example.org/news</link>
              <wp:wxr_version>1.2</wp:wxr_version>
              <wp:base_site_url>https://gazette.example.org/news</wp:base_site_url>
              <wp:base_blog_url>https://gazette.example.org/news</wp:base_blog_url>
              <wp:author><wp:author_login><![CDATA[morag]]></wp:author_login>
                <wp:author_display_name><![CDATA[Morag Finlay]]></wp:author_display_name></wp:author>
              <item>
                <title><![CDATA[Ferry fares frozen: "a relief"]]></title>
                <link>https://gazette.example.org/news/2024/03/05/ferry-fares-frozen/</link>
                <dc:creator><![CDATA[morag]]></dc:creator>
                <content:encoded><![CDATA[The harbour board voted on Tuesday & the fares <strong>stay</strong>.
            A second line.

            See <a href="https://gazette.example.org/news/?p=14">the repairs</a>, <a href="https://gazette.example.org/news/2024/03/07/harbour-wall/">again</a> and <a href="/about/">us</a>.

            <img src="https://gazette.example.org/news/wp-content/uploads/2024/03/ferry.jpg" alt="The ferry">]]></content:encoded>
                <excerpt:encoded><![CDATA[<p>Island residents will pay the same.</p>]]></excerpt:encoded>
                <wp:post_id>12</wp:post_id>
                <wp:post_date><![CDATA[2024-03-05 09:30:00]]></wp:post_date>
                <wp:post_date_gmt><![CDATA[2024-03-05 09:30:00]]></wp:post_date_gmt>
                <wp:post_modified_gmt><![CDATA[2024-03-06 10:00:00]]></wp:post_modified_gmt>
                <wp:post_name><![CDATA[ferry-fares-frozen]]></wp:post_name>
                <wp:status><![CDATA[publish]]></wp:status>
                <wp:post_parent>0</wp:post_parent>
                <wp:post_type><![CDATA[post]]></wp:post_type>
                <category domain="category" nicename="island-news"><![CDATA[Island News]]></category>
                <category domain="category" nicename="transport"><![CDATA[Transport]]></category>
                <category domain="post_tag" nicename="ferries"><![CDATA[Ferries]]></category>
                <wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[13]]></wp:meta_value></wp:postmeta>
              </item>
              <item>
                <title><![CDATA[ferry.jpg]]></title>
                <wp:post_id>13</wp:post_id>
                <wp:post_parent>12</wp:post_parent>
                <wp:post_type><![CDATA[attachment]]></wp:post_type>
                <wp:status><![CDATA[inherit]]></wp:status>
                <wp:attachment_url>
                    https://gazette.example.org/news/wp-content/uploads/2024/03/ferry.jpg</wp:attachment_url>
              </item>
              <item>
                <title><![CDATA[Harbour wall repairs: Q&amp;A &#8211; what&#8217;s next]]></title>
                <link>https://gazette.example.org/news/2024/03/07/harbour-wall/</link>
                <dc:creator><![CDATA[morag]]></dc:creator>
                <content:encoded><![CDATA[<!-- wp:paragraph -->
            <p>Work starts <em>next week</em>.</p>
            <!-- /wp:paragraph -->

            <!-- wp:heading -->
            <h2>What closes</h2>
            <!-- /wp:heading -->

            <!-- wp:list -->
            <ul><li>The slipway</li><li>The car park</li></ul>
            <!-- /wp:list -->

            [caption id="attachment_13" align="alignnone" width="300"]<img src="https://gazette.example.org/news/wp-content/uploads/2024/03/wall.jpg" alt="The wall" width="300"> The old wall, in 1920[/caption]

            [gallery ids="13,14"]]]></content:encoded>
                <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                <wp:post_id>14</wp:post_id>
                <wp:post_date_gmt><![CDATA[2024-03-07 08:00:00]]></wp:post_date_gmt>
                <wp:post_name><![CDATA[harbour-wall]]></wp:post_name>
                <wp:status><![CDATA[publish]]></wp:status>
                <wp:post_type><![CDATA[post]]></wp:post_type>
                <category domain="category" nicename="island-news"><![CDATA[Island News]]></category>
                <category domain="post_tag" nicename="harbour"><![CDATA[Harbour]]></category>
              </item>
              <item>
                <title><![CDATA[Unfinished thoughts]]></title>
                <link>https://gazette.example.org/news/?p=15</link>
                <dc:creator><![CDATA[morag]]></dc:creator>
                <content:encoded><![CDATA[Not ready.]]></content:encoded>
                <wp:post_id>15</wp:post_id>
                <wp:post_date><![CDATA[2024-03-08 12:00:00]]></wp:post_date>
                <wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>
                <wp:post_name><![CDATA[]]></wp:post_name>
                <wp:status><![CDATA[draft]]></wp:status>
                <wp:post_type><![CDATA[post]]></wp:post_type>
              </item>
              <item>
                <title><![CDATA[Deleted]]></title>
                <wp:post_id>16</wp:post_id>
                <wp:status><![CDATA[trash]]></wp:status>
                <wp:post_type><![CDATA[post]]></wp:post_type>
              </item>
              <item>
                <title><![CDATA[About]]></title>
                <wp:post_id>2</wp:post_id>
                <wp:status><![CDATA[publish]]></wp:status>
                <wp:post_type><![CDATA[page]]></wp:post_type>
              </item>
            </channel>
            </rss>
            """;
}
