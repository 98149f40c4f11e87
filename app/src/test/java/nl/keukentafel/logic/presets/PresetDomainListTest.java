package nl.keukentafel.logic.presets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The municipality's list that IT preset goes into a real vault once, through the same check as an import. */
class PresetDomainListTest {
    @TempDir
    Path directory;
    private IntakeFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new IntakeFixture(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void thePresetListIsPutInOnceAndABrokenOneChangesNothing() throws Exception {
        DomainLists lists = fixture.session().domainLists();
        Path broken = directory.resolve("kapot.json");
        Files.writeString(broken, "{\"id\": \"voorbeeldgemeente\"", StandardCharsets.UTF_8);
        assertThat(PresetDomainList.apply(broken, lists)).isEqualTo(PresetDomainList.Outcome.REFUSED);
        assertThat(lists.active().id()).isEqualTo("zrm-2017");

        Path preset = Path.of("../docs/examples/leefgebieden-voorbeeldgemeente.json");
        assertThat(PresetDomainList.apply(preset, lists)).isEqualTo(PresetDomainList.Outcome.APPLIED);
        String applied = lists.active().id();
        assertThat(applied).isNotEqualTo("zrm-2017");
        assertThat(PresetDomainList.apply(preset, lists)).isEqualTo(PresetDomainList.Outcome.ALREADY_ACTIVE);
    }
}
