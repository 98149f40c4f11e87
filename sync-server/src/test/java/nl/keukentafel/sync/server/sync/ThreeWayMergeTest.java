package nl.keukentafel.sync.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.sync.server.Json;
import org.junit.jupiter.api.Test;

/** The merge rules alone: which later versions count as someone else's, per field, and delete vs edit. */
class ThreeWayMergeTest {
    private static final UUID ME = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID RECORD = UUID.randomUUID();
    private static final UUID DOSSIER = UUID.randomUUID();

    private final List<RecordVersion> history = new ArrayList<>();

    private static ObjectNode fields(String... namesAndValues) {
        ObjectNode fields = Json.MAPPER.createObjectNode();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put(namesAndValues[index], namesAndValues[index + 1]);
        }
        return fields;
    }

    private void version(UUID client, boolean deleted, ObjectNode fields) {
        history.add(new RecordVersion(history.size() + 1, deleted, fields, UUID.randomUUID(), "someone", UUID.randomUUID(), client,
            history.size() + 1, Instant.EPOCH, List.of()));
    }

    private MergeOutcome decide(String op, long baseVersion, ObjectNode fields) {
        RecordVersion last = history.get(history.size() - 1);
        StoredRecord current = new StoredRecord(RECORD, "member", DOSSIER, last.version(), last.deleted(), last.fields(), Instant.EPOCH);
        RecordVersion base = history.get((int) baseVersion - 1);
        PushEntry entry = new PushEntry(Json.MAPPER.createObjectNode(), ME, 99, RECORD, "member", DOSSIER, Op.parse(op).orElseThrow(),
            baseVersion, fields, Json.MAPPER.createObjectNode(), List.of());
        MergeOutcome.State baseState = new MergeOutcome.State(base.fields(), base.deleted());
        MergeOutcome fromHistory = ThreeWayMerge.decide(entry, current, baseState, history.subList((int) baseVersion, history.size()));
        assertThat(fromMarks(entry, current, baseState, baseVersion)).as("the row's change marks decide as the history does")
            .isEqualTo(summary(fromHistory));
        return fromHistory;
    }

    /** The same decision from the per-field change marks the record row keeps (what the server uses). */
    private String fromMarks(PushEntry entry, StoredRecord current, MergeOutcome.State base, long baseVersion) {
        FieldChanges marks = FieldChanges.none();
        java.util.Optional<MergeOutcome.State> previous = java.util.Optional.empty();
        java.util.Map<Long, RecordVersion> byVersion = new java.util.HashMap<>();
        for (RecordVersion version : history) {
            MergeOutcome.State state = new MergeOutcome.State(version.fields(), version.deleted());
            marks = marks.then(previous, state, version.version(), version.clientId());
            previous = java.util.Optional.of(state);
            byVersion.put(version.version(), version);
        }
        return summary(ThreeWayMerge.decide(entry, current, base, marks.laterThan(baseVersion, byVersion)));
    }

    private static String summary(MergeOutcome outcome) {
        return outcome.result() + " " + outcome.newState() + " " + outcome.conflicts().stream()
            .map(draft -> draft.field() + "@" + draft.serverChange().map(RecordVersion::version).orElse(-1L)).toList();
    }

    @Test
    void myOwnLaterVersionsAreNotSomeoneElsesChange() {
        version(OTHER, false, fields("city", "Ede"));
        version(ME, false, fields("city", "Epe"));

        MergeOutcome outcome = decide("update", 1, fields("city", "Elst"));

        assertThat(outcome.result()).isEqualTo(MergeOutcome.Result.APPLIED);
        assertThat(outcome.newState().orElseThrow().fields()).isEqualTo(fields("city", "Elst"));
    }

    @Test
    void anotherFieldChangedByOthersMerges() {
        version(OTHER, false, fields("city", "Ede", "phone", "1"));
        version(OTHER, false, fields("city", "Ede", "phone", "2"));

        MergeOutcome outcome = decide("update", 1, fields("city", "Elst"));

        assertThat(outcome.result()).isEqualTo(MergeOutcome.Result.MERGED);
        assertThat(outcome.newState().orElseThrow().fields()).isEqualTo(fields("city", "Elst", "phone", "2"));
    }

    @Test
    void theSameFieldChangedToTheSameValueIsNoConflict() {
        version(OTHER, false, fields("city", "Ede"));
        version(OTHER, false, fields("city", "Elst"));

        MergeOutcome outcome = decide("update", 1, fields("city", "Elst"));

        assertThat(outcome.result()).isEqualTo(MergeOutcome.Result.MERGED);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.newState()).isEmpty();
    }

    @Test
    void theSameFieldChangedDifferentlyConflictsAndNamesWhoChangedIt() {
        version(OTHER, false, fields("city", "Ede", "phone", "1"));
        version(OTHER, false, fields("city", "Epe", "phone", "1"));
        version(OTHER, false, fields("city", "Epe", "phone", "2"));

        MergeOutcome outcome = decide("update", 1, fields("city", "Elst", "phone", "1"));

        assertThat(outcome.result()).isEqualTo(MergeOutcome.Result.CONFLICT);
        assertThat(outcome.conflicts()).hasSize(2);
        MergeOutcome.ConflictDraft city = outcome.conflicts().get(0);
        assertThat(city.field()).isEqualTo("city");
        assertThat(city.serverValue().asText()).isEqualTo("Epe");
        assertThat(city.clientValue().asText()).isEqualTo("Elst");
        assertThat(city.serverChange().orElseThrow().version()).as("the version that set the server's value").isEqualTo(2);
        assertThat(outcome.newState()).as("the server's values stay").isEmpty();
    }

    @Test
    void aValueChangedAndChangedBackByOthersIsNotAChange() {
        version(OTHER, false, fields("city", "Ede"));
        version(OTHER, false, fields("city", "Epe"));
        version(OTHER, false, fields("city", "Ede"));

        MergeOutcome outcome = decide("update", 1, fields("city", "Elst"));

        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.newState().orElseThrow().fields().get("city").asText()).isEqualTo("Elst");
    }

    @Test
    void aMissingFieldAndANullAreTheSame() {
        version(OTHER, false, fields("city", "Ede"));
        ObjectNode withNull = fields("city", "Ede");
        withNull.putNull("phone");
        version(OTHER, false, withNull);

        MergeOutcome outcome = decide("update", 1, fields("phone", "06"));

        assertThat(outcome.conflicts()).isEmpty();
    }

    @Test
    void deletingWhatOthersEditedConflictsOnTheWholeRecord() {
        version(OTHER, false, fields("city", "Ede"));
        version(OTHER, false, fields("city", "Epe"));

        MergeOutcome outcome = decide("delete", 1, Json.MAPPER.createObjectNode());

        assertThat(outcome.result()).isEqualTo(MergeOutcome.Result.CONFLICT);
        assertThat(outcome.conflicts().get(0).field()).isNull();
        assertThat(outcome.conflicts().get(0).clientDeleted()).isTrue();
        assertThat(outcome.newState()).isEmpty();
    }

    @Test
    void deletingWhatIsAlreadyDeletedChangesNothing() {
        version(OTHER, false, fields("city", "Ede"));
        version(OTHER, true, fields("city", "Ede"));

        MergeOutcome outcome = decide("delete", 1, Json.MAPPER.createObjectNode());

        assertThat(outcome.result()).isEqualTo(MergeOutcome.Result.MERGED);
        assertThat(outcome.newState()).isEmpty();
    }

    @Test
    void restoringADeletedRecordUndeletesIt() {
        version(ME, false, fields("city", "Ede"));
        version(ME, true, fields("city", "Ede"));

        MergeOutcome outcome = decide("restore", 2, Json.MAPPER.createObjectNode());

        assertThat(outcome.result()).isEqualTo(MergeOutcome.Result.APPLIED);
        assertThat(outcome.newState().orElseThrow().deleted()).isFalse();
    }
}
