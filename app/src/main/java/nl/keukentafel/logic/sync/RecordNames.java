package nl.keukentafel.logic.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.StoredRecord;

/**
 * The words a conflict names its record by, as stored here: a member's or contact's name, the life domain's label of
 * the intake's own list, the child of a safety assessment with its date. Data, not translated text; empty when there
 * is nothing to name. Thread-safe.
 */
final class RecordNames {
    private final RecordStore records;

    RecordNames(RecordStore records) {
        this.records = records;
    }

    String of(RecordRef ref) {
        return records.find(ref.id()).map(stored -> switch (ref.kind()) {
            case MEMBER -> memberName(stored);
            case CONTACT -> text(stored.body(), "name");
            case INTAKE_MEMBER -> member(id(stored.body(), IntakeMember.Field.MEMBER_ID));
            case SAFETY_ASSESSMENT -> join(member(id(stored.body(), SafetyAssessment.Field.CHILD_ID)),
                    text(stored.body(), SafetyAssessment.Field.ASSESSED_ON));
            case DOMAIN_ENTRY -> domainLabel(ref, text(stored.body(), DomainEntry.Field.DOMAIN_CODE));
            case CONVERSATION -> text(stored.body(), Conversation.Field.NUMBER);
            case GENO_PERSON -> stored.body().hasNonNull(GenoPerson.Field.MEMBER_ID) ? member(id(stored.body(), GenoPerson.Field.MEMBER_ID))
                    : join(text(stored.body(), GenoPerson.Field.GIVEN_NAME), text(stored.body(), GenoPerson.Field.FAMILY_NAME));
            default -> "";
        }).orElse("");
    }

    private String domainLabel(RecordRef ref, String code) {
        UUID intakeId = RecordIds.derived(ref.dossierId(), "intake");
        return records.find(intakeId).map(intake -> {
            JsonNode domains = intake.body().path(Intake.Field.DOMAIN_LIST).path("domains");
            for (JsonNode domain : domains) {
                if (code.equals(domain.path("code").asText())) {
                    return domain.path("label").asText(code);
                }
            }
            return code;
        }).orElse(code);
    }

    private String member(Optional<UUID> memberId) {
        return memberId.flatMap(records::find).map(RecordNames::memberName).orElse("");
    }

    private static String memberName(StoredRecord stored) {
        Member member = RecordMapper.member(stored);
        return join(member.givenName(), member.familyName());
    }

    private static Optional<UUID> id(ObjectNode body, String field) {
        try {
            return body.hasNonNull(field) ? Optional.of(UUID.fromString(body.get(field).asText())) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static String text(ObjectNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText().strip() : "";
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }
}
