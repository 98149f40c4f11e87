package nl.keukentafel.gui.intake.meldcode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.kordamp.ikonli.material2.Material2AL;

/** "Meldcode": every concern about domestic violence or child abuse, and a button to record a new one. FX thread only. */
public final class MeldcodeSection implements IntakeSection {
    private final Localization localization;
    private final MeldcodesViewModel model;
    private final VBox concerns = new VBox(10);
    private final VBox root;
    private final Map<UUID, MeldcodePane> panes = new HashMap<>();
    private List<MeldcodeViewModel> shown = List.of();
    private boolean focusNewest;

    public MeldcodeSection(IntakeContext context) {
        this.localization = context.localization();
        this.model = new MeldcodesViewModel(context);
        Button add = new Button(localization.get("meldcodeScreen.add"), Icons.of(Material2AL.ADD));
        add.setId("addMeldcode");
        add.setTooltip(new Tooltip(localization.get("meldcodeScreen.add.tooltip")));
        add.setOnAction(event -> {
            focusNewest = true;
            model.addConcern();
        });
        Label error = SectionForm.messageLabel(localization, "meldcodeError", model.errorProperty());
        root = SectionForm.sectionRoot(localization, "meldcodeSection", "meldcodeScreen.title", "meldcodeScreen.intro",
                add, error, concerns);
        model.concernsProperty().subscribe(this::layout);
        model.membersProperty().subscribe(members -> panes.values().forEach(pane -> pane.members(members)));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(IntakeState state) {
        model.show(state);
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref, String field) {
        if (ref.kind() != RecordKind.MELDCODE || !panes.containsKey(ref.id())) {
            return Optional.empty();
        }
        MeldcodePane pane = panes.get(ref.id());
        pane.setExpanded(true);
        return Optional.of(Optional.<Node>ofNullable(pane.lookup("#" + field + "-" + ref.id())).orElse(pane.concernField()));
    }

    private void layout(List<MeldcodeViewModel> concernsNow) {
        if (concernsNow.equals(shown)) {
            return;
        }
        shown = concernsNow;
        concerns.getChildren().clear();
        for (MeldcodeViewModel concern : concernsNow) {
            MeldcodePane pane = panes.computeIfAbsent(concern.ref().id(), id -> {
                MeldcodePane created = new MeldcodePane(localization, concern, () -> model.recordReport(concern,
                        localization.get("meldcodeScreen.reportPurpose")));
                created.members(model.membersProperty().get());
                return created;
            });
            concerns.getChildren().add(pane);
        }
        if (focusNewest && !concernsNow.isEmpty()) {
            focusNewest = false;
            MeldcodePane newest = panes.get(concernsNow.get(concernsNow.size() - 1).ref().id());
            newest.setExpanded(true);
            newest.concernField().requestFocus();
        }
    }
}
