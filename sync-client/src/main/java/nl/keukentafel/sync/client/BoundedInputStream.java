package nl.keukentafel.sync.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lets at most {@code limit} bytes through and fails with {@link TooLarge} beyond that, so an answer's size is
 * bounded however the server frames or compresses it. Not thread-safe (a stream).
 */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            counted(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long bytes) throws TooLarge {
        count += bytes;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }

    /** The stream went past its limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("answer larger than " + limit + " bytes");
        }
    }
}
