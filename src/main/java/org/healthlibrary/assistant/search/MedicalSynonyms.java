package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.healthlibrary.assistant.knowledge.AnalyteVocabulary;

/**
 * Loads the lay/clinical synonym map: {@code search/synonyms.txt} (Solr format: a line of
 * equivalent terms separated by commas) plus one group per blood count line of the shared
 * {@code knowledge/analytes.txt} ({@link AnalyteVocabulary}), the list the lab classifier reads. Entries are analyzed like query text up to the
 * synonym step (tokenize, possessives, lower case), so "Low Platelets" in the file matches
 * "low platelets" in a question.
 */
public final class MedicalSynonyms {

    /** Classpath location of the synonym file. */
    public static final String RESOURCE = "/search/synonyms.txt";

    private MedicalSynonyms() {
    }

    /** Parses the shipped synonym file. Fails fast on a malformed line (a packaging error). */
    public static SynonymMap load() {
        try (InputStream in = MedicalSynonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, entryAnalyzer());
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            parser.parse(new StringReader(analyteGroups()));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Bad synonym file " + RESOURCE + " at line " + e.getErrorOffset(), e);
        }
    }

    /** One synonym line per blood count line of the shared list ({@link AnalyteVocabulary}). */
    static String analyteGroups() {
        StringBuilder out = new StringBuilder();
        AnalyteVocabulary.searchTerms().values().forEach(aliases -> out.append(String.join(", ", aliases)).append('\n'));
        return out.toString();
    }

    private static Analyzer entryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(new EnglishPossessiveFilter(source));
                return new TokenStreamComponents(source, ts);
            }
        };
    }
}
