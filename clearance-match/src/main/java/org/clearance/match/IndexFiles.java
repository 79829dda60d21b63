package org.clearance.match;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.clearance.model.EntityJson;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.Name;

/**
 * The screening index on disk: a Lucene index of each entry's {@link IndexTerms} beside the entries themselves
 * as gzipped JSON lines, in one folder (and the links file {@link org.clearance.match.links.PartyGroups} adds).
 * A change here changes {@link MatchIndex#FORMAT_VERSION}.
 */
final class IndexFiles {
    private static final String ENTITIES = "entities.jsonl.gz";
    private static final String LUCENE = "lucene";

    /** An index folder as read: the Lucene reader, the entries, and the position of each document's entry. */
    record Opened(Directory directory, DirectoryReader reader, List<Entity> entities, int[] ordByDoc,
            Map<String, Integer> tokenFrequencies) {}

    private IndexFiles() {}

    static void build(Iterable<Entity> entities, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Directory d = FSDirectory.open(dir.resolve(LUCENE));
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(dir.resolve(ENTITIES))), StandardCharsets.UTF_8))) {
            int ord = 0;
            NamePreparer plain = new NamePreparer(new TokenWeights(Map.of()), Preparation.MAX_LIST_PARTS);
            for (Entity e : entities) {
                w.addDocument(document(e, ord++, plain));
                out.write(EntityJson.write(e));
                out.write('\n');
            }
            w.forceMerge(1);
        }
    }

    private static Document document(Entity e, int ord, NamePreparer plain) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(IndexTerms.F_ORD, ord));
        doc.add(new StringField(IndexTerms.F_DATASET, e.dataset(), Field.Store.NO));
        doc.add(new StringField(IndexTerms.F_SCHEMA, e.schema().name(), Field.Store.NO));
        IndexTerms terms = new IndexTerms();
        for (Name n : e.names()) {
            terms.addListName(plain.prepare(n.full(), n.kind(), e.schema()));
        }
        terms.tokens.forEach(t -> doc.add(new StringField(IndexTerms.F_TOKEN, t, Field.Store.NO)));
        terms.phonetics.forEach(t -> doc.add(new StringField(IndexTerms.F_PHONETIC, t, Field.Store.NO)));
        terms.grams.forEach(t -> doc.add(new StringField(IndexTerms.F_GRAM, t, Field.Store.NO)));
        for (String v : Identifiers.comparable(e.identifiers().stream().map(Identifier::value).toList())) {
            doc.add(new StringField(IndexTerms.F_IDENTIFIER, v, Field.Store.NO));
        }
        return doc;
    }

    static Opened open(Path dir) throws IOException {
        if (!Files.isDirectory(dir.resolve(LUCENE)) || !Files.isRegularFile(dir.resolve(ENTITIES))) {
            throw new IOException("no screening index in " + dir);
        }
        Directory d = FSDirectory.open(dir.resolve(LUCENE));
        DirectoryReader reader = DirectoryReader.open(d);
        List<Entity> entities = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve(ENTITIES))), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                entities.add(EntityJson.read(line));
            }
        }
        int[] ordByDoc = new int[reader.maxDoc()];
        for (var leaf : reader.leaves()) {
            LeafReader lr = leaf.reader();
            NumericDocValues ords = lr.getNumericDocValues(IndexTerms.F_ORD);
            for (int doc = ords.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ords.nextDoc()) {
                ordByDoc[leaf.docBase + doc] = (int) ords.longValue();
            }
        }
        return new Opened(d, reader, List.copyOf(entities), ordByDoc, frequencies(reader));
    }

    /** How many entries carry each name part: what {@link TokenWeights} weighs parts by. */
    private static Map<String, Integer> frequencies(DirectoryReader reader) throws IOException {
        Map<String, Integer> f = new HashMap<>();
        for (var leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexTerms.F_TOKEN);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                f.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
            }
        }
        return f;
    }
}
