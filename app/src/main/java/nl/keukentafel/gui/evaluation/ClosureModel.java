package nl.keukentafel.gui.evaluation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.intake.common.IntakeDates;
import nl.keukentafel.gui.intake.common.MarkedText;
import nl.keukentafel.logic.plan.ClosureRules;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Closure.Field;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.PartnerNotice;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;

/**
 * The closure's fields as the tab edits them (autosaved), the referrer (a network contact, kept on the plan) and one
 * notice line per involved partner (professional contacts and the referrer, {@link ClosureRules#partners}).
 * FX thread only.
 */
final class ClosureModel {
    private final RecordRef ref;
    private final UUID dossierId;
    private final Edits edits;
    private final AutosavedChoice<ClosureReason> reason;
    private final AutosavedText followUpWith;
    private final MarkedText consequencesExplainedOn;
    private final AutosavedText expertWho;
    private final MarkedText expertOn;
    private final AutosavedText endReport;
    private final AutosavedChoice<UUID> referrer;
    private final Map<UUID, NoticeLine> notices = new LinkedHashMap<>();

    ClosureModel(Closure stored, Plan plan, Edits edits, LocalDate today) {
        this.ref = PlanIds.closure(stored.dossierId());
        this.dossierId = stored.dossierId();
        this.edits = edits;
        reason = new AutosavedChoice<>(stored.reason(), chosen -> edits.plan().edit(ref, Field.REASON, chosen.name()));
        followUpWith = new AutosavedText(stored.followUpWith(), typed -> edits.plan().edit(ref, Field.FOLLOW_UP_WITH, typed));
        consequencesExplainedOn = new MarkedText(stored.consequencesExplainedOn(), typed -> IntakeDates.problem(typed, today),
                typed -> edits.plan().edit(ref, Field.CONSEQUENCES_EXPLAINED_ON, typed));
        expertWho = new AutosavedText(stored.expertWho(), typed -> edits.plan().edit(ref, Field.EXPERT_WHO, typed));
        expertOn = new MarkedText(stored.expertOn(), typed -> IntakeDates.problem(typed, today),
                typed -> edits.plan().edit(ref, Field.EXPERT_ON, typed));
        endReport = new AutosavedText(stored.endReport(), typed -> edits.plan().edit(ref, Field.END_REPORT, typed));
        referrer = new AutosavedChoice<>(plan.referrerContactId(),
                chosen -> edits.plan().edit(PlanIds.plan(dossierId), Plan.Field.REFERRER_CONTACT_ID, chosen.toString()));
    }

    /** Shows what is stored now; partners who came or went get or lose their line. */
    void show(PlanState state) {
        Closure stored = state.closure().orElseThrow();
        reason.showStored(stored.reason());
        followUpWith.showStored(stored.followUpWith());
        consequencesExplainedOn.text().showStored(stored.consequencesExplainedOn());
        expertWho.showStored(stored.expertWho());
        expertOn.text().showStored(stored.expertOn());
        endReport.showStored(stored.endReport());
        UUID referrerId = state.plan().map(Plan::referrerContactId).orElse(null);
        referrer.showStored(referrerId);
        Map<UUID, NoticeLine> kept = new LinkedHashMap<>();
        for (Contact partner : ClosureRules.partners(state)) {
            PartnerNotice notice = stored.notices().stream().filter(line -> partner.id().equals(line.contactId())).findFirst()
                    .orElse(null);
            NoticeLine line = notices.get(partner.id());
            boolean isReferrer = partner.id().equals(referrerId);
            if (line == null || line.referrer() != isReferrer) {
                line = new NoticeLine(partner.id(), ContactNames.of(partner), isReferrer, notice, dossierId, edits);
            } else {
                line.showStored(notice);
            }
            kept.put(partner.id(), line);
        }
        notices.clear();
        notices.putAll(kept);
    }

    List<Object> shape() {
        return notices.values().stream().map(line -> (Object) (line.contactId() + ":" + line.referrer())).toList();
    }

    AutosavedChoice<ClosureReason> reason() {
        return reason;
    }

    AutosavedText followUpWith() {
        return followUpWith;
    }

    MarkedText consequencesExplainedOn() {
        return consequencesExplainedOn;
    }

    AutosavedText expertWho() {
        return expertWho;
    }

    MarkedText expertOn() {
        return expertOn;
    }

    AutosavedText endReport() {
        return endReport;
    }

    AutosavedChoice<UUID> referrer() {
        return referrer;
    }

    List<NoticeLine> notices() {
        return List.copyOf(notices.values());
    }
}
