package nl.keukentafel.logic.intake;

import java.util.List;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * The intake file (docs/intake.md): one dossier's intake as JSON. Sections hold the stored fields of each record;
 * records with derived ids carry no id (they are derived again in the dossier imported into), member lines are keyed
 * by member id, and assessments, Meldcode concerns and consents keep their own ids so importing twice adds nothing.
 * Constants only.
 */
final class IntakeFile {
    static final String FORMAT = "keukentafel-intake";
    static final int FORMAT_VERSION = 1;
    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "formatVersion";
    static final String DOSSIER_FIELD = "dossierId";
    static final String INTAKE = "intake";
    static final String CONVERSATIONS = "conversations";
    static final String MEMBERS = "members";
    static final String DOMAINS = "domains";
    static final String ASSESSMENTS = "assessments";
    static final String MELDCODES = "meldcodes";
    static final String CONSENTS = "consents";
    static final String ID = "id";

    private IntakeFile() {
    }

    /** A list section of the file: its name, the kind of its records, the model record checked against. */
    record Section(String name, RecordKind kind, Class<?> model, boolean ownIds) {
    }

    static final List<Section> LIST_SECTIONS = List.of(
            new Section(CONVERSATIONS, RecordKind.CONVERSATION, Conversation.class, false),
            new Section(DOMAINS, RecordKind.DOMAIN_ENTRY, DomainEntry.class, false),
            new Section(ASSESSMENTS, RecordKind.SAFETY_ASSESSMENT, SafetyAssessment.class, true),
            new Section(MELDCODES, RecordKind.MELDCODE, Meldcode.class, true),
            new Section(CONSENTS, RecordKind.CONSENT, Consent.class, true));

    static final Class<?> INTAKE_MODEL = Intake.class;
    static final Class<?> MEMBER_MODEL = IntakeMember.class;
}
