package org.healthlibrary.assistant.safety;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The exemplars' vectors, computed once by the program {@code bench.SafetyExemplarVectors} and
 * shipped as {@code safety/exemplar-vectors-<embedder id>.bin}, so that the service does not
 * embed about 2,000 messages at every start (about 10-20 s of CPU on two cores) and every start
 * and every test sees the same vectors.
 *
 * <p>Format: magic {@code HLASAFE1}, the embedder id and the exemplars'
 * {@link SafetyExemplars#fingerprint} (modified UTF-8), the count and the dimension (ints),
 * then each vector as half-precision floats (ample for cosine similarities; half the size).
 * Vectors are unit length when read.
 *
 * @param embedderId  which model and tokenisation made the vectors (the search embedder's id)
 * @param fingerprint the fingerprint of the exemplars they were made from
 * @param vectors     one unit-length vector per exemplar, in the exemplars' order
 */
public record ExemplarVectors(String embedderId, String fingerprint, float[][] vectors) {

    private static final String MAGIC = "HLASAFE1";

    /** The resource name of the vectors made with {@code embedderId}. */
    public static String resource(String embedderId) {
        return "/safety/exemplar-vectors-" + embedderId.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin";
    }

    /**
     * The shipped vectors for {@code embedderId} that match {@code exemplars}; empty when none
     * are shipped for that embedder. A file made from other exemplars fails with a message
     * saying how to regenerate it.
     */
    public static Optional<ExemplarVectors> shipped(String embedderId, List<SafetyExemplar> exemplars) {
        String name = resource(embedderId);
        try (InputStream in = ExemplarVectors.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            ExemplarVectors v = read(in);
            if (!v.embedderId().equals(embedderId) || !v.fingerprint().equals(SafetyExemplars.fingerprint(exemplars))
                    || v.vectors().length != exemplars.size()) {
                throw new IllegalStateException(name + " was made from other exemplars or another model: regenerate it"
                        + " with the program SafetyExemplarVectors of the test sources (docs/safety-evaluation.md)");
            }
            return Optional.of(v);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads vectors in the format above. */
    public static ExemplarVectors read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        byte[] magic = in.readNBytes(MAGIC.length());
        if (!MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not an exemplar vector file");
        }
        String id = in.readUTF();
        String fingerprint = in.readUTF();
        int count = in.readInt();
        int dimension = in.readInt();
        if (count < 0 || dimension <= 0 || dimension > 4096) {
            throw new IOException("bad header: " + count + " vectors of " + dimension);
        }
        float[][] vectors = new float[count][dimension];
        for (float[] v : vectors) {
            for (int d = 0; d < dimension; d++) {
                v[d] = Float.float16ToFloat(in.readShort());
            }
            normalize(v);
        }
        return new ExemplarVectors(id, fingerprint, vectors);
    }

    /** Writes these vectors in the format above. */
    public void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
        out.write(MAGIC.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeUTF(embedderId);
        out.writeUTF(fingerprint);
        out.writeInt(vectors.length);
        int dimension = vectors.length == 0 ? 1 : vectors[0].length;
        out.writeInt(dimension);
        for (float[] v : vectors) {
            if (v.length != dimension) {
                throw new IllegalArgumentException("vectors of different lengths");
            }
            for (float f : v) {
                out.writeShort(Float.floatToFloat16(f));
            }
        }
        out.flush();
    }

    /** Scales {@code v} to unit length in place (a zero vector stays zero) and returns it. */
    static float[] normalize(float[] v) {
        double sum = 0;
        for (float f : v) {
            sum += f * f;
        }
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExemplarVectors other && embedderId.equals(other.embedderId)
                && fingerprint.equals(other.fingerprint) && Arrays.deepEquals(vectors, other.vectors);
    }

    @Override
    public int hashCode() {
        return embedderId.hashCode() * 31 + fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return "ExemplarVectors[" + embedderId + ", " + vectors.length + " vectors]";
    }
}
