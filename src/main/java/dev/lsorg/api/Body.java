package dev.lsorg.api;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A response body kept as the chunks it arrived in, and read by the JSON decoder straight from them: gathering a
 * 600 KB page into one growing buffer and then copying it into an array doubled the bytes a whole-org load allocates
 * (183 MB of JSON for a 50,000-member org). The chunks are Vert.x's own copies, safe to keep.
 */
final class Body {
    /** The codec that collects a body this way. */
    static final BodyCodec<Body> CODEC = Collector::new;

    private final List<Buffer> chunks;
    private final int length;

    private Body(List<Buffer> chunks, int length) {
        this.chunks = chunks;
        this.length = length;
    }

    /** The body's size in bytes. */
    int length() {
        return length;
    }

    /** The bytes in order, without copying them into one array first. */
    InputStream stream() {
        return new ChunkStream();
    }

    /** The whole body as UTF-8 text (for error answers, which are small). */
    String text() {
        Buffer all = Buffer.buffer(length);
        chunks.forEach(all::appendBuffer);
        return all.toString(StandardCharsets.UTF_8);
    }

    private final class ChunkStream extends InputStream {
        private int chunk;
        private int pos;

        @Override
        public int read(byte[] into, int off, int len) {
            while (chunk < chunks.size() && pos == chunks.get(chunk).length()) {
                chunk++;
                pos = 0;
            }
            if (chunk == chunks.size()) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            Buffer c = chunks.get(chunk);
            int n = Math.min(len, c.length() - pos);
            c.getBytes(pos, pos + n, into, off);
            pos += n;
            return n;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }

    /** Receives the chunks as Vert.x writes them and completes with the body at the end. */
    private static final class Collector implements BodyStream<Body> {
        private final List<Buffer> chunks = new ArrayList<>();
        private final Promise<Body> result = Promise.promise();
        private int length;

        @Override
        public Future<Body> result() {
            return result.future();
        }

        @Override
        public void handle(Throwable failure) {
            result.tryFail(failure);
        }

        @Override
        public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public Future<Void> write(Buffer chunk) {
            chunks.add(chunk);
            length += chunk.length();
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> end() {
            result.tryComplete(new Body(List.copyOf(chunks), length));
            return Future.succeededFuture();
        }

        @Override
        public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
            return this;
        }

        @Override
        public boolean writeQueueFull() {
            return false;
        }

        @Override
        public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
            return this;
        }
    }
}
