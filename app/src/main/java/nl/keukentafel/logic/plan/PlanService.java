package nl.keukentafel.logic.plan;

import com.github.f4b6a3.uuid.UuidCreator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.logic.Autosaver;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalReview;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.PartnerIssue;
import nl.keukentafel.model.plan.PartnerNotice;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PhaseChange;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Referral;
import nl.keukentafel.model.plan.Scaling;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;

/**
 * The werkplan's use cases (ADR 0005), shared by the screens and the command line: reading, starting, adding parts,
 * moving goals, agreeing a version (one transaction), and the plan's typing through the dossier's autosaver. Reads
 * are audited by {@link DossierService#open} when a screen opens; {@link #read} is the unaudited refresh. Every write
 * passes the store's guard (frozen versions, closed dossiers). Thread-safe.
 */
public final class PlanService {
    private final Vault vault;
    private final Autosaver autosaver;
    private final DossierService dossiers;
    private final Clock clock;

    public PlanService(Vault vault, Autosaver autosaver, DossierService dossiers, Clock clock) {
        this.vault = vault;
        this.autosaver = autosaver;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** The plan as stored now (pending edits committed first), with its dossier. */
    public PlanState read(UUID dossierId) {
        autosaver.flush();
        List<StoredRecord> records = vault.records().dossierRecords(dossierId);
        return state(DossierService.fromRecords(dossierId, records), records, vault.closedArrivals().of(dossierId));
    }

    /**
     * The plan out of the dossier's live records as read once (the dossier check reads them once for all);
     * {@code arrivals} are what sync brought in while the dossier was closed here (store.ClosedArrivals).
     */
    public static PlanState state(Dossier dossier, List<StoredRecord> records, List<RecordRef> arrivals) {
        PlanReader reader = new PlanReader();
        records.forEach(reader::add);
        return reader.state(dossier, arrivals);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Starts the plan (derived id: starting twice, or on two laptops, gives one plan). */
    public CompletableFuture<Boolean> start(UUID dossierId) {
        return vault.records().createIfAbsent(PlanIds.plan(dossierId),
                Map.of(Plan.Field.STARTED_ON, FieldCheck.write(today())));
    }

    /** A new goal at the end of the priority list, proposed, for the whole family. */
    public CompletableFuture<RecordRef> addGoal(UUID dossierId, String text) {
        int rank = read(dossierId).goals().stream().mapToInt(Goal::order).filter(order -> order != Integer.MAX_VALUE)
                .max().orElse(0) + 1;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Goal.Field.RANK, rank);
        fields.put(Goal.Field.TEXT, text == null ? "" : text);
        fields.put(Goal.Field.STATUS, GoalStatus.PROPOSED.name());
        return vault.records().create(RecordKind.PLAN_GOAL, dossierId, fields);
    }

    public CompletableFuture<RecordRef> addAction(UUID dossierId, UUID goalId) {
        return vault.records().create(RecordKind.PLAN_ACTION, dossierId,
                Map.of(Action.Field.GOAL_ID, goalId, Action.Field.STATUS, ActionStatus.NOT_STARTED.name()));
    }

    public CompletableFuture<RecordRef> addAgreement(UUID dossierId) {
        return vault.records().create(RecordKind.PLAN_AGREEMENT, dossierId, Map.of(Agreement.Field.WITH_WHOM, ""));
    }

    public CompletableFuture<RecordRef> addReferral(UUID dossierId) {
        return vault.records().create(RecordKind.PLAN_REFERRAL, dossierId, Map.of(Referral.Field.PROVIDER, ""));
    }

    public CompletableFuture<RecordRef> addPhaseChange(UUID dossierId) {
        return vault.records().create(RecordKind.REGIE_PHASE, dossierId,
                Map.of(PhaseChange.Field.SINCE, FieldCheck.write(today())));
    }

    public CompletableFuture<RecordRef> addScaling(UUID dossierId) {
        return vault.records().create(RecordKind.SCALING, dossierId, Map.of(Scaling.Field.ON, FieldCheck.write(today())));
    }

    public CompletableFuture<RecordRef> addPartnerIssue(UUID dossierId) {
        return vault.records().create(RecordKind.PARTNER_ISSUE, dossierId, Map.of(PartnerIssue.Field.HAPPENED, ""));
    }

    /**
     * Moves a goal one place up ({@code -1}) or down ({@code +1}) in priority: the goals are renumbered 1..n in their
     * new order in one transaction, so the order is whole even after a conflicting rank arrived.
     */
    public CompletableFuture<Integer> moveGoal(UUID dossierId, UUID goalId, int step) {
        List<Goal> goals = new ArrayList<>(read(dossierId).goals());
        int from = indexOf(goals, goalId);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= goals.size()) {
            return CompletableFuture.completedFuture(0);
        }
        goals.add(to, goals.remove(from));
        List<RecordStore.Write> writes = new ArrayList<>();
        for (int index = 0; index < goals.size(); index++) {
            Goal goal = goals.get(index);
            if (goal.rank() == null || goal.rank() != index + 1) {
                writes.add(new RecordStore.Write(new RecordRef(RecordKind.PLAN_GOAL, goal.id(), dossierId),
                        Map.of(Goal.Field.RANK, index + 1)));
            }
        }
        return vault.records().writeAll(writes);
    }

