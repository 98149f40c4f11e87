package nl.keukentafel.sync.client;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.keukentafel.sync.protocol.Wire;

/**
 * The pull pages after a given cursor, asked for one after the other on a thread of their own while the round stores
 * the pages before them (issue 16): each page's cursor names the next, so the server's pages form a chain, and the
 * chain no longer waits for the vault — it runs up to {@link #WAITING} pages ahead of the one being stored (plus the
 * one in hand), then waits for the round to take one. It is only a read: the vault's cursor moves only when a page is
 * applied, so a round that ends (a failed apply, a cut connection, an interrupt) drops what was read ahead and the next
 * round asks for those pages again. It never refreshes the access token (two refreshes at once would spend the
 * rotating refresh token twice): a page refused as unauthorized ends it, and the round asks again the ordinary way.
 * Any other failure is handed to the round in the page's place, as if the round had asked then.
 * For one round's thread; {@link #cancel} may be called from it at any time.
 */
final class ReadAhead {
    /** Decoded pages waiting for the round: two pages of 1,000 records, a few megabytes of memory. */
    static final int WAITING = 2;

    private final BlockingQueue<Object> pages = new ArrayBlockingQueue<>(WAITING);
    private final Thread worker;
    /** The cursor of the page the round takes next from here. */
    private String expected;
    private boolean ended;

    ReadAhead(SyncApi api, String cursor, String token, int limit) {
        this.expected = cursor;
        // A platform (daemon) thread: a virtual one waits for a free carrier, and in a JVM whose carriers were held by
        // virtual threads blocked in native reads (seen in the load test) it never ran and the round waited for ever.
        this.worker = Thread.ofPlatform().daemon().name("sync-read-ahead").start(() -> readFrom(api, cursor, token, limit));
    }

    private void readFrom(SyncApi api, String first, String token, int limit) {
        String cursor = first;
        try {
            // no count of its own: a server that never stops answering "more" fills the queue, and the round, which
            // bounds its pages, cancels this
            while (true) {
                Wire.PullPage page;
                try {
                    page = api.pull(token, cursor, limit);
                } catch (SyncException | RuntimeException failure) {
                    pages.put(failure);
                    return;
                }
                pages.put(page);
                // the last page, or one that does not move on (the round refuses it): nothing more to ask for
                if (!page.hasMore() || page.cursor().equals(cursor)) {
                    return;
                }
                cursor = page.cursor();
            }
        } catch (InterruptedException cancelled) {
            // the round ended: what was read ahead is dropped
        }
    }

    /** Whether the round's next page is the one this reads ahead of. */
    boolean isFor(String cursor) {
        return !ended && expected.equals(cursor);
    }

    /**
     * The page the round asked for, waiting for it if it is still on its way; null when the server refused it as
     * unauthorized (the round asks again the ordinary way, which refreshes the token). Ends this on any failure.
     */
    Wire.PullPage next() throws SyncException {
        Object taken;
        try {
            taken = pages.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            ended = true;
            throw new SyncException(SyncException.Kind.UNREACHABLE, 0, "interrupted", null, interrupted);
        }
        if (taken instanceof Wire.PullPage page) {
            expected = page.cursor();
            return page;
        }
        ended = true;
        if (taken instanceof SyncException refused && refused.kind() == SyncException.Kind.UNAUTHORIZED) {
            return null;
        }
        if (taken instanceof SyncException failure) {
            throw failure;
        }
        throw (RuntimeException) taken;
    }

    /** Stops asking; a request still in flight is interrupted and its answer dropped. */
    void cancel() {
        ended = true;
        worker.interrupt();
    }
}
