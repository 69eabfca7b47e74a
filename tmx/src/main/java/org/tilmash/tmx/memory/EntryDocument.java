package org.tilmash.tmx.memory;

import java.nio.charset.StandardCharsets;
import net.sf.okapi.tm.pensieve.common.MetadataType;
import net.sf.okapi.tm.pensieve.common.TranslationUnitField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * One memory entry as a Lucene document, in the layout of Okapi's Pensieve TM (its field names, its 4-gram
 * {@code SOURCE} field): Pensieve's seeker finds our entries by exact search, and we read Pensieve's memories.
 *
 * <p>We build the document ourselves instead of going through {@code PensieveWriter}, for two reasons. Pensieve
 * indexes the whole source, the whole translation and the codes each as one term, and Lucene refuses a term over
 * {@value IndexWriter#MAX_TERM_LENGTH} UTF-8 bytes ("immense term"), so one long segment aborted an import. Here the
 * translation and the codes are only stored, never indexed (nothing searches them), and a source key too long for
 * a term is indexed by its SHA-256 ({@link #exactTerm}), so its exact lookup still works. And Pensieve's update is a
 * delete and an add, two index operations where Lucene's {@code updateDocument} is one.
 *
 * @param contextKey the digest of the preceding segment's key, or ""
 */
record EntryDocument(String id, String sourceLanguage, IndexedSource source, String language, String target,
        String contextKey, String origin) {

    static final String SOURCE_LANG = TranslationUnitField.SOURCE_LANG.name();
    static final String SOURCE_EXACT = TranslationUnitField.SOURCE_EXACT.name();
    static final String SOURCE = TranslationUnitField.SOURCE.name();
    static final String SOURCE_CODES = TranslationUnitField.SOURCE_CODES.name();
    static final String TARGET_LANG = TranslationUnitField.TARGET_LANG.name();
    static final String TARGET = TranslationUnitField.TARGET.name();
    static final String TARGET_CODES = TranslationUnitField.TARGET_CODES.name();
    static final String ID = MetadataType.ID.fieldName();
    static final String CONTEXT = MetadataType.GROUP_NAME.fieldName();
    static final String ORIGIN = MetadataType.FILE_NAME.fieldName();
    /**
     * The number of distinct n-grams of the source (a doc value, ours): with the n-grams a candidate shares with the
     * query, all the fuzzy score needs, so a lookup does not read the candidate's text. Pensieve kept term vectors
     * for this; entries without it (Pensieve's, older ones) are scored from their text.
     */
    static final String SOURCE_GRAMS = "SOURCE_NGRAM_COUNT";

    /**
     * Pensieve's {@code SOURCE}, the source's distinct 4-grams, not stored: which n-grams an entry has is all a
     * lookup asks, so neither their positions, nor their frequencies, nor norms, nor Pensieve's term vectors
     * (only its own fuzzy scorer read them) are written: they were an eighth of an import's work.
     */
    static final FieldType NGRAMS = new FieldType();

    static {
        NGRAMS.setTokenized(true);
        NGRAMS.setIndexOptions(IndexOptions.DOCS);
        NGRAMS.setOmitNorms(true);
        NGRAMS.freeze();
    }

    /** The term an exact lookup of {@code key} searches: the key itself, or {@code sha256:HEX} for a long one. */
    static Term exactTerm(String key) {
        return new Term(SOURCE_EXACT, exactText(key));
    }

    private static String exactText(String key) {
        return fitsInATerm(key) ? key : "sha256:" + Digests.sha256(key);
    }

    private static boolean fitsInATerm(String key) {
        // At most 3 UTF-8 bytes per UTF-16 char: encode only when the key might be too long.
        return key.length() * 3 <= IndexWriter.MAX_TERM_LENGTH
                || key.getBytes(StandardCharsets.UTF_8).length <= IndexWriter.MAX_TERM_LENGTH;
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /**
     * The type of {@code SOURCE} in an index whose entries have it as {@code existing} (null when none has it):
     * {@link #NGRAMS}, or for a memory written by Pensieve or by an older tilmash (with positions, norms, term
     * vectors) the type it has there, since Lucene refuses to index one field two ways.
     */
    static FieldType ngramsLike(FieldInfo existing) {
        if (existing == null || existing.getIndexOptions() == IndexOptions.NONE
                || existing.getIndexOptions() == NGRAMS.indexOptions() && existing.omitsNorms()
                        && !existing.hasVectors()) {
            return NGRAMS;
        }
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(existing.getIndexOptions());
        type.setOmitNorms(existing.omitsNorms());
        type.setStoreTermVectors(existing.hasVectors());
        type.freeze();
        return type;
    }

    /**
     * The Lucene document, with {@code SOURCE} of the type {@code ngrams} ({@link #ngramsLike}) taking its n-grams
     * from {@code tokens} (reset to this entry's: the writer's one stream, used by one document at a time).
     */
    Document document(FieldType ngrams, IndexedSource.Tokens tokens) {
        Document doc = new Document();
        doc.add(new StringField(SOURCE_LANG, sourceLanguage, Field.Store.YES));
        doc.add(new StringField(SOURCE_EXACT, exactText(source.key()), Field.Store.NO));
        doc.add(new StoredField(SOURCE_EXACT, source.key()));
        doc.add(ngrams == NGRAMS ? new Field(SOURCE, tokens.of(source), NGRAMS)
                : new Field(SOURCE, source.key(), ngrams)); // analyzed again, by the index's analyzer, as they were
        doc.add(new NumericDocValuesField(SOURCE_GRAMS, source.grams().size()));
        doc.add(new StoredField(SOURCE_CODES, ""));
        doc.add(new StringField(TARGET_LANG, language, Field.Store.YES));
        doc.add(new StoredField(TARGET, target));
        doc.add(new StoredField(TARGET_CODES, ""));
        // Searched, never read: neither is stored.
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new StringField(CONTEXT, contextKey, Field.Store.NO));
        doc.add(new StringField(ORIGIN, origin, Field.Store.YES));
        return doc;
    }

    /** The match a stored entry makes. */
    static MemoryMatch match(Document doc, double score, boolean exact, boolean inContext) {
        return new MemoryMatch(doc.get(SOURCE_EXACT), doc.get(TARGET), doc.get(TARGET_LANG), score, exact, inContext,
                doc.get(ORIGIN));
    }
}
