package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.keukentafel.gui.common.DossierChanges;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.sync.VaultReplica;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.Test;

/**
 * A sync round brings a colleague's change to the person shown in the side panel while the consultant types in it:
 * every field she is not at shows the colleague's values at once, the field she types in keeps what she typed. The
 * change arrives as a pulled page through the vault's own sync applier, as it does from the server.
 */
class GenogramPanelAfterSyncTest extends GenogramScreenTestBase {
    private Runnable afterRound;

    @Override
    DossierChanges changes() {
        return changed -> {
            afterRound = changed;
            return () -> afterRound = null;
        };
    }

    @Test
    void theFieldsNotBeingEditedShowWhatTheRoundBroughtAndTheFieldTypedInKeepsTheTyping() throws Exception {
        RecordRef riet = session.genogram().addPerson(dossier, Map.of(GenoPerson.Field.GIVEN_NAME, "Riet",
                GenoPerson.Field.FAMILY_NAME, "Wulfsberg", GenoPerson.Field.NOTE, "Oma")).join();
        session.genogram().linkParent(dossier, mother, riet.id(), Map.of()).join();
        VaultReplica replica = session.sync().replica();
        List<Wire.PushEntry> sent = replica.pendingEntries(100);
        replica.acceptPushResults(sent, sent.stream().map(entry -> new Wire.PushResult(entry.clientId(), entry.clientSeq(),
                entry.recordId(), "applied", 1L, List.of(), null)).toList());
        openScreen();
        interact(() -> model.selectedProperty().set(riet.id()));
        waitUntil("the panel shows Riet", () -> "Riet".equals(field("personGivenName").getText()));

        focusOn("personNote");
        type(KeyCode.END).write(" van moederskant");

        StoredRecord stored = session.vault().records().find(riet.id()).orElseThrow();
        ObjectNode colleagues = stored.body().deepCopy();
        colleagues.put(GenoPerson.Field.GIVEN_NAME, "Henriëtte");
        colleagues.put(GenoPerson.Field.FAMILY_NAME, "de Vries");
        colleagues.put(GenoPerson.Field.NOTE, "Oma, woont in Gent");
        colleagues.put(GenoPerson.Field.DECEASED, true);
        replica.applyPullPage(new Wire.PullPage(Wire.SCHEMA, "cursor-1", false, List.of(new Wire.RemoteRecord(riet.id(),
                riet.kind().code(), dossier, stored.version() + 1, false, colleagues, "2026-12-05T09:00:00Z")), List.of(), List.of()),
                Set.of(dossier));
        interact(afterRound);

        waitUntil("the given name the colleague wrote", () -> "Henriëtte".equals(field("personGivenName").getText()));
        assertThat(field("personFamilyName").getText()).isEqualTo("de Vries");
        assertThat(lookup("#personDeceased").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(field("personNote").getText()).as("the field being typed in keeps the typing").isEqualTo("Oma van moederskant");
        assertFocus("personNote");

        interact(() -> canvas().requestFocus());
        assertThat(stored(riet).body().get(GenoPerson.Field.GIVEN_NAME).asText()).as("showing the new value wrote nothing back")
                .isEqualTo("Henriëtte");
        assertThat(stored(riet).body().get(GenoPerson.Field.NOTE).asText()).isEqualTo("Oma van moederskant");
        assertThat(replica.pendingEntries(100)).filteredOn(entry -> entry.recordId().equals(riet.id()))
                .as("only the consultant's own typing waits to be sent").isNotEmpty()
                .allSatisfy(entry -> assertThat(List.of(GenoPerson.Field.GIVEN_NAME, GenoPerson.Field.FAMILY_NAME,
                        GenoPerson.Field.DECEASED)).noneMatch(name -> entry.fields().has(name)));
    }

    private TextField field(String id) {
        return lookup("#" + id).queryAs(TextField.class);
    }

    private StoredRecord stored(RecordRef ref) {
        session.genogram().read(dossier);
        return session.vault().records().find(ref.id()).orElseThrow();
    }
}
