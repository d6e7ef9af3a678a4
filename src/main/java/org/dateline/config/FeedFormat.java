package org.dateline.config;

/** The feed formats every feed is written in, and the file name each has beside its listing. */
public enum FeedFormat {
    RSS("feed.xml", "application/rss+xml", "RSS"),
    ATOM("atom.xml", "application/atom+xml", "Atom"),
    JSON("feed.json", "application/feed+json", "JSON Feed");

    private final String fileName;
    private final String mediaType;
    private final String label;

    FeedFormat(String fileName, String mediaType, String label) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** How settings name the format: {@code rss}, {@code atom}, {@code json}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }
}
