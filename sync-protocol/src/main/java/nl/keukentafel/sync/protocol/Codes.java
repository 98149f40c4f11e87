package nl.keukentafel.sync.protocol;

import java.util.Optional;
import java.util.function.Function;

/** Looking a wire code up among an enum's constants. Stateless. */
final class Codes {
    private Codes() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> codeOf, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E value : values) {
            if (codeOf.apply(value).equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
