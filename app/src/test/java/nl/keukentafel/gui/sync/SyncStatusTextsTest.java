package nl.keukentafel.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncStatus;
import org.junit.jupiter.api.Test;

class SyncStatusTextsTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final Localization dutch = new Localization(Localization.DUTCH);

    private String say(SyncStatus.State state, int done, int total, Instant last) {
        return SyncStatusTexts.describe(new SyncStatus(state, done, total, last, 0, 0, ""), TODAY, AMSTERDAM).in(dutch);
    }

    @Test
    void everyStateHasItsDutchWords() {
        assertThat(say(SyncStatus.State.NOT_CONFIGURED, 0, 0, null)).isEqualTo("Synchronisatie niet ingesteld");
        assertThat(say(SyncStatus.State.OFFLINE, 0, 0, null)).isEqualTo("Offline");
        assertThat(say(SyncStatus.State.SYNCING, 0, 0, null)).isEqualTo("Synchroniseren…");
        assertThat(say(SyncStatus.State.SYNCING, 40, 120, null)).isEqualTo("Synchroniseren… 40 van 120");
        assertThat(say(SyncStatus.State.SYNCED, 0, 0, Instant.parse("2026-03-02T13:32:05Z"))).isEqualTo("Gesynchroniseerd om 14:32");
        assertThat(say(SyncStatus.State.SYNCED, 0, 0, Instant.parse("2026-02-27T08:05:00Z"))).isEqualTo("Gesynchroniseerd op 27-2 09:05");
        assertThat(say(SyncStatus.State.NEEDS_LOGIN, 0, 0, null)).isEqualTo("Opnieuw aanmelden");
        assertThat(say(SyncStatus.State.UPDATE_APP, 0, 0, null)).isEqualTo("Werk de app bij");
        assertThat(say(SyncStatus.State.SERVER_TROUBLE, 0, 0, null)).isEqualTo("Serverprobleem");
        for (SyncStatus.State state : SyncStatus.State.values()) {
            assertThat(SyncStatusTexts.explain(state).in(dutch)).as(state.name()).doesNotStartWith("!");
        }
        assertThat(SyncStatusTexts.explain(SyncStatus.State.OFFLINE).in(dutch)).contains("probeert het zelf opnieuw");
    }

    @Test
    void anUntrustedCertificateIsNotCalledOffline() {
        SyncStatus status = new SyncStatus(SyncStatus.State.OFFLINE, 0, 0, null, 0, 0, SyncApi.CERTIFICATE_REFUSED);
        assertThat(SyncStatusTexts.describe(status, TODAY, AMSTERDAM).in(dutch)).isEqualTo("Certificaat niet vertrouwd");
        SyncException failure = new SyncException(SyncException.Kind.UNREACHABLE, 0, SyncApi.CERTIFICATE_REFUSED, null, null);
        assertThat(SyncStatusTexts.failure(failure).in(dutch)).startsWith("Het certificaat van de server wordt niet vertrouwd");
    }

    @Test
    void offlineSaysHowManyChangesWait() {
        SyncStatus offline = new SyncStatus(SyncStatus.State.OFFLINE, 0, 0, null, 0, 0, "");
        assertThat(SyncStatusTexts.describe(offline, 3, TODAY, AMSTERDAM, dutch)).isEqualTo("Offline · 3 wijzigingen wachten");
        assertThat(SyncStatusTexts.describe(offline, 1, TODAY, AMSTERDAM, dutch)).isEqualTo("Offline · 1 wijziging wacht");
        assertThat(SyncStatusTexts.describe(offline, 0, TODAY, AMSTERDAM, dutch)).isEqualTo("Offline");
        SyncStatus synced = new SyncStatus(SyncStatus.State.SYNCED, 0, 0, null, 0, 0, "");
        assertThat(SyncStatusTexts.describe(synced, 2, TODAY, AMSTERDAM, dutch)).isEqualTo("Gesynchroniseerd");
        assertThat(SyncStatusTexts.describe(SyncStatus.notConfigured(), 2, TODAY, AMSTERDAM, dutch))
                .as("not set up: nothing is on its way").isEqualTo("Synchronisatie niet ingesteld");
    }

    @Test
    void countsAreSingularOrPlural() {
        assertThat(SyncStatusTexts.conflicts(1).in(dutch)).isEqualTo("1 conflict");
        assertThat(SyncStatusTexts.conflicts(3).in(dutch)).isEqualTo("3 conflicten");
        assertThat(SyncStatusTexts.rejected(2).in(dutch)).isEqualTo("2 geweigerd");
        assertThat(SyncStatusTexts.conflicts(3).in(new Localization(Localization.ENGLISH))).isEqualTo("3 conflicts");
    }

    @Test
    void familiesReceivedAreCountedInWordsBothLanguages() {
        Localization english = new Localization(Localization.ENGLISH);
        assertThat(SyncStatusTexts.received(10).in(dutch)).isEqualTo("10 gezinnen binnengehaald");
        assertThat(SyncStatusTexts.received(1).in(dutch)).isEqualTo("1 gezin binnengehaald");
        assertThat(SyncStatusTexts.received(10).in(english)).isEqualTo("10 families received");
        assertThat(SyncStatusTexts.received(1).in(english)).isEqualTo("1 family received");
    }

    @Test
    void everyFailureKindGetsAClearDutchMessage() {
        assertThat(failure(SyncException.Kind.UNREACHABLE))
                .isEqualTo("De server is niet bereikbaar. U kunt gewoon doorwerken; alles wordt later verstuurd.");
        assertThat(failure(SyncException.Kind.UNAUTHORIZED)).contains("gebruikersnaam of het wachtwoord klopt niet");
        assertThat(failure(SyncException.Kind.CLIENT_TOO_OLD)).contains("Werk de app bij");
        assertThat(failure(SyncException.Kind.SERVER_TROUBLE)).contains("problemen");
        assertThat(failure(SyncException.Kind.REFUSED)).contains("code bad-request");
        assertThat(SyncStatusTexts.failure(new IllegalStateException()).in(dutch)).contains("onverwachts");
    }

    private String failure(SyncException.Kind kind) {
        return SyncStatusTexts.failure(new SyncException(kind, 400, "bad-request", null, null)).in(dutch);
    }
}
