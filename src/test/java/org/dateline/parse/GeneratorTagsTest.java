package org.dateline.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorTagsTest {

    private static String markdown(String body) {
        return GeneratorTags.convert(body).markdown();
    }

    @Test
    void aBodyWithoutTagsIsTheSameString() {
        String body = "Plain text, {braces} and 100% sure.\n";

        assertThat(GeneratorTags.convert(body).markdown()).isSameAs(body);
        assertThat(GeneratorTags.convert(body).leftAsText()).isEmpty();
    }

    @Test
    void rawInsideHighlightIsCodeAsWritten() {
        assertThat(markdown("Before.\n{% highlight liquid %}\n{% raw %}\n{{ \"/a/\" | relative_url }}\n{% endraw %}\n{% endhighlight %}\nAfter.\n"))
                .isEqualTo("Before.\n\n```liquid\n{{ \"/a/\" | relative_url }}\n```\n\nAfter.\n");
    }

    @Test
    void siteAddressesAndUrlFiltersBecomePathsFromTheRoot() {
        assertThat(markdown("[a]({{ site.baseurl }}/a/) [b]({{site.url}}{{ site.baseurl }}/b/) [c]({{ \"/c/\" | relative_url }})"
                + " [d]({% link _posts/2020-01-01-d.md %}) [e]({% post_url 2019-03-01-results %})"))
                .isEqualTo("[a](/a/) [b](/b/) [c](/c/) [d](/_posts/2020-01-01-d.md) [e](/_posts/2019-03-01-results.md)");
    }

    @Test
    void commentsGoAndEscapedShortcodesShowAsShortcodes() {
        assertThat(markdown("A{% comment %} hidden {{ x }} {% endcomment %}B {{</* figure src=\"x.jpg\" */>}}"))
                .isEqualTo("AB {{< figure src=\"x.jpg\" >}}");
        assertThat(GeneratorTags.convert("{{%/* include \"f.md\" */%}}").leftAsText()).isEmpty();
    }

    @Test
    void hugoHighlightAndRefsWithAnchorsAndWithoutExtensions() {
        assertThat(markdown("{{< highlight go \"linenos=table\" >}}\nfmt.Println(1)\n{{< /highlight >}}"))
                .isEqualTo("\n```go\nfmt.Println(1)\n```\n");
        assertThat(markdown("[x]({{< ref \"post/vote\" >}}) [y]({{% relref \"sibling.md#votes\" %}})"))
                .isEqualTo("[x](/post/vote.md) [y](sibling.md#votes)");
    }

    @Test
    void whatHasNoClearMeaningStaysAndIsCountedByName() {
        GeneratorTags.Converted converted = GeneratorTags.convert(
                "{% include ad.html %} {% include ad.html %} {{ page.title | upcase }} {{< tweet 1 >}}{{< gist a b >}}"
                        + " {{< figure caption=\"no picture\" >}}");

        assertThat(converted.markdown()).isEqualTo("{% include ad.html %} {% include ad.html %} {{ page.title | upcase }}"
                + " {{< tweet 1 >}}{{< gist a b >}} {{< figure caption=\"no picture\" >}}");
        assertThat(converted.leftAsText()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "{% include %}", 2, "{{ page.title }}", 1, "{{< tweet >}}", 1, "{{< gist >}}", 1, "{{< figure >}}", 1));
    }
}
