package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.healthlibrary.assistant.knowledge.ArticleFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HTML inside {@code <main>} of a page at https://h.org/health/page, and the Markdown body it becomes. */
class MarkdownRendererTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("text before the first section goes under Overview",
                        "<p>Hello.</p><h2>Causes</h2><p>C.</p>",
                        "## Overview\n\nHello.\n\n## Causes\n\nC.\n"),
                Arguments.of("an Overview heading after intro text is merged into it",
                        "<p>A.</p><h2>Overview</h2><p>B.</p><h2>Causes</h2><p>C.</p>",
                        "## Overview\n\nA.\n\nB.\n\n## Causes\n\nC.\n"),
                Arguments.of("a section with nothing under it is dropped",
                        "<h2>Symptoms</h2><h2>Causes:</h2><p>C.</p><h3>Empty</h3>",
                        "## Causes\n\nC.\n"),
                Arguments.of("ordered lists keep their start and nest under the item text",
                        "<h2>Steps</h2><ol start=\"3\"><li>Three<ol><li>Sub</li></ol></li><li>Four</li></ol>",
                        "## Steps\n\n3. Three\n   1. Sub\n4. Four\n"),
                Arguments.of("paragraphs inside an item join into one line",
                        "<h2>S</h2><ul><li><p>One</p><p>more</p></li><li></li></ul>",
                        "## S\n\n- One more\n"),
                Arguments.of("a list put straight into a list is indented",
                        "<h2>S</h2><ul><li>One</li><ul><li>Inner</li></ul></ul>",
                        "## S\n\n- One\n  - Inner\n"),
                Arguments.of("Markdown characters in text are escaped",
                        "<h2>S</h2><p>1. Not a list</p><p>*Not* emphasis [1] or <code>&lt;b&gt;</code></p><p># no heading</p>",
                        "## S\n\n1\\. Not a list\n\n\\*Not\\* emphasis \\[1\\] or \\<b>\n\n\\# no heading\n"),
                Arguments.of("only links into the library stay links",
                        "<h2>S</h2><p><a href=\"/health/anemia\">anemia</a>, <a href=\"https://h.org/health/leukemia.html\">leukemia</a>, "
                                + "<a href=\"https://other.org/x\">other</a>, <a href=\"#top\">top</a>, <a href=\"mailto:a@h.org\">mail</a>, "
                                + "<a href=\"page\">self</a></p>",
                        "## S\n\n[anemia](anemia.md), [leukemia](leukemia.md), other, top, mail, self\n"),
                Arguments.of("definition-list FAQ terms become questions",
                        "<h2>FAQ</h2><dl><dt>Is it common?</dt><dd><p>Yes.</p></dd><dt>Note</dt><dd>Plain term.</dd></dl>",
                        "## Common questions\n\n### Is it common?\n\nYes.\n\nNote\n\nPlain term.\n"),
                Arguments.of("question blocks in a questions section become questions",
                        "<h2>Questions and answers</h2><div class=\"faq-question\">Can it spread?</div><div>No.</div>"
                                + "<h4>Is it rare?</h4><p>Yes.</p>",
                        "## Common questions\n\n### Can it spread?\n\nNo.\n\n### Is it rare?\n\nYes.\n"),
                Arguments.of("outside the questions section a bold question is a paragraph",
                        "<h2>Causes</h2><p><strong>Why?</strong></p><p>Genes.</p>",
                        "## Causes\n\nWhy?\n\nGenes.\n"),
                Arguments.of("a table without a header row lists its cells",
                        "<h2>S</h2><table><tr><td>a</td><td>b</td></tr><tr><td></td><td></td></tr></table>",
                        "## S\n\n- a; b\n"),
                Arguments.of("inline runs between blocks become paragraphs",
                        "<h2>S</h2><div>Text <strong>bold</strong> here<p>Para</p>tail<br>end</div>",
                        "## S\n\nText bold here\n\nPara\n\ntail end\n"),
                Arguments.of("non-breaking spaces and soft hyphens are normalised",
                        "<h2>S</h2><p>100&nbsp;°F and throm&shy;bo&shy;cytes</p>",
                        "## S\n\n100 °F and thrombocytes\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void rendersMarkdown(String name, String main, String expectedBody) throws ArticleFormatException {
        String html = "<html><head><link rel=\"canonical\" href=\"https://h.org/health/page\"></head>"
                + "<body><main><h1>Page</h1>" + main + "</main></body></html>";

        assertThat(new HtmlArticleReader().parse(html, "page.html").body()).isEqualTo(expectedBody);
    }
}
