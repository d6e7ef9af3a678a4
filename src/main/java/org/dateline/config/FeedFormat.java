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

    /**
     * The one feed of those written in {@code formats} that a page points to when it has only one:
     * RSS when it is among them (every reader takes it), else the first; none when there are none.
     */
    public static java.util.List<FeedFormat> main(java.util.List<FeedFormat> formats) {
        if (formats.contains(RSS)) {
            return java.util.List.of(RSS);
        }
        return formats.isEmpty() ? java.util.List.of() : java.util.List.of(formats.get(0));
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
