package nl.keukentafel.gui.evaluation;

import java.time.LocalDate;
import java.util.UUID;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.intake.common.IntakeDates;
import nl.keukentafel.gui.intake.common.MarkedText;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.PartnerIssue;
import nl.keukentafel.model.plan.PartnerIssue.Field;

/**
 * A partner who does not keep agreements: who (a network contact), what happened, what the regisseur did, when the
 * referrer was told. FX thread only.
 */
final class IssueModel {
    private final RecordRef ref;
    private final AutosavedChoice<UUID> contact;
    private final AutosavedText happened;
    private final AutosavedText regisseurDid;
    private final MarkedText referrerToldOn;

    IssueModel(PartnerIssue stored, PlanService plan, LocalDate today) {
        ref = new RecordRef(RecordKind.PARTNER_ISSUE, stored.id(), stored.dossierId());
        contact = new AutosavedChoice<>(stored.contactId(), chosen -> plan.edit(ref, Field.CONTACT_ID, chosen.toString()));
        happened = new AutosavedText(stored.happened(), typed -> plan.edit(ref, Field.HAPPENED, typed));
        regisseurDid = new AutosavedText(stored.regisseurDid(), typed -> plan.edit(ref, Field.REGISSEUR_DID, typed));
        referrerToldOn = new MarkedText(stored.referrerToldOn(), typed -> IntakeDates.problem(typed, today),
                typed -> plan.edit(ref, Field.REFERRER_TOLD_ON, typed));
    }

    void showStored(PartnerIssue stored) {
        contact.showStored(stored.contactId());
        happened.showStored(stored.happened());
        regisseurDid.showStored(stored.regisseurDid());
        referrerToldOn.text().showStored(stored.referrerToldOn());
    }

    RecordRef ref() {
        return ref;
    }

    AutosavedChoice<UUID> contact() {
        return contact;
    }

    AutosavedText happened() {
        return happened;
    }

    AutosavedText regisseurDid() {
        return regisseurDid;
    }

    MarkedText referrerToldOn() {
        return referrerToldOn;
    }
}
