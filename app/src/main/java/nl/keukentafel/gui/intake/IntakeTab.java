package nl.keukentafel.gui.intake;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.gui.intake.consent.ConsentSection;
import nl.keukentafel.gui.intake.meldcode.MeldcodeSection;
import nl.keukentafel.gui.intake.safety.SafetySection;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.search.DossierSearch;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.DomainList;

/**
 * What the dossier screen needs of the intake: the tab's content, the search field for its header, and the hand-over
 * when a search hit lies in another tab. Built per opened dossier. FX thread only.
 */
public final class IntakeTab {
    private final IntakeView view;
    private final DossierSearchBar search;
    private BiConsumer<RecordRef, String> showTab = (ref, field) -> { };

    public IntakeTab(IntakeViewModel model, DossierSearch searcher, Localization localization) {
        IntakeContext context = model.context(localization);
        view = new IntakeView(model, localization,
                List.of(new SafetySection(context), new MeldcodeSection(context), new ConsentSection(context)));
        search = new DossierSearchBar(localization, model, searcher, hit -> {
            showTab.accept(hit.ref(), hit.field());
            if (DossierSearchBar.isIntakeKind(hit.ref().kind())) {
                view.jumpTo(hit.ref(), hit.field());
            }
        });
    }

    /** The intake tab of one dossier in the unlocked session, with the active domain list for a new intake. */
    public static IntakeTab of(Session session, AppContext context, UUID dossierId, Localization localization) {
        Supplier<DomainList> activeList = session.domainLists()::active;
        return new IntakeTab(new IntakeViewModel(session.intake(), session.checker(), dossierId, context.tasks(),
                context.clock(), activeList),
                session.dossierSearch(), localization);
    }

    public Node content() {
        return view.root();
    }

    public TextField searchField() {
        return search.field();
    }

    /**
     * Called with the record and field of a chosen search hit, to select its tab (intake kinds: the intake tab, which
     * then goes to the field itself) and, for the dossier's own records, to go to the field.
     */
    public void onShowTab(BiConsumer<RecordRef, String> selectTab) {
        showTab = selectTab;
    }

    /** Puts the keyboard on the field of the intake (the check's jump); waits for the intake's first read if need be. */
    public boolean jumpTo(nl.keukentafel.model.RecordRef ref, String field) {
        javafx.application.Platform.runLater(() -> view.jumpTo(ref, field));
        return true;
    }

    /** Called with a finding of the open-items panel whose field lies outside the intake (household, member, contact). */
    public void onJumpElsewhere(java.util.function.BiConsumer<nl.keukentafel.model.RecordRef, String> jump) {
        view.onElsewhere(jump);
    }

    public void selected(boolean shown) {
        if (shown) {
            view.activate();
            // a search hit may already have put the keyboard on its field in this pulse; keep it there
            javafx.application.Platform.runLater(() -> {
                javafx.scene.Node owner = view.root().getScene() == null ? null : view.root().getScene().getFocusOwner();
                if (!Reveal.isInside(owner, view.root())) {
                    view.initialFocus().requestFocus();
                }
            });
        } else {
            view.deactivate();
        }
    }
}
