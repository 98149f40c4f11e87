package nl.keukentafel.gui.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.plan.AgreementWarnings;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.logic.plan.PlanRefusal;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.logic.plan.PlanWarning;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Problem;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.Vote;

/**
 * Agreeing a version ("Vaststellen"): the date (today unless typed), the parties the logic expects on that date
 * (parents, children from 12, professionals, the regisseur), each marked agreed, not agreed or absent with a note,
 * and the warnings, which never block. FX thread only.
 */
public final class AgreeViewModel {
    /** One party and the mark being set. */
    public static final class Line {
        private final Party party;
        private final ObjectProperty<Vote> vote = new SimpleObjectProperty<>();
        private final StringProperty note = new SimpleStringProperty("");

        Line(Party party) {
            this.party = party;
        }

        public Party party() {
            return party;
        }

        public ObjectProperty<Vote> voteProperty() {
            return vote;
        }

        public StringProperty noteProperty() {
            return note;
        }

        Party marked() {
            return new Party(party.personId(), party.name(), party.role(), vote.get(), note.get());
        }

        String key() {
            return party.role() + ":" + party.personId();
        }
    }

    private final PlanViewModel plan;
    private final StringProperty date = new SimpleStringProperty("");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<PlanWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanRefusal> refusal = new ReadOnlyObjectWrapper<>();

    public AgreeViewModel(PlanViewModel plan) {
        this.plan = plan;
        date.addListener((observable, old, typed) -> FieldCheck.parseDate(typed).ifPresent(this::expect));
    }

    /** Starts over: today's date, the expected parties unmarked, the draft's warnings. */
    public void open() {
        error.set(null);
        refusal.set(null);
        lines.clear();
        date.set(FieldCheck.write(plan.today()));
        expect(plan.today());
        PlanState state = state();
        warnings.setAll(state == null ? List.of() : AgreementWarnings.of(state.draft()));
    }

    private PlanState state() {
        return plan.readingProperty().get() == null ? null : plan.readingProperty().get().plan();
    }

    /** The parties for {@code on}, keeping marks already set (a child turning 12 between two dates appears or goes). */
    private void expect(LocalDate on) {
        PlanState state = state();
        if (state == null) {
            return;
        }
        Map<String, Line> before = new HashMap<>();
        lines.forEach(line -> before.put(line.key(), line));
        lines.setAll(Parties.expected(state, on).stream().map(party -> {
            Line line = new Line(party);
            return before.getOrDefault(line.key(), line);
        }).toList());
    }

    /** What is wrong with the date as typed; empty when it can be read. */
    public Optional<Problem> dateProblem() {
        return FieldCheck.date(date.get()).or(() -> date.get().isBlank() ? Optional.of(Problem.DATE_FORMAT) : Optional.empty());
    }

    /** Writes the version in one transaction; {@code done} runs once it is stored. Unmarked parties stay unmarked. */
    public void agree(Runnable done) {
        if (dateProblem().isPresent()) {
            error.set(new UiText("planscreen.agree.dateUnreadable"));
            return;
        }
        refusal.set(null);
        List<Party> parties = lines.stream().map(Line::marked).toList();
        String on = date.get().strip();
        plan.tasks().execute(() -> plan.service().agree(plan.dossierId(), on, parties, plan.evaluationWeeks()).join(), ref -> {
            plan.agreed();
            done.run();
        }, failure -> PlanRefusal.in(failure).ifPresentOrElse(refused -> {
            error.set(null);
            refusal.set(refused);
        }, () -> error.set(new UiText("planscreen.agree.failed"))));
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<PlanWarning> warnings() {
        return warnings;
    }

    /** Why the logic refused to agree (a date ahead, a closed dossier): nothing was written. */
    public ReadOnlyObjectProperty<PlanRefusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
