package nl.keukentafel.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When "N gezinnen binnengehaald" goes: closed, or one of those families opened; never just because time passed. */
class ReceivedNoticeTest {
    private static final Instant FIRST = Instant.parse("2026-12-05T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-05T09:30:00Z");
    private final UUID zonnebloem = UUID.randomUUID();
    private final UUID madeliefje = UUID.randomUUID();
    private final UUID klaproos = UUID.randomUUID();
    private final ReceivedNotice notice = new ReceivedNotice();

    @Test
    void aRoundThatBringsFamiliesIsSaidUntilClosedAndARoundThatBringsNothingChangesNothing() {
        assertThat(notice.current()).isEmpty();

        notice.received(List.of(zonnebloem, madeliefje), FIRST);
        notice.received(List.of(), LATER);

        assertThat(notice.current()).contains(new SyncService.Receipt(2, FIRST));
        notice.dismiss();
        assertThat(notice.current()).isEmpty();
    }

    @Test
    void laterFamiliesAddToOnesNotSeenYetAndTheSameFamilyCountsOnce() {
        notice.received(List.of(zonnebloem, madeliefje), FIRST);

        notice.received(List.of(klaproos, zonnebloem), LATER);

        assertThat(notice.current()).contains(new SyncService.Receipt(3, LATER));
    }

    @Test
    void openingOneOfTheFamiliesEndsTheNoticeAndOpeningAnotherDossierDoesNot() {
        notice.received(List.of(zonnebloem, madeliefje), FIRST);

        assertThat(notice.opened(klaproos)).isFalse();
        assertThat(notice.current()).contains(new SyncService.Receipt(2, FIRST));
        assertThat(notice.opened(madeliefje)).isTrue();
        assertThat(notice.current()).isEmpty();

        notice.received(List.of(klaproos), LATER);
        assertThat(notice.current()).as("a new arrival after the notice was seen").contains(new SyncService.Receipt(1, LATER));
    }
}
