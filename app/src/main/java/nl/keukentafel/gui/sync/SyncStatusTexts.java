package nl.keukentafel.gui.sync;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncStatus;

/**
 * The Dutch (or English) words for a sync status and a sync failure. Kept apart from the views so the
 * mapping is tested without a screen. Stateless.
 */
public final class SyncStatusTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d-M HH:mm");

    private SyncStatusTexts() {
    }

    /** The indicator's main text. {@code today} decides whether the last sync needs its date too. */
    public static UiText describe(SyncStatus status, LocalDate today, ZoneId zone) {
        return switch (status.state()) {
            case NOT_CONFIGURED -> new UiText("sync.status.notConfigured");
            case OFFLINE -> SyncApi.CERTIFICATE_REFUSED.equals(status.detailCode())
                    ? new UiText("sync.status.certificate") : new UiText("sync.status.offline");
            case SYNCING -> status.total() > 0
                    ? new UiText("sync.status.syncingProgress", status.done(), status.total())
                    : new UiText("sync.status.syncing");
            case SYNCED -> synced(status, today, zone);
            case NEEDS_LOGIN -> new UiText("sync.status.needsLogin");
            case UPDATE_APP -> new UiText("sync.status.updateApp");
            case SERVER_TROUBLE -> new UiText("sync.status.serverTrouble");
        };
    }

    private static UiText synced(SyncStatus status, LocalDate today, ZoneId zone) {
        if (status.lastSynced() == null) {
            return new UiText("sync.status.synced.unknownTime");
        }
        ZonedDateTime at = status.lastSynced().atZone(zone);
        return at.toLocalDate().equals(today)
                ? new UiText("sync.status.synced", TIME.format(at))
                : new UiText("sync.status.synced.otherDay", DAY_AND_TIME.format(at));
    }

    /** States in which sync is set up but changes cannot be sent now, so the header says how many wait. */
    public static boolean saysWaiting(SyncStatus.State state) {
        return state == SyncStatus.State.OFFLINE || state == SyncStatus.State.SERVER_TROUBLE || state == SyncStatus.State.NEEDS_LOGIN
                || state == SyncStatus.State.UPDATE_APP;
    }

    /** The indicator's text with the number of waiting changes after it: "Offline · 3 wijzigingen wachten". */
    public static String describe(SyncStatus status, int waiting, LocalDate today, ZoneId zone, Localization words) {
        String said = describe(status, today, zone).in(words);
        return waiting > 0 && saysWaiting(status.state()) ? said + " · " + new UiText("sync.status.waiting", waiting).in(words) : said;
    }

    /** The longer explanation in the indicator's tooltip. */
    public static UiText explain(SyncStatus.State state) {
        return switch (state) {
            case NOT_CONFIGURED -> new UiText("sync.status.notConfigured.tooltip");
            case OFFLINE -> new UiText("sync.status.offline.tooltip");
            case SYNCING -> new UiText("sync.status.syncing.tooltip");
            case SYNCED -> new UiText("sync.status.synced.tooltip");
            case NEEDS_LOGIN -> new UiText("sync.status.needsLogin.tooltip");
            case UPDATE_APP -> new UiText("sync.status.updateApp.tooltip");
            case SERVER_TROUBLE -> new UiText("sync.status.serverTrouble.tooltip");
        };
    }

    public static UiText conflicts(int count) {
        return new UiText("sync.status.conflicts", count);
    }

    /** "10 gezinnen binnengehaald" (one: "1 gezin binnengehaald"). */
    public static UiText received(int families) {
        return new UiText("sync.status.received", families);
    }

    public static UiText rejected(int count) {
        return new UiText("sync.status.rejected", count);
    }

    /** What a failed login or sync call means for the consultant; the server's code is never personal data. */
    public static UiText failure(Exception failure) {
        if (failure instanceof SyncException sync) {
            if (SyncApi.CERTIFICATE_REFUSED.equals(sync.code())) {
                return new UiText("sync.error.certificate");
            }
            if (SyncApi.INSECURE_ADDRESS.equals(sync.code())) {
                return new UiText("sync.login.error.httpOnlyLocal");
            }
            return switch (sync.kind()) {
                case UNREACHABLE -> new UiText("sync.error.unreachable");
                case UNAUTHORIZED -> new UiText("sync.error.unauthorized");
                case CLIENT_TOO_OLD -> new UiText("sync.error.clientTooOld");
                case SERVER_TROUBLE -> new UiText("sync.error.serverTrouble");
                case REFUSED -> new UiText("sync.error.refused", String.valueOf(sync.code()));
            };
        }
        return new UiText("sync.error.unexpected");
    }
}
