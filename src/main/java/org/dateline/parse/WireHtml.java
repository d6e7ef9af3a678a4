package org.dateline.parse;

import java.util.List;
import org.dateline.text.Html;

/** Wire copy's body as HTML. Every character of the text is escaped: plain text is never markup. */
public final class WireHtml {

    private WireHtml() {
    }

    public static String render(List<WireStory.Block> blocks) {
        StringBuilder html = new StringBuilder();
        for (WireStory.Block block : blocks) {
            if (block instanceof WireStory.Subheading) {
                html.append("<h2>");
                Html.escape(block.text(), html);
                html.append("</h2>\n");
            } else if (block instanceof WireStory.Paragraph p && p.caption()) {
                html.append("<p class=\"wire-caption\">");
                Html.escape(block.text(), html);
                html.append("</p>\n");
            } else {
                html.append("<p>");
                Html.escape(block.text(), html);
                html.append("</p>\n");
            }
        }
        return html.toString();
    }
}
