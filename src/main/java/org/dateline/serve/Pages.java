package org.dateline.serve;

import java.nio.charset.StandardCharsets;
import org.dateline.model.Problem;
import org.dateline.text.Html;

/** What the preview adds to pages: the reload script, and the page that shows a failed build. */
final class Pages {

    static final String EVENTS = "/__dateline/events";

    /** Reloads the page when the server says a build finished; retries quietly while it restarts. */
    static final String RELOAD_SCRIPT = "<script>(function(){var s=new EventSource('" + EVENTS + "');"
            + "s.addEventListener('reload',function(){location.reload();});})();</script>";

    private Pages() {
    }

    /** {@code html} with the reload script before {@code </body>} (or at the end). */
    static byte[] withReload(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        String out = at < 0 ? text + RELOAD_SCRIPT : text.substring(0, at) + RELOAD_SCRIPT + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] buildFailed(BuildState state) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Build failed · Dateline</title>"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}"
                + "h1{color:#8b1e1e}li{margin:.75rem 0}code{font-weight:700}.hint{color:#555}</style></head><body>"
                + "<main><h1>The build failed</h1><p>The last good site is kept; fix these and save: this page reloads by itself.</p><ul>");
        for (Problem p : state.problems()) {
            String place = p.file() + (p.line() > 0 ? ":" + p.line() : "") + (p.column() > 0 ? ":" + p.column() : "");
            // A template problem's message goes on with the line and a caret under the place: keep it lined up.
            int excerpt = p.message().indexOf('\n');
            html.append("<li><code>").append(Html.escape(place)).append("</code> ")
                    .append(Html.escape(excerpt < 0 ? p.message() : p.message().substring(0, excerpt)));
            if (excerpt >= 0) {
                html.append("<pre>").append(Html.escape(p.message().substring(excerpt + 1))).append("</pre>");
            }
            if (!p.hint().isEmpty()) {
                html.append("<br><span class=\"hint\">").append(Html.escape(p.hint())).append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ul></main>").append(RELOAD_SCRIPT).append("</body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
