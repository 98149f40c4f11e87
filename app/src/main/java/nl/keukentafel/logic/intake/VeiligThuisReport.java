package nl.keukentafel.logic.intake;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.logic.Autosaver;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.Vault;

/**
 * The Meldcode's "report to Veilig Thuis" as one use case: the report is a sharing of data without consent (the legal
 * ground of the Meldcode) with Veilig Thuis, carrying the Meldcode's justification and decision date, and the two
 * records point at each other. Both are written in ONE transaction: a crash or a full disk leaves the report whole or
 * not there at all, never a sharing without its Meldcode or the reverse. Thread-safe.
 */
public final class VeiligThuisReport {
    /** The partner of every report; a proper name, the same in both languages. */
    public static final String VEILIG_THUIS = "Veilig Thuis";

    private final Vault vault;
    private final Autosaver autosaver;

    public VeiligThuisReport(Vault vault, Autosaver autosaver) {
        this.vault = vault;
        this.autosaver = autosaver;
    }

    /** The decisions that report to Veilig Thuis (with or without the consultant's own help alongside). */
    public static boolean isReport(MeldcodeDecision decision) {
        return decision == MeldcodeDecision.REPORT_TO_VEILIG_THUIS || decision == MeldcodeDecision.REPORT_AND_HELP;
    }

    /**
     * Records the report of {@code meldcode} as a sharing, with the justification and the decision date as the screen
     * shows them (typing may not have been stored yet). A Meldcode that has a report already keeps it: answered is that
     * sharing, and nothing is written. Answers the sharing.
     */
    public CompletableFuture<RecordRef> record(RecordRef meldcode, String purpose, String justification, String decidedOn) {
        autosaver.flush();
        Optional<Meldcode> stored = vault.records().find(meldcode.id()).filter(found -> !found.deleted())
                .map(found -> RecordMapper.convert(found, Meldcode.class));
        if (stored.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no Meldcode " + meldcode.id() + " to report"));
        }
        if (stored.get().reportSharingId() != null) {
            return CompletableFuture.completedFuture(new RecordRef(RecordKind.CONSENT, stored.get().reportSharingId(),
                    meldcode.dossierId()));
        }
        RecordRef sharing = new RecordRef(RecordKind.CONSENT, UuidCreator.getTimeOrderedEpoch(), meldcode.dossierId());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Consent.Field.BASIS, ConsentBasis.WITHOUT_CONSENT.name());
        fields.put(Consent.Field.PARTNER_NAME, VEILIG_THUIS);
        putPresent(fields, Consent.Field.PURPOSE, purpose);
        putPresent(fields, Consent.Field.JUSTIFICATION, justification);
        putPresent(fields, Consent.Field.VALID_FROM, decidedOn);
        fields.put(Consent.Field.MELDCODE_ID, meldcode.id());
        return vault.records().writeAll(List.of(new RecordStore.Write(sharing, fields),
                new RecordStore.Write(meldcode, Map.of(Meldcode.Field.REPORT_SHARING_ID, sharing.id())))).thenApply(changed -> sharing);
    }

    private static void putPresent(Map<String, Object> fields, String field, String value) {
        if (value != null) {
            fields.put(field, value);
        }
    }
}
