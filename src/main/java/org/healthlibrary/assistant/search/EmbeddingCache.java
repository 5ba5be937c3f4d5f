package org.healthlibrary.assistant.search;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Embeddings already computed, on disk, so that each text is embedded once: across restarts,
 * reindexes and benchmark runs, for as long as the text is unchanged. One append-only file
 * per embedder ({@code <dir>/<embedder-id>.bin}): a header (magic, dimension), then records
 * of a 32-byte key, SHA-256 of (embedder id, text), and the vector as little-endian floats.
 *
 * <p>A record cut short by a crash is dropped when the file is next opened; a file with
 * another header is ignored and rewritten. {@link #compactIfMostlyStale()} rewrites the file with
 * only the vectors used since it was opened, when those are fewer than half: the owner of a
 * cache calls it after a complete build (texts edited many times leave stale vectors); a cache
 * shared by several indexes must not be compacted by any one of them.
 *
 * <p>Holds every vector in memory while open (about 1.6 kB each for 384 dimensions): open it
 * for a build and close it afterwards. Not thread-safe: builds are serialised.
 */
public final class EmbeddingCache implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddingCache.class);
    private static final byte[] MAGIC = "HLAEMB01".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;

    private final Path file;
    private final String embedderId;
    private final int dimension;
    private final Map<ByteBuffer, float[]> vectors = new HashMap<>();
    private final Set<ByteBuffer> used = new HashSet<>();
    private OutputStream out;
    private int appended;

    private EmbeddingCache(Path file, String embedderId, int dimension) {
        this.file = file;
        this.embedderId = embedderId;
        this.dimension = dimension;
    }

    /** Opens (or starts) the cache of {@code embedderId} in {@code dir}. */
    public static EmbeddingCache open(Path dir, String embedderId, int dimension) throws IOException {
        Files.createDirectories(dir);
        EmbeddingCache cache = new EmbeddingCache(dir.resolve(embedderId.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin"),
                embedderId, dimension);
        cache.load();
        return cache;
    }

    /** The cached vector of {@code text}, or null. Marks it as used. */
    public float[] get(String text) {
        ByteBuffer key = key(text);
        float[] v = vectors.get(key);
        if (v != null) {
            used.add(key);
        }
        return v;
    }

    /** Stores the vector of {@code text} (appended to the file at once, flushed by {@link #flush()}). */
    public void put(String text, float[] vector) throws IOException {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("Vector has " + vector.length + " dimensions, the cache " + dimension);
        }
        ByteBuffer key = key(text);
        used.add(key);
        if (vectors.put(key, vector) == null) {
            ByteBuffer record = ByteBuffer.allocate(KEY_BYTES + 4 * dimension).order(ByteOrder.LITTLE_ENDIAN);
            record.put(key.duplicate());
            for (float f : vector) {
                record.putFloat(f);
            }
            writer().write(record.array());
            appended++;
        }
    }

    /** Number of vectors held. */
    public int size() {
        return vectors.size();
    }

    /** Vectors added since the cache was opened. */
    public int appended() {
        return appended;
    }

    /** Writes buffered records to disk. */
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    /**
     * Rewrites the file with only the vectors used since it was opened when they are fewer than
     * half of those stored. Returns true when it did.
     */
    public boolean compactIfMostlyStale() throws IOException {
        if (used.isEmpty() || used.size() * 2 >= vectors.size()) {
            return false;
        }
        if (out != null) {
            out.close();
            out = null;
        }
        compact();
        return true;
    }

    /** Writes what is buffered and releases the vectors. */
    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        vectors.clear();
        used.clear();
    }

    private void compact() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            o.write(header());
            for (ByteBuffer key : used) {
                ByteBuffer record = ByteBuffer.allocate(KEY_BYTES + 4 * dimension).order(ByteOrder.LITTLE_ENDIAN);
                record.put(key.duplicate());
                for (float f : vectors.get(key)) {
                    record.putFloat(f);
                }
                o.write(record.array());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Compacted embedding cache %s: kept %d of %d vectors", file.getFileName(), used.size(), vectors.size());
        vectors.keySet().retainAll(used);
    }

    private void load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        int recordBytes = KEY_BYTES + 4 * dimension;
        long valid = 0;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            byte[] header = new byte[header().length];
            if (in.readNBytes(header, 0, header.length) != header.length || !java.util.Arrays.equals(header, header())) {
                LOG.warnf("Embedding cache %s has another format; starting it afresh", file.getFileName());
                Files.delete(file);
                return;
            }
            valid = header.length;
            byte[] record = new byte[recordBytes];
            while (in.readNBytes(record, 0, recordBytes) == recordBytes) {
                ByteBuffer b = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
                byte[] key = new byte[KEY_BYTES];
                b.get(key);
                float[] v = new float[dimension];
                b.asFloatBuffer().get(v);
                vectors.put(ByteBuffer.wrap(key), v);
                valid += recordBytes;
            }
        }
        if (Files.size(file) != valid) {
            LOG.warnf("Embedding cache %s ends in a partial record (interrupted write); dropping it", file.getFileName());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(valid);
            }
        }
    }

    private OutputStream writer() throws IOException {
        if (out == null) {
            boolean fresh = !Files.isRegularFile(file);
            out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                    1 << 16);
            if (fresh) {
                out.write(header());
            }
        }
        return out;
    }

    private byte[] header() {
        return ByteBuffer.allocate(MAGIC.length + 4).put(MAGIC).putInt(dimension).array();
    }

    private ByteBuffer key(String text) {
        MessageDigest sha = sha256();
        sha.update(embedderId.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
