package nl.keukentafel.gui.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenderSymbol;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.RelationType;
import nl.keukentafel.model.genogram.SupportDirection;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.model.intake.Answer;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyInstrument;
import nl.keukentafel.model.intake.SafetyJudgement;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.model.intake.SpokenStatus;

/**
 * How a conflict reads on screen: the field's label, each side's value (empty, deleted, yes/no, a gender in
 * words) and who changed it when. Values stay as the people typed them; only placeholders are translated.
 * Immutable.
 */
public final class ConflictTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm");
    /** Fields stored as an enum's name, shown through the enum's labels. */
    private static final Map<String, String> ENUM_FIELDS = Map.ofEntries(Map.entry(Member.Field.GENDER, EnumLabels.GENDER),
            Map.entry(Member.Field.ROLE, EnumLabels.ROLE), Map.entry(Member.Field.RESIDENCE, EnumLabels.RESIDENCE),
            feature(Contact.Field.SECTOR, Sector.class), feature(DomainEntry.Field.STATUS, DomainStatus.class),
            feature(IntakeMember.Field.SPOKEN, SpokenStatus.class), feature(IntakeMember.Field.NOT_SPOKEN_REASON, NotSpokenReason.class),
            feature(SafetyAssessment.Field.INSTRUMENT, SafetyInstrument.class),
            feature(SafetyAssessment.Field.CURRENT_SAFETY, SafetyJudgement.class),
            feature(SafetyAssessment.Field.FUTURE_RISK, RiskLevel.class),
            feature(Meldcode.Field.WEIGH1_SUSPICION, Answer.class), feature(Meldcode.Field.WEIGH2_ACUTE_OR_STRUCTURAL, Answer.class),
            feature(Meldcode.Field.WEIGH3_CAN_HELP, Answer.class), feature(Meldcode.Field.WEIGH4_HELP_ACCEPTED, Answer.class),
            feature(Meldcode.Field.WEIGH5_SAFETY_WITHIN_TERM, Answer.class), feature(Meldcode.Field.DECISION, MeldcodeDecision.class),
            feature(Consent.Field.BASIS, ConsentBasis.class), feature(GenoPerson.Field.PERSON_KIND, PersonKind.class),
            feature(GenoPerson.Field.TWIN_KIND, TwinKind.class), feature(ParentLink.Field.LINK_KIND, ParentLinkKind.class),
            feature(EmotionalRelation.Field.RELATION_TYPE, RelationType.class), feature(EcoLink.Field.STRENGTH, LinkStrength.class),
            feature(EcoLink.Field.DIRECTION, SupportDirection.class), feature(Genogram.Field.OTHER_SYMBOL, GenderSymbol.class),
            feature(Genogram.Field.UNKNOWN_SYMBOL, GenderSymbol.class));

    private final Localization localization;
    private final ZoneId zone;

    /** A field holding a value of an intake or genogram enum, labelled by the {@link EnumLabels#key} convention. */
    private static Map.Entry<String, String> feature(String field, Class<? extends Enum<?>> type) {
        String key = EnumLabels.key(type.getEnumConstants()[0]);
        return Map.entry(field, key.substring(0, key.indexOf('.') + 1));
    }

    public ConflictTexts(Localization localization, ZoneId zone) {
        this.localization = localization;
        this.zone = zone;
    }

    /** The field's label as the dossier shows it; the whole record when the conflict is a delete against an edit. */
    public String fieldLabel(String field) {
        if (field == null) {
            return localization.get("sync.conflict.wholeRecord");
        }
        return localization.has("field." + field) ? localization.get("field." + field) : field;
    }

    /** The kind of record, with the member's or contact's name when known: "Gezinslid Noor Bakker". */
    public String recordLabel(ConflictItem item) {
        String kind = EnumLabels.label(localization, EnumLabels.RECORD_KIND, item.ref().kind());
        String name = item.recordName();
        return name == null || name.isBlank() ? kind : localization.get("sync.conflict.record", kind, name);
    }

    public String household(ConflictItem item) {
        String name = item.householdName();
        return name == null || name.isBlank() ? localization.get("dossier.untitled") : name;
    }

    /** One side's value in words. */
    public String value(String field, Object value, boolean deleted) {
        if (deleted) {
            return localization.get("sync.value.deleted");
        }
        if (value == null || value instanceof String text && text.isBlank()) {
            return localization.get("sync.value.empty");
        }
        if (value instanceof java.util.Map<?, ?> || value instanceof java.util.Collection<?>) {
            // a whole record's fields: the merge view names the change, the dossier shows the details
            return localization.get("sync.value.changed");
        }
        if (value instanceof Boolean yes) {
            return localization.get(yes ? "sync.value.yes" : "sync.value.no");
        }
        String prefix = field == null ? null : ENUM_FIELDS.get(field);
        if (prefix != null && localization.has(prefix + value)) {
            return localization.get(prefix + value);
        }
        return value.toString();
    }

    public String serverValue(ConflictItem item) {
        return value(item.field(), item.serverValue(), item.serverDeleted());
    }

    public String clientValue(ConflictItem item) {
        return value(item.field(), item.clientValue(), item.clientDeleted());
    }

    /** Who and when, e.g. "Anouk Consulent, 2-3-2026 14:32". */
    public String who(String author, Instant at) {
        String name = author == null || author.isBlank() ? localization.get("sync.author.unknown") : author;
        return at == null ? name : localization.get("sync.conflict.byAt", name, WHEN.format(at.atZone(zone)));
    }

    /** The heading over the client's side: this laptop's own change, or the colleague's whose change it was. */
    public String clientHeading(ConflictItem item) {
        return item.mine() ? localization.get("sync.conflict.side.mine")
                : localization.get("sync.conflict.side.other", who(item.clientAuthor(), null));
    }

    public String serverHeading() {
        return localization.get("sync.conflict.side.server");
    }
}
