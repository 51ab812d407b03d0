package dev.lsorg.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An answer whose JSON text is already made (from {@link ViewJson}'s pieces): {@link Responses} sends the bytes as
 * they are instead of serialising objects again.
 */
record RawJson(byte[] bytes) {
    /** A JSON array of items that are each JSON text. */
    static RawJson array(List<byte[]> items) {
        return new RawJson(arrayBytes(items));
    }

    /** A JSON object of the given fields in this order; each value is JSON text, each name a plain ASCII name. */
    static RawJson object(Map<String, byte[]> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(fields.values().stream().mapToInt(v -> v.length + 16)
                .sum() + 2);
        out.write('{');
        boolean first = true;
        for (Map.Entry<String, byte[]> f : fields.entrySet()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.writeBytes(("\"" + f.getKey() + "\":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(f.getValue());
        }
        out.write('}');
        return new RawJson(out.toByteArray());
    }

    /** The text of a JSON array of items that are each JSON text. */
    static byte[] arrayBytes(List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(items.stream().mapToInt(i -> i.length + 1).sum() + 2);
        out.write('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i));
        }
        out.write(']');
        return out.toByteArray();
    }
}
