package nl.keukentafel.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One conflict in the merge dialog with plain JUnit: what can be typed, and what a failed resolve shows. */
class MergeViewModelTest {
    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private final AtomicInteger resolved = new AtomicInteger();

    @BeforeEach
    void vault() throws Exception {
        fixture = new IntakeFixture(directory);
    }

    @AfterEach
    void lock() {
        fixture.close();
    }

    @Test
    void aTextConflictStartsFromThisSidesValueToType() {
        MergeViewModel model = model(item("givenName", "Noor", "Nora", false));

        assertThat(model.canType()).isTrue();
        assertThat(model.typedProperty().get()).isEqualTo("Nora");
    }

    @Test
    void aChoiceOrADeletedRecordCannotBeTypedAndTypingDoesNothing() {
        MergeViewModel yesNo = model(item("professional", Boolean.TRUE, Boolean.FALSE, false));
        MergeViewModel deleted = model(item(null, null, null, true));

        assertThat(yesNo.canType()).isFalse();
        assertThat(yesNo.typedProperty().get()).isEmpty();
        assertThat(deleted.canType()).isFalse();
        yesNo.keepTyped();
        assertThat(yesNo.busyProperty().get()).isFalse();
        assertThat(yesNo.errorProperty().get()).isNull();
        assertThat(resolved).hasValue(0);
    }

    @Test
    void aConflictTheVaultNoLongerHasShowsAnErrorAndStaysOpen() {
        MergeViewModel model = model(item("givenName", "Noor", "Nora", false));

        model.keepRecord();

        assertThat(model.errorProperty().get()).isNotNull();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(resolved).as("the dialog is not closed").hasValue(0);
    }

    private MergeViewModel model(ConflictItem item) {
        return new MergeViewModel(fixture.session().sync(), new CurrentThreadTaskExecutor(), item, resolved::incrementAndGet);
    }

    private static ConflictItem item(String field, Object server, Object client, boolean serverDeleted) {
        UUID dossier = UUID.randomUUID();
        return new ConflictItem(UUID.randomUUID(), new RecordRef(RecordKind.MEMBER, UUID.randomUUID(), dossier), "Fam. Test", field,
                server, serverDeleted, "server", null, client, false, "client", null, true);
    }
}
