package nl.keukentafel.gui.ecogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.intake.Sector;

/**
 * One line of the ecogram: a network contact of the dossier (its line record may not exist yet) or an extra person or
 * organisation with its own line record. {@code id} is the contact id or the extra's line id: the id the drawing uses.
 */
public record EcogramEntry(UUID id, UUID contactId, String name, Sector sector, EcoLink link) {

    /** The dossier's contacts, then the extras, each group by sector and name: the order Tab and the arrows follow. */
    public static List<EcogramEntry> of(GenogramState state) {
        List<EcogramEntry> entries = new ArrayList<>();
        for (Contact contact : state.dossier().contacts()) {
            UUID lineId = RecordIds.derived(contact.id(), "eco");
            EcoLink link = state.ecoLinks().stream().filter(candidate -> candidate.id().equals(lineId)).findFirst().orElse(null);
            String name = contact.name() == null || contact.name().isBlank() ? nonNull(contact.organisation()) : contact.name();
            Sector sector = contact.sector() == null ? Sector.OTHER : contact.sector();
            entries.add(new EcogramEntry(contact.id(), contact.id(), name, sector, link));
        }
        state.ecoLinks().stream().filter(link -> link.contactId() == null).forEach(link -> entries.add(new EcogramEntry(link.id(), null,
                nonNull(link.name()), link.sector() == null ? Sector.OTHER : link.sector(), link)));
        entries.sort(Comparator.comparing((EcogramEntry entry) -> entry.sector().ordinal()).thenComparing(EcogramEntry::name)
                .thenComparing(entry -> entry.id().toString()));
        return entries;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