    private static int indexOf(List<Goal> goals, UUID goalId) {
        for (int index = 0; index < goals.size(); index++) {
            if (goals.get(index).id().equals(goalId)) {
                return index;
            }
        }
        return -1;
    }

    /**
     * Freezes the draft as an agreed version on {@code agreedOn} with the parties' marks, and sets the next
     * evaluation {@code evaluationWeeks} after it when none is planned: one transaction (ADR 0005). Warnings (goals
     * without action, owner or date) are the caller's to show before; they never block. Refused ({@link PlanRefusal},
     * nothing written) for an unreadable date, a date more than a day ahead, or a closed dossier.
     */
    public CompletableFuture<RecordRef> agree(UUID dossierId, String agreedOn, List<Party> parties, int evaluationWeeks) {
        PlanState state = read(dossierId);
        if (state.plan().isEmpty()) {
            throw new IllegalStateException("no plan in dossier " + dossierId);
        }
        Optional<LocalDate> agreedDate = FieldCheck.parseDate(agreedOn);
        if (agreedDate.isEmpty() || PlanDates.ahead(agreedDate.get(), today()) || state.closed()) {
            return CompletableFuture.failedFuture(state.closed() ? PlanRefusal.of("plan.refusal.closed") : agreedDate.isEmpty()
                    ? PlanRefusal.of("plan.refusal.dateUnreadable", agreedOn == null ? "" : agreedOn)
                    : PlanRefusal.of("plan.refusal.dateAhead", FieldCheck.write(agreedDate.get())));
        }
        RecordRef versionRef = new RecordRef(RecordKind.PLAN_VERSION, UuidCreator.getTimeOrderedEpoch(), dossierId);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(PlanVersion.Field.FROZEN, true);
        fields.put(PlanVersion.Field.AGREED_ON, agreedOn);
        state.latestVersion().ifPresent(previous -> fields.put(PlanVersion.Field.FOLLOWS, previous.id()));
        fields.put(PlanVersion.Field.PARTIES, parties);
        fields.put(PlanVersion.Field.SNAPSHOT, state.draft());
        List<RecordStore.Write> writes = new ArrayList<>();
        writes.add(new RecordStore.Write(versionRef, fields));
        Optional<LocalDate> agreed = FieldCheck.parseDate(agreedOn);
        String nextEvaluation = state.plan().get().nextEvaluationOn();
        if ((nextEvaluation == null || nextEvaluation.isBlank()) && agreed.isPresent() && evaluationWeeks > 0) {
            writes.add(new RecordStore.Write(PlanIds.plan(dossierId),
                    Map.of(Plan.Field.NEXT_EVALUATION_ON, FieldCheck.write(agreed.get().plusWeeks(evaluationWeeks)))));
        }
        return vault.records().writeAll(writes).thenApply(changed -> versionRef);
    }

    /**
     * Plans the next evaluation on {@code on} (dd-mm-jjjj), or moves it. Refused ({@link PlanRefusal}, nothing written)
     * for an unreadable date, a date before today (one already held is recorded as an evaluation, which plans the next
     * itself), a dossier without a werkplan, or a closed one. Returns whether anything changed.
     */
    public CompletableFuture<Boolean> planNextEvaluation(UUID dossierId, String on) {
        PlanState state = read(dossierId);
        Optional<LocalDate> date = on == null ? Optional.empty() : FieldCheck.parseDate(on.strip());
        if (state.plan().isEmpty() || state.closed() || date.isEmpty() || date.get().isBefore(today())) {
            return CompletableFuture.failedFuture(state.plan().isEmpty() ? PlanRefusal.of("plan.refusal.noPlan")
                    : state.closed() ? PlanRefusal.of("plan.refusal.closed")
                    : date.isEmpty() ? PlanRefusal.of("plan.refusal.dateUnreadable", on == null ? "" : on.strip())
                    : PlanRefusal.of("plan.refusal.nextEvaluationPast", FieldCheck.write(date.get())));
        }
        return vault.records().patch(PlanIds.plan(dossierId), Map.of(Plan.Field.NEXT_EVALUATION_ON, FieldCheck.write(date.get())));
    }

