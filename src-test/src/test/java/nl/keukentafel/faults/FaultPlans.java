package nl.keukentafel.faults;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/** Ready-made plans for a {@link FaultProxy}. Each returned plan is thread-safe. */
public final class FaultPlans {
    private FaultPlans() {
    }

    /**
     * The given faults, in order, for the next requests that match; then faithful forwarding. {@code injected}
     * counts the faults actually used, so a test can show its trouble really happened.
     */
    public static Function<FaultProxy.Request, Fault> next(Predicate<FaultProxy.Request> matching, AtomicInteger injected,
                                                           Fault... faults) {
        Deque<Fault> queue = new ArrayDeque<>(List.of(faults));
        return request -> {
            if (!matching.test(request)) {
                return Fault.NONE;
            }
            synchronized (queue) {
                Fault fault = queue.poll();
                if (fault == null) {
                    return Fault.NONE;
                }
                injected.incrementAndGet();
                return fault;
            }
        };
    }
}
