package nl.keukentafel.model.genogram;

import java.util.UUID;

/** A dossier's genogram settings; id {@code RecordIds.derived(dossierId, "genogram")}. */
public record Genogram(UUID id, UUID dossierId, UUID indexPerson, GenderSymbol otherSymbol, GenderSymbol unknownSymbol, String notes) {

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String INDEX_PERSON = "indexPerson";
        public static final String OTHER_SYMBOL = "otherSymbol";
        public static final String UNKNOWN_SYMBOL = "unknownSymbol";
        public static final String NOTES = "notes";

        private Field() {
        }
    }
}
