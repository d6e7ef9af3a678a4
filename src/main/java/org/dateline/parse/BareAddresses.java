package org.dateline.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Links a host with a path written in running text ({@code example.com/fixtures}), which Flexmark's
 * autolink extension leaves as text because it has no {@code www.} or scheme; the link's address
 * gets {@code https://} when the page is written ({@link WebAddress#withScheme}).
 */
final class BareAddresses {

    private BareAddresses() {
    }

    static void link(Document document) {
        List<Text> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text && !insideLinkOrCode(text)) {
                texts.add(text);
            }
        }
        for (Text text : texts) {
            split(text);
        }
    }

    private static void split(Text text) {
        BasedSequence chars = text.getChars();
        Matcher address = WebAddress.IN_TEXT.matcher(chars);
        int done = 0;
        while (address.find()) {
            if (address.start() > done) {
                text.insertBefore(new Text(chars.subSequence(done, address.start())));
            }
            BasedSequence url = chars.subSequence(address.start(), address.end());
            AutoLink link = new AutoLink();
            link.setText(url);
            link.setUrlChars(url);
            link.setCharsFromContent();
            link.appendChild(new Text(url));
            text.insertBefore(link);
            done = address.end();
        }
        if (done == 0) {
            return;
        }
        if (done < chars.length()) {
            text.insertBefore(new Text(chars.subSequence(done)));
        }
        text.unlink();
    }

    private static boolean insideLinkOrCode(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof Link || up instanceof AutoLink || up instanceof LinkRef || up instanceof Image
                    || up instanceof Code || up instanceof CodeBlock || up instanceof FencedCodeBlock
                    || up instanceof IndentedCodeBlock) {
                return true;
            }
        }
        return false;
    }
}
