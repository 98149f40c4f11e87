package nl.keukentafel.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncException;
import nl.keukentafel.sync.client.SyncLoop;
import nl.keukentafel.sync.client.SyncStatus;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named faults of the sync issue against a real server process and two real encrypted vaults, each ending
 * with the same three promises: converged, nothing lost, nothing duplicated ({@link Scenario#assertAllPromises()}).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SyncFaultsTest {
    @TempDir
    Path directory;

    @Test
    void aPullCutMidResponseRepeatsAtMostAPageAndConverges() throws Exception {
        try (Scenario scenario = Scenario.start(directory, 3)) {
            for (RecordRef ref : scenario.records) {
                scenario.edit(scenario.anna, ref, "note", "bijgewerkt " + ref.id());
            }
            scenario.anna.syncThrough(1);
            AtomicInteger injected = new AtomicInteger();
            scenario.proxy.plan(FaultPlans.next(FaultProxy.Request::isPull, injected,
                Fault.of(Fault.Kind.CUT_MID_RESPONSE), Fault.of(Fault.Kind.CUT_MID_RESPONSE)));
            Optional<String> cursorBefore = scenario.bram.replica().pullCursor();

            assertThatThrownBy(scenario.bram::round).isInstanceOfSatisfying(SyncException.class,
                failure -> assertThat(failure.kind()).isEqualTo(SyncException.Kind.UNREACHABLE));
            assertThat(scenario.bram.replica().pullCursor()).as("a cut page is not applied").isEqualTo(cursorBefore);
            scenario.bram.syncThrough(5);

            assertThat(injected).hasValue(2);
            scenario.syncUntilQuiet();
            scenario.assertAllPromises();
        }
    }

    @Test
    void aPushWhoseAnswerIsLostOrThatArrivesTwiceIsAppliedOnce() throws Exception {
        try (Scenario scenario = Scenario.start(directory, 2)) {
            RecordRef member = scenario.records.get(1);
            scenario.edit(scenario.anna, member, Member.Field.PHONE, "0687654321");
            scenario.edit(scenario.anna, scenario.records.get(0), Family.Field.CITY, "Deventer");
            AtomicInteger injected = new AtomicInteger();
            scenario.proxy.plan(FaultPlans.next(FaultProxy.Request::isPush, injected,
                Fault.of(Fault.Kind.DROP_RESPONSE), Fault.of(Fault.Kind.DUPLICATE), Fault.of(Fault.Kind.MALFORMED_JSON)));

            scenario.anna.syncThrough(5);
            scenario.edit(scenario.anna, scenario.records.get(2), Member.Field.EMAIL, "daan@example.org");
            scenario.anna.syncThrough(5);
            assertThat(injected).hasValue(3);
            scenario.syncUntilQuiet();

            scenario.assertAllPromises();
            ServerView view = scenario.view();
            assertThat(view.history(member.id())).as("one new version for the one phone edit despite three sends").hasSize(2);
        }
    }

    @Test
    void duplicatedAndReorderedBatchesChangeNothingTwice() throws Exception {
        try (Scenario scenario = Scenario.start(directory, 2)) {
            for (int index = 0; index < 6; index++) {
                RecordRef ref = scenario.records.get(index % scenario.records.size());
                scenario.edit(scenario.anna, ref, "note", "versie " + index);
            }
            scenario.add(scenario.anna, RecordKind.MEMBER, scenario.dossiers.get(0), java.util.Map.of(Member.Field.GIVEN_NAME, "Lotte"));
            List<Wire.PushEntry> pending = scenario.anna.replica().pendingEntries(200);
            assertThat(pending).hasSizeGreaterThan(5);

            // Replay the outbox by hand, as a confused network or a buggy retry might: reversed, twice, then shuffled in parts.
            SyncApi replay = new SyncApi(scenario.server.uri());
            String token = replay.login(scenario.annaUser, ServerProcess.PASSWORD.toCharArray(), "replay").accessToken();
            List<Wire.PushEntry> reversed = new ArrayList<>(pending);
            Collections.reverse(reversed);
            Wire.PushResponse first = replay.push(token, new Wire.PushRequest(Wire.SCHEMA, reversed));
            Wire.PushResponse again = replay.push(token, new Wire.PushRequest(Wire.SCHEMA, reversed));
            assertThat(again.results()).as("a repeated batch gets the stored answers").isEqualTo(first.results());
            List<Wire.PushEntry> shuffled = new ArrayList<>(pending);
            Collections.shuffle(shuffled, new Random(7));
            replay.push(token, new Wire.PushRequest(Wire.SCHEMA, shuffled.subList(0, 3)));
            replay.push(token, new Wire.PushRequest(Wire.SCHEMA, shuffled));

            scenario.edit(scenario.bram, scenario.records.get(2), Member.Field.EMAIL, "daan@example.org");
            scenario.syncUntilQuiet();

            scenario.assertAllPromises();
            long versions = scenario.view().count("select count(*) from record_version where client_id = '"
                + scenario.anna.replica().clientId() + "'");
            assertThat(versions).as("anna's versions: 6 creates of the setup, 6 edits, 1 new member").isEqualTo(6 + 6 + 1);
        }
    }

    @Test
    void malformedAnswersApplyNothingAndTheNextRoundFinishesTheJob() throws Exception {
        try (Scenario scenario = Scenario.start(directory, 1)) {
            scenario.edit(scenario.anna, scenario.records.get(1), Member.Field.PHONE, "0611111111");
            scenario.proxy.plan(FaultPlans.next(FaultProxy.Request::isPush, new AtomicInteger(), Fault.of(Fault.Kind.MALFORMED_JSON)));
            assertThatThrownBy(scenario.anna::round).isInstanceOfSatisfying(SyncException.class,
                failure -> assertThat(failure.code()).isEqualTo("malformed-reply"));
            assertThat(scenario.anna.replica().pendingCount()).as("the server took it, but the outbox keeps it until an answer").isOne();

            scenario.edit(scenario.bram, scenario.records.get(1), Member.Field.GIVEN_NAME, "Saskia");
            scenario.bram.syncThrough(1);
            scenario.proxy.plan(FaultPlans.next(FaultProxy.Request::isPull, new AtomicInteger(),
                Fault.of(Fault.Kind.MALFORMED_JSON_UNSENT)));
            Optional<String> cursor = scenario.anna.replica().pullCursor();
            assertThatThrownBy(scenario.anna::round).isInstanceOf(SyncException.class);
            assertThat(scenario.anna.replica().pullCursor()).isEqualTo(cursor);
            assertThat(scenario.anna.find(scenario.records.get(1).id()).orElseThrow().body().get(Member.Field.GIVEN_NAME).asText())
                .as("nothing of a malformed page is applied").isEqualTo("Sanne");

            scenario.syncUntilQuiet();
            scenario.assertAllPromises();
        }
    }

    @Test
    void theBackgroundLoopRetriesServerErrorsAndHonoursRetryAfter() throws Exception {
        try (Scenario scenario = Scenario.start(directory, 1)) {
            scenario.edit(scenario.anna, scenario.records.get(0), Family.Field.CITY, "Kampen");
            AtomicInteger injected = new AtomicInteger();
            scenario.proxy.plan(FaultPlans.next(request -> request.isPush() || request.isPull(), injected,
                Fault.of(Fault.Kind.SERVER_ERROR), Fault.of(Fault.Kind.UNAVAILABLE)));
            List<SyncStatus> statuses = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<SyncStatus> synced = new CompletableFuture<>();
            scenario.anna.onStatus(status -> {
                if (status.state() == SyncStatus.State.SYNCED) {
                    synced.complete(status);
                }
            });
            try (SyncLoop loop = new SyncLoop(scenario.anna.engine(), Duration.ofMinutes(10), Clock.systemUTC(), statuses::add,
                new Random(1))) {
                loop.syncNow();
                synced.get(60, TimeUnit.SECONDS);
            }
            assertThat(injected).hasValue(2);
            assertThat(statuses).extracting(SyncStatus::state).contains(SyncStatus.State.SERVER_TROUBLE);
            scenario.syncUntilQuiet();
            scenario.assertAllPromises();
        }
    }

    @Test
    void aClockAnHourOffEitherWayDecidesNothing() throws Exception {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofHours(-1));
        try (Scenario scenario = Scenario.start(SharedServer.get(), SharedServer.data(), directory, 1, ahead, behind)) {
            RecordRef sanne = scenario.records.get(1);
            RecordRef family = scenario.records.get(0);
            // anna's clock says she typed an hour later, bram's an hour earlier; neither may win by it.
            scenario.edit(scenario.anna, sanne, Member.Field.PHONE, "0622222222");
            scenario.edit(scenario.bram, sanne, Member.Field.PHONE, "0633333333");
            scenario.edit(scenario.bram, family, Family.Field.CITY, "Hardenberg");
            scenario.edit(scenario.anna, family, Family.Field.STREET, "Kerkstraat 1");
            scenario.bram.syncThrough(1);
            scenario.anna.syncThrough(1);
            // The other way round on another field: the later-clocked push arrives first.
            scenario.edit(scenario.anna, sanne, Member.Field.EMAIL, "a@example.org");
            scenario.edit(scenario.bram, sanne, Member.Field.EMAIL, "b@example.org");
            scenario.anna.syncThrough(1);
            scenario.bram.syncThrough(1);
            scenario.syncUntilQuiet();

            scenario.assertAllPromises();
            ServerView view = scenario.view();
            JsonNode fields = view.records(sanne.dossierId()).get(sanne.id()).fields();
            assertThat(fields.get(Member.Field.PHONE).asText()).as("the first to arrive stays, whatever the clocks say")
                .isEqualTo("0633333333");
            assertThat(fields.get(Member.Field.EMAIL).asText()).isEqualTo("a@example.org");
            JsonNode familyFields = view.records(family.dossierId()).get(family.id()).fields();
            assertThat(familyFields.get(Family.Field.CITY).asText()).isEqualTo("Hardenberg");
            assertThat(familyFields.get(Family.Field.STREET).asText()).as("different fields merge").isEqualTo("Kerkstraat 1");
            assertThat(view.openConflicts(sanne.dossierId())).extracting(conflict -> conflict.get("field").asText())
                .containsExactlyInAnyOrder(Member.Field.PHONE, Member.Field.EMAIL);
            assertThat(scenario.anna.replica().openConflictCount()).isEqualTo(2);
            assertThat(scenario.bram.replica().openConflictCount()).isEqualTo(2);
        }
    }
}
