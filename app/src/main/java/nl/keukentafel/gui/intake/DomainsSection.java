package nl.keukentafel.gui.intake;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The life domains of the intake's own list that apply to this family, each a collapsible row, with the entries made
 * for one member right under the household's. Rows live as long as the screen. FX thread only.
 */
final class DomainsSection implements IntakeSection {
    private final Localization localization;
    private final IntakeViewModel model;
    private final Map<UUID, DomainRow> rows = new HashMap<>();
    private final Map<String, DomainRow> householdRows = new LinkedHashMap<>();
    private final VBox list = new VBox(4);
    private final VBox root;
    private RecordRef focusWhenShown;

    DomainsSection(Localization localization, IntakeViewModel model) {
        this.localization = localization;
        this.model = model;
        list.setId("intakeDomains");
        root = new VBox(10, IntakeForms.heading(localization, "intake.section.domains"),
                IntakeForms.hint(localization, "intake.domains.hint"), list);
        root.getStyleClass().add("intake-section");
        root.setId("domainsSection");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(IntakeState state) {
        Map<String, DomainEntry> household = new HashMap<>();
        Map<String, List<DomainEntry>> perMember = new HashMap<>();
        for (DomainEntry entry : state.domains()) {
            if (entry.memberIds().isEmpty()) {
                household.put(entry.domainCode(), entry);
            } else {
                perMember.computeIfAbsent(entry.domainCode(), code -> new ArrayList<>()).add(entry);
            }
        }
        List<Node> ordered = new ArrayList<>();
        List<DomainList.ScoreLevel> levels = DomainRules.levels(state);
        for (DomainList.DomainDefinition domain : DomainRules.applicableDomains(state)) {
            DomainEntry entry = household.get(domain.code());
            if (entry != null) {
                DomainRow row = row(entry, domain.label(localization.locale()), domain.code(), levels,
                        () -> Optional.of(forMemberButton(domain)));
                householdRows.put(domain.code(), row);
                ordered.add(row.pane());
            }
            for (DomainEntry own : perMember.getOrDefault(domain.code(), List.of())) {
                int index = memberIndex(state, own.memberIds().get(0));
                String title = domain.label(localization.locale()) + " — " + memberNames(state, own.memberIds());
                ordered.add(row(own, title, domain.code() + "-" + index, levels, Optional::empty).pane());
            }
        }
        if (!list.getChildren().equals(ordered)) {
            list.getChildren().setAll(ordered);
        }
        focusPending();
    }

    private DomainRow row(DomainEntry entry, String title, String idSuffix, List<DomainList.ScoreLevel> levels,
                          Supplier<Optional<MenuButton>> forMember) {
        DomainRow row = rows.get(entry.id());
        if (row == null) {
            row = new DomainRow(localization, new DomainEntryViewModel(entry, model), title, idSuffix, levels, forMember);
            rows.put(entry.id(), row);
        } else {
            row.entry().showStored(entry);
        }
        return row;
    }

    /** "Voor een gezinslid apart": an entry of this domain for one member, next to the household's. */
    private MenuButton forMemberButton(DomainList.DomainDefinition domain) {
        MenuButton button = new MenuButton(localization.get("intake.domain.forMember"), Icons.of(Material2MZ.PERSON_ADD));
        button.setId("domainForMember-" + domain.code());
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setTooltip(new Tooltip(localization.get("intake.domain.forMember.tooltip")));
        button.setOnShowing(event -> {
            IntakeState now = model.stateProperty().get();
            button.getItems().setAll(now.dossier().members().stream().map(member -> {
                MenuItem item = new MenuItem(IntakeTexts.name(localization, member));
                item.setId("domainFor-" + domain.code() + "-" + memberIndex(now, member.id()));
                item.setOnAction(chosen -> addFor(domain.code(), member.id()));
                return item;
            }).toList());
        });
        return button;
    }

    private void addFor(String code, UUID memberId) {
        model.tasks().execute(() -> model.service().addDomainEntryFor(model.dossierId(), code, List.of(memberId)).join(), ref -> {
            focusWhenShown = ref;
            model.refresh();
        }, failure -> model.report(new UiText("intake.error.add")));
    }

    private void focusPending() {
        if (focusWhenShown == null || !rows.containsKey(focusWhenShown.id())) {
            return;
        }
        DomainRow row = rows.get(focusWhenShown.id());
        focusWhenShown = null;
        row.pane().setExpanded(true);
        Platform.runLater(() -> row.editorOf(DomainEntry.Field.STATUS).requestFocus());
    }

    /** Adds text from the conversation notes to the household entry of {@code code}. */
    void appendToNotes(String code, String text) {
        DomainRow row = householdRows.get(code);
        if (row != null) {
            row.entry().appendToNotes(text);
            model.refreshSoon();
        }
    }

    private static int memberIndex(IntakeState state, UUID memberId) {
        List<Member> members = state.dossier().members();
        for (int index = 0; index < members.size(); index++) {
            if (members.get(index).id().equals(memberId)) {
                return index;
            }
        }
        return -1;
    }

    private String memberNames(IntakeState state, List<UUID> ids) {
        return String.join(", ", state.dossier().members().stream().filter(member -> ids.contains(member.id()))
                .map(member -> IntakeTexts.name(localization, member)).toList());
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref, String field) {
        if (ref.kind() != RecordKind.DOMAIN_ENTRY || !rows.containsKey(ref.id())) {
            return Optional.empty();
        }
        return Optional.of(rows.get(ref.id()).editorOf(field));
    }
}
