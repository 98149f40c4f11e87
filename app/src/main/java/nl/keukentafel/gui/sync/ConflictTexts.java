package nl.keukentafel.gui.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.sync.ConflictItem;
import nl.keukentafel.model.Member;

/**
 * How a conflict reads on screen: the field's label, each side's value (empty, deleted, yes/no, a gender in
 * words) and who changed it when. Values stay as the people typed them; only placeholders are translated.
 * Immutable.
 */
public final class ConflictTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm");
    /** Fields stored as an enum's name, shown through the enum's labels. */
    private static final Map<String, String> ENUM_FIELDS = Map.of(Member.Field.GENDER, EnumLabels.GENDER,
            Member.Field.ROLE, EnumLabels.ROLE, Member.Field.RESIDENCE, EnumLabels.RESIDENCE);

    private final Localization localization;
    private final ZoneId zone;

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