    /** The closure record, created when first needed (derived id). */
    public CompletableFuture<RecordRef> prepareClosure(UUID dossierId) {
        RecordRef ref = PlanIds.closure(dossierId);
        return vault.records().createIfAbsent(ref, Map.of(Closure.Field.CLOSED, false)).thenApply(created -> ref);
    }

    /**
     * Starts an evaluation held on {@code heldOn} (dd-mm-jjjj) in one transaction: the evaluation (a line per member and
     * network contact, a review per goal still in play) and a new safety assessment per child dated {@code heldOn}
     * with the evaluation's id. Refused (the future fails with {@link PlanRefusal}, nothing written) for an unreadable
     * date, a date more than a day ahead, a dossier without plan or a closed one.
     */
    public CompletableFuture<RecordRef> startEvaluation(UUID dossierId, String heldOn) {
        return startEvaluation(dossierId, heldOn, 0);
    }

    /** As {@link #startEvaluation(UUID, String)}, and plans the next evaluation {@code evaluationWeeks} later (0: not). */
    public CompletableFuture<RecordRef> startEvaluation(UUID dossierId, String heldOn, int evaluationWeeks) {
        PlanState state = read(dossierId);
        List<ImportProblem> problems = EvaluationStart.problems(state, heldOn, today());
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new PlanRefusal(problems));
        }
        RecordRef evaluation = new RecordRef(RecordKind.EVALUATION, UuidCreator.getTimeOrderedEpoch(), dossierId);
        LocalDate held = FieldCheck.parseDate(heldOn).orElseThrow();
        return vault.records().writeAll(EvaluationStart.writes(state, evaluation, held, evaluationWeeks)).thenApply(changed -> evaluation);
    }

    /**
     * Closes the dossier on {@code closedOn}: refused ({@link PlanRefusal}) without a reason, with a follow-up without
     * whom, a family ending the help without the consequences explained, an unreadable or future date, or while any
     * professional contact or the referrer is not marked informed or skipped (the message names them all). Afterwards
     * the dossier is read-only (the store's guard) until {@link #reopen}.
     */
    public CompletableFuture<Void> close(UUID dossierId, String closedOn) {
        PlanState state = read(dossierId);
        List<ImportProblem> problems = new ArrayList<>();
        Optional<LocalDate> closed = FieldCheck.parseDate(closedOn);
        if (closed.isEmpty()) {
            problems.add(ImportProblem.of("plan.refusal.dateUnreadable", closedOn == null ? "" : closedOn));
        } else if (PlanDates.ahead(closed.get(), today())) {
            problems.add(ImportProblem.of("plan.refusal.dateAhead", FieldCheck.write(closed.get())));
        }
        problems.addAll(ClosureRules.problems(state));
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new PlanRefusal(problems));
        }
        RecordRef closure = PlanIds.closure(dossierId);
        return vault.records().writeAll(List.of(new RecordStore.Write(closure,
                        Map.of(Closure.Field.CLOSED, true, Closure.Field.CLOSED_ON, FieldCheck.write(closed.get())))))
                .thenCompose(changed -> vault.audit().record("close", closure, "closure closed", "ok"));
    }

    /** Reopens a closed dossier with a reason (required), dated today; audited. */
    public CompletableFuture<Void> reopen(UUID dossierId, String reason) {
        if (reason == null || reason.isBlank()) {
            return CompletableFuture.failedFuture(PlanRefusal.of("plan.refusal.reopenWithoutReason"));
        }
        if (!read(dossierId).closed()) {
            return CompletableFuture.failedFuture(PlanRefusal.of("plan.refusal.notClosed"));
        }
        RecordRef closure = PlanIds.closure(dossierId);
        Map<String, Object> fields = Map.of(Closure.Field.CLOSED, false, Closure.Field.REOPENED_ON, FieldCheck.write(today()),
                Closure.Field.REOPEN_REASON, reason.strip());
        return vault.records().writeAll(List.of(new RecordStore.Write(closure, fields)))
                .thenCompose(changed -> vault.audit().record("reopen", closure, "closure reopened", "ok"));
    }

    /** Sets one partner's notice at the closure (informed or skipped), replacing that contact's earlier one. */
    public CompletableFuture<Void> setNotice(UUID dossierId, PartnerNotice notice) {
        PlanState state = read(dossierId);
        if (state.closed()) {
            return CompletableFuture.failedFuture(PlanRefusal.of("plan.refusal.closed"));
        }
        List<PartnerNotice> notices = ListFields.replace(state.closure().map(Closure::notices).orElse(List.of()),
                line -> line.contactId() != null && line.contactId().equals(notice.contactId()), notice);
        return prepareClosure(dossierId).thenCompose(ref -> vault.records().patch(ref, Map.of(Closure.Field.NOTICES, notices)))
                .thenApply(changed -> null);
    }

    /** Sets one attendance line of an evaluation (matched by person, or by typed name when there is no person). */
    public CompletableFuture<Void> setAttendance(RecordRef evaluation, Attendance line) {
        Evaluation current = evaluation(evaluation);
        List<Attendance> lines = ListFields.replace(current.attendance(), old -> line.personId() != null
                ? line.personId().equals(old.personId())
                : old.personId() == null && java.util.Objects.equals(old.name(), line.name()), line);
        return vault.records().patch(evaluation, Map.of(Evaluation.Field.ATTENDANCE, lines)).thenApply(changed -> null);
    }

    /** Sets one goal's review at an evaluation (result, note, decision), replacing that goal's earlier one. */
    public CompletableFuture<Void> setReview(RecordRef evaluation, GoalReview review) {
        Evaluation current = evaluation(evaluation);
        List<GoalReview> reviews = ListFields.replace(current.reviews(), old -> review.goalId().equals(old.goalId()), review);
        return vault.records().patch(evaluation, Map.of(Evaluation.Field.REVIEWS, reviews)).thenApply(changed -> null);
    }

    /** Sets (or with null clears) a life domain's score now at an evaluation. */
    public CompletableFuture<Void> setScore(RecordRef evaluation, String domainCode, Integer score) {
        Map<String, Integer> scores = new LinkedHashMap<>(evaluation(evaluation).scores());
        if (score == null) {
            scores.remove(domainCode);
        } else {
            scores.put(domainCode, score);
        }
        return vault.records().patch(evaluation, Map.of(Evaluation.Field.SCORES, scores)).thenApply(changed -> null);
    }

    /** Sets (or with a blank text removes) one member's own desired perspective on the plan. */
    public CompletableFuture<Void> setMemberPerspective(UUID dossierId, UUID memberId, String text) {
        PlanState state = read(dossierId);
        Map<String, String> perspectives = new LinkedHashMap<>(state.plan().map(Plan::memberPerspectives).orElse(Map.of()));
        if (text == null || text.isBlank()) {
            perspectives.remove(memberId.toString());
        } else {
            perspectives.put(memberId.toString(), text);
        }
        return vault.records().patch(PlanIds.plan(dossierId), Map.of(Plan.Field.MEMBER_PERSPECTIVES, perspectives))
                .thenApply(changed -> null);
    }

    private Evaluation evaluation(RecordRef ref) {
        autosaver.flush();
        StoredRecord stored = vault.records().find(ref.id()).filter(found -> !found.deleted())
                .orElseThrow(() -> new IllegalArgumentException("no evaluation " + ref.id()));
        return RecordMapper.convert(stored, Evaluation.class);
    }

    /** Keeps the typed value (text, enum name, number, list); durable within a second. */
    public void edit(RecordRef ref, String field, Object value) {
        autosaver.edit(ref, field, value);
    }

    public CompletableFuture<Void> delete(RecordRef ref) {
        autosaver.flush();
        return vault.records().delete(ref);
    }

    public CompletableFuture<Void> undoDelete(RecordRef ref) {
        return vault.records().restore(ref);
    }

    /** Reads one record of the plan's kinds as its model record; for callers holding a stored record. */
    static <T> T convert(StoredRecord stored, Class<T> type) {
        return RecordMapper.convert(stored, type);
    }

    /** The evaluation model class, for callers that only have the kind. */
    static Class<?> modelOf(RecordKind kind) {
        return switch (kind) {
            case PLAN -> Plan.class;
            case PLAN_GOAL -> Goal.class;
            case PLAN_ACTION -> Action.class;
            case PLAN_AGREEMENT -> Agreement.class;
            case PLAN_REFERRAL -> Referral.class;
            case PLAN_VERSION -> PlanVersion.class;
            case EVALUATION -> Evaluation.class;
            case REGIE_PHASE -> PhaseChange.class;
            case SCALING -> Scaling.class;
            case PARTNER_ISSUE -> PartnerIssue.class;
            case CLOSURE -> Closure.class;
            default -> throw new IllegalArgumentException("not a plan kind: " + kind);
        };
    }
}
