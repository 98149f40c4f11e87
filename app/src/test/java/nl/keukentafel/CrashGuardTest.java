package nl.keukentafel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.keukentafel.store.StoreException;
import org.junit.jupiter.api.Test;

class CrashGuardTest {
    @Test
    void libraryMessagesThatMayQuoteDataAreLeftOutButOurIdsStay() {
        IllegalArgumentException library = new IllegalArgumentException("Unexpected character near 'Familie Zonnebloem, BSN 123456782'");
        StoreException ours = new StoreException("could not read member:0190c0de-0000-7000-8000-000000000001", library);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CrashGuard.print("main", new RuntimeException(ours), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("java.lang.IllegalArgumentException", "0190c0de-0000-7000-8000-000000000001", "\tat ")
                .doesNotContain("Zonnebloem").doesNotContain("123456782");
    }
}
