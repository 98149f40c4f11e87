package nl.keukentafel.gui.intake;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * Finds text in every text field of a dossier as read: the household, members, network and every intake record.
 * Case-insensitive, in reading order. Stateless.
 */
final class DossierTextSearch {
    /** One field whose text contains the query, with the text around it. */
    record Hit(RecordRef ref, String field, String snippet) {
    }

    private static final int AROUND = 30;
    private static final Map<Class<?>, RecordKind> KINDS = Map.of(Family.class, RecordKind.FAMILY, Member.class, RecordKind.MEMBER,
            Contact.class, RecordKind.CONTACT, Intake.class, RecordKind.INTAKE, Conversation.class, RecordKind.CONVERSATION,
            IntakeMember.class, RecordKind.INTAKE_MEMBER, DomainEntry.class, RecordKind.DOMAIN_ENTRY,
            SafetyAssessment.class, RecordKind.SAFETY_ASSESSMENT, Meldcode.class, RecordKind.MELDCODE, Consent.class, RecordKind.CONSENT);

    private DossierTextSearch() {
    }

    static List<Hit> search(IntakeState state, String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        if (wanted.length() < 2) {
            return hits;
        }
        UUID dossierId = state.dossier().family().id();
        List<Record> records = new ArrayList<>();
        records.add(state.dossier().family());
        records.addAll(state.dossier().members());
        records.addAll(state.dossier().contacts());
        state.intake().ifPresent(records::add);
        records.addAll(state.conversations());
        records.addAll(state.members());
        records.addAll(state.domains());
        records.addAll(state.assessments());
        records.addAll(state.meldcodes());
        records.addAll(state.consents());
        for (Record record : records) {
            RecordRef ref = new RecordRef(KINDS.get(record.getClass()), (UUID) value(record, "id"), dossierId);
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getType() == String.class && value(record, component.getName()) instanceof String text) {
                    int at = text.toLowerCase(Locale.ROOT).indexOf(wanted);
                    if (at >= 0) {
                        hits.add(new Hit(ref, component.getName(), snippet(text, at, wanted.length())));
                    }
                }
            }
        }
        return hits;
    }

    private static Object value(Record record, String component) {
        try {
            return record.getClass().getMethod(component).invoke(record);
        } catch (ReflectiveOperationException notThere) {
            return null;
        }
    }

    private static String snippet(String text, int at, int length) {
        int start = Math.max(0, at - AROUND);
        int end = Math.min(text.length(), at + length + AROUND);
        return (start > 0 ? "…" : "") + text.substring(start, end).replace('\n', ' ') + (end < text.length() ? "…" : "");
    }
}
