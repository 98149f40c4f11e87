package nl.keukentafel.model.intake;

import java.util.List;
import java.util.UUID;

/**
 * One sharing of data with a named partner: with consent (given by adults; a child of 12–15 together with a parent;
 * 16+ alone) or without it on a legal ground with its justification (a report to Veilig Thuis). Withdrawal keeps the
 * record and sets {@code withdrawnOn}.
 */
public record Consent(
        UUID id,
        UUID dossierId,
        ConsentBasis basis,
        List<UUID> givenBy,
        UUID partnerContactId,
        String partnerName,
        String data,
        String purpose,
        String validFrom,
        String validUntil,
        String givenOn,
        String explainedHow,
        String withdrawnOn,
        String justification,
        UUID meldcodeId) {

    public Consent {
        givenBy = givenBy == null ? List.of() : List.copyOf(givenBy);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String BASIS = "basis";
        public static final String GIVEN_BY = "givenBy";
        public static final String PARTNER_CONTACT_ID = "partnerContactId";
        public static final String PARTNER_NAME = "partnerName";
        public static final String DATA = "data";
        public static final String PURPOSE = "purpose";
        public static final String VALID_FROM = "validFrom";
        public static final String VALID_UNTIL = "validUntil";
        public static final String GIVEN_ON = "givenOn";
        public static final String EXPLAINED_HOW = "explainedHow";
        public static final String WITHDRAWN_ON = "withdrawnOn";
        public static final String JUSTIFICATION = "justification";
        public static final String MELDCODE_ID = "meldcodeId";

        private Field() {
        }
    }
}
