package nl.keukentafel.logic.about;

import java.util.Properties;

/**
 * The Java runtime the app runs on — in the installed package a runtime bundled with it (jlink), so About must name it
 * and its licence like any other bundled part. OpenJDK builds (Temurin, Debian's, Red Hat's) are licensed under the GNU
 * GPL version 2 with the Classpath Exception; for any other runtime About says only that its own licence applies,
 * rather than guess. Immutable.
 *
 * @param name e.g. "OpenJDK Runtime Environment"
 * @param version e.g. "21.0.5+11"
 * @param vendor e.g. "Eclipse Adoptium"
 */
public record JavaRuntime(String name, String version, String vendor) {
    /** The runtime this JVM is. */
    public static JavaRuntime current() {
        return of(System.getProperties());
    }

    static JavaRuntime of(Properties system) {
        return new JavaRuntime(system.getProperty("java.runtime.name", "Java"),
                system.getProperty("java.runtime.version", system.getProperty("java.version", "")),
                system.getProperty("java.vendor", ""));
    }

    /** Whether this is an OpenJDK build, whose licence is known to be GPLv2 with the Classpath Exception. */
    public boolean openJdk() {
        return name.contains("OpenJDK");
    }
}
