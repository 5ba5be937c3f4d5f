package org.healthlibrary.assistant.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Passage;

/** Converts passages to Lucene documents and back. Stateless. */
final class PassageDocuments {

    private PassageDocuments() {
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
        doc.add(new TextField(SearchFields.BODY, p.text(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.URL, p.url()));
        return doc;
    }

    static Passage toPassage(Document doc) {
        return new Passage(doc.get(SearchFields.ID), doc.get(SearchFields.ARTICLE_ID), doc.get(SearchFields.TITLE),
                doc.get(SearchFields.URL), doc.get(SearchFields.SECTION), doc.get(SearchFields.QUESTION),
                doc.get(SearchFields.BODY));
    }

    /**
     * A question passage is labelled by what the question asks; a section by its heading. A
     * "What is ...?" question defines a side topic, so it does not count as the article's overview.
     */
    static QuestionIntent intentOf(Passage p) {
        if (p.question() == null) {
            return QuestionIntent.ofSection(p.section());
        }
        QuestionIntent intent = QuestionIntent.of(p.question());
        return intent == QuestionIntent.OVERVIEW ? QuestionIntent.OTHER : intent;
    }
}
