package nl.keukentafel.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/** Looks a key up in a feature's bundle first, then in the CLI's own (for the shared options). Immutable. */
final class ChainedBundle extends ResourceBundle {
    private final ResourceBundle first;
    private final ResourceBundle second;

    ChainedBundle(ResourceBundle first, ResourceBundle second) {
        this.first = first;
        this.second = second;
    }

    /** The feature bundle {@code baseName} (e.g. "i18n/plan") in the CLI's language, before {@code cliBundle}. */
    static ChainedBundle of(String baseName, CliContext context, ResourceBundle cliBundle) {
        ResourceBundle own = ResourceBundle.getBundle(baseName, context.text().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ChainedBundle(own, cliBundle);
    }

    @Override
    protected Object handleGetObject(String key) {
        return first.containsKey(key) ? first.getObject(key) : second.containsKey(key) ? second.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new TreeSet<>(first.keySet());
        keys.addAll(second.keySet());
        return Collections.enumeration(keys);
    }
}
