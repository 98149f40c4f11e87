package nl.keukentafel.logic.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class JavaRuntimeTest {
    @Test
    void anOpenJdkBuildIsKnownAndAnyOtherRuntimeIsNotGuessed() {
        Properties temurin = new Properties();
        temurin.setProperty("java.runtime.name", "OpenJDK Runtime Environment");
        temurin.setProperty("java.runtime.version", "21.0.5+11-LTS");
        temurin.setProperty("java.vendor", "Eclipse Adoptium");
        Properties other = new Properties();
        other.setProperty("java.runtime.name", "Java(TM) SE Runtime Environment");
        other.setProperty("java.version", "21.0.5");

        assertThat(JavaRuntime.of(temurin)).isEqualTo(new JavaRuntime("OpenJDK Runtime Environment", "21.0.5+11-LTS", "Eclipse Adoptium"));
        assertThat(JavaRuntime.of(temurin).openJdk()).isTrue();
        assertThat(JavaRuntime.of(other).openJdk()).isFalse();
        assertThat(JavaRuntime.of(other).version()).isEqualTo("21.0.5");
    }

    @Test
    void theRunningJvmIsNamed() {
        JavaRuntime running = JavaRuntime.current();
        assertThat(running.name()).isNotBlank();
        assertThat(running.version()).startsWith(String.valueOf(Runtime.version().feature()));
    }
}
