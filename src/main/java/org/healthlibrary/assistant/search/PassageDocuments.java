package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.knowledge.SectionChunker;

/** Converts passages to Lucene documents and back. Stateless. */
final class PassageDocuments {

    /** Passage text: stored, with offsets in the postings so snippets need no re-analysis. */
    private static final FieldType BODY_TYPE = bodyType();
    private static final char SEP = '\u0000';
    /** Title kinds that mean "what it is" ("Anemia - information"). */
    private static final Pattern OVERVIEW_KIND = Pattern.compile("(general )?(information|overview|summary|about|definition)");

    private PassageDocuments() {
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    static Document toDocument(Article article, Passage p) {
        Document doc = new Document();
        doc.add(new KeywordField(SearchFields.ID, p.id(), Field.Store.YES));
        doc.add(new KeywordField(SearchFields.ARTICLE_ID, p.articleId(), Field.Store.YES));
        doc.add(new TextField(SearchFields.TITLE, p.articleTitle(), Field.Store.YES));
        doc.add(new TextField(SearchFields.SYNONYMS, String.join(" ; ", article.synonyms()), Field.Store.NO));
        doc.add(new TextField(SearchFields.SECTION, p.section(), Field.Store.YES));
        if (p.question() != null) {
            doc.add(new TextField(SearchFields.QUESTION, p.question(), Field.Store.YES));
        }
        doc.add(new Field(SearchFields.BODY, p.text(), BODY_TYPE));
        doc.add(new StoredField(SearchFields.URL, p.url()));
        String labels = String.join(String.valueOf(SEP), p.id(), p.articleId(), p.articleTitle(), p.section(),
                p.question() == null ? "" : p.question(), intentOf(p).name());
        doc.add(new BinaryDocValuesField(SearchFields.LABELS, new BytesRef(labels)));
        return doc;
    }

    /**
     * The passage's id and headings without its text or URL, read from doc values: cheap enough
     * for every first-stage candidate (loading stored text is kept for the hits returned).
     */
    static Labelled labelsOf(IndexReader reader, int doc) throws IOException {
        var leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(SearchFields.LABELS);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Passage document " + doc + " has no labels: rebuild the index");
        }
        BytesRef b = values.binaryValue();
        String[] f = new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8).split(String.valueOf(SEP), -1);
        return new Labelled(new Passage(f[0], f[1], f[2], "", f[3], f[4].isEmpty() ? null : f[4], ""),
                QuestionIntent.valueOf(f[5]));
    }

    /** A passage's id and headings (no text) and the kind of question it answers. */
    record Labelled(Passage passage, QuestionIntent intent) {
    }

    static Passage toPassage(Document doc) {
        return new Passage(doc.get(SearchFields.ID), doc.get(SearchFields.ARTICLE_ID), doc.get(SearchFields.TITLE),
                doc.get(SearchFields.URL), doc.get(SearchFields.SECTION), doc.get(SearchFields.QUESTION),
                doc.get(SearchFields.BODY));
    }

    /**
     * A question passage is labelled by what the question asks; a section by its heading. A
     * "What is ...?" question defines a side topic, so it does not count as the article's overview.
     * A passage that is its article's only, generic "Overview" section (a line of an imported
     * corpus) and whose title names a kind after a dash or colon ("Anemia - treatment",
     * "Anemia: who is at risk") is labelled by that kind.
     */
    static QuestionIntent intentOf(Passage p) {
        if (p.question() != null) {
            QuestionIntent intent = QuestionIntent.of(p.question());
            return intent == QuestionIntent.OVERVIEW ? QuestionIntent.OTHER : intent;
        }
        if (p.section().equals(SectionChunker.OVERVIEW)) {
            String kind = titleKind(p.articleTitle());
            if (kind != null) {
                QuestionIntent titled = QuestionIntent.ofSection(kind);
                return titled == QuestionIntent.OTHER && OVERVIEW_KIND.matcher(kind).matches() ? QuestionIntent.OVERVIEW
                        : titled;
            }
        }
        return QuestionIntent.ofSection(p.section());
    }

    /** The kind part of a "topic - kind" or "topic: kind" title, lower case, or null. */
    static String titleKind(String title) {
        int dash = title.lastIndexOf(" - ");
        int colon = title.lastIndexOf(": ");
        int at = Math.max(dash, colon);
        return at < 0 ? null : title.substring(at + (at == dash ? 3 : 2)).strip().toLowerCase(Locale.ROOT);
    }
}
