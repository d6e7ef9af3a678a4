package org.dateline.render;

/** The theme files (under {@code templates/static/}) that pages link to by name. */
public final class ThemeFiles {

    public static final String STYLESHEET = "style.css";
    /** The search page's script, which also holds the tokenizer and stemmer the index was made with. */
    public static final String SEARCH_SCRIPT = "search.js";

    private ThemeFiles() {
    }
}
