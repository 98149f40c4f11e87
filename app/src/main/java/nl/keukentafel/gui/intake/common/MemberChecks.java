package nl.keukentafel.gui.intake.common;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.model.Member;

/**
 * A check box per family member for a stored list of member ids (who a concern is about, who consents), with an
 * optional hint after each name. Ticking saves the whole list at once. FX thread only.
 */
public final class MemberChecks extends FlowPane {
    private final String idPrefix;
    private final AutosavedChoice<List<UUID>> chosen;
    private final Function<Member, String> hint;
    private final List<CheckBox> boxes = new ArrayList<>();
    private List<Member> shown = List.of();
    private boolean showing;

    /** {@code hint} gives the muted text after a member's name, or null for none. */
    public MemberChecks(String idPrefix, AutosavedChoice<List<UUID>> chosen, Function<Member, String> hint) {
        super(18, 6);
        this.idPrefix = idPrefix;
        this.chosen = chosen;
        this.hint = hint;
        getStyleClass().add("member-checks");
        chosen.valueProperty().subscribe(this::tick);
    }

    /** Shows the family's members (rebuilt only when they changed). */
    public void members(List<Member> members, String unnamed) {
        if (members.equals(shown)) {
            return;
        }
        shown = List.copyOf(members);
        boxes.clear();
        getChildren().clear();
        for (Member member : members) {
            CheckBox box = new CheckBox(member.fullName().isBlank() ? unnamed : member.fullName());
            box.setId(idPrefix + "-" + member.id());
            box.setUserData(member.id());
            box.selectedProperty().addListener((observable, old, selected) -> save());
            boxes.add(box);
            String hintText = hint == null ? null : hint.apply(member);
            if (hintText == null) {
                getChildren().add(box);
            } else {
                Label hintLabel = new Label(hintText);
                hintLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                HBox withHint = new HBox(6, box, hintLabel);
                withHint.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
                getChildren().add(withHint);
            }
        }
        tick(chosen.value());
    }

    private void tick(List<UUID> ids) {
        showing = true;
        try {
            for (CheckBox box : boxes) {
                box.setSelected(ids != null && ids.contains((UUID) box.getUserData()));
            }
        } finally {
            showing = false;
        }
    }

    private void save() {
        if (showing) {
            return;
        }
        List<UUID> ids = boxes.stream().filter(CheckBox::isSelected).map(box -> (UUID) box.getUserData()).toList();
        chosen.valueProperty().set(ids);
    }
}
