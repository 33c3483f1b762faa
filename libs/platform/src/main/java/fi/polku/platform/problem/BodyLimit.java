package fi.polku.platform.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Holds a body sent without a length (chunked) to {@code polku.http.max-body-size} while it is read, so that it is
 * refused with a 413 problem+json ({@link ProblemMappers}); the HTTP layer's own limit for such bodies, set above this
 * one, would end the response with an empty body. A body with a declared length is refused before it is read
 * ({@link BodyTooLarge}).
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    private final long limit;

    public BodyLimit(@ConfigProperty(name = "polku.http.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), limit));
        return context.proceed();
    }

    /** The body went past the limit while it was read. */
    public static final class TooLarge extends IOException {

        private final long limit;

        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws TooLarge {
            read += bytes;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
