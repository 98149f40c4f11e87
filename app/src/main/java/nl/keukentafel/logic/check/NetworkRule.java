package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.logic.intake.ConsentRules;
import nl.keukentafel.logic.intake.IntakeCheck;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import nl.keukentafel.model.intake.Intake;

/**
 * T5: the network consulted and connected. The rules of thumb (JGZ under 4, school 4–17, GP when health is a concern;
 * ProfessionalRules, waivable in the intake with a reason); each professional has consent for sharing (ConsentRules)
 * or a recorded basis without consent with its justification; and, once the intake is started, the informal network
 * mapped: a contact outside the professionals, or what the network can do written down. Stateless.
 */
final class NetworkRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T5;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return true;
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        List<Finding> findings = new ArrayList<>(IntakeItems.findings(Criterion.T5,
                IntakeCheck.professionalsMissing(facts.intake(), facts.today())));
        for (Contact contact : facts.dossier().contacts()) {
            if (contact.professional() && !shares(facts, contact)) {
                findings.add(Finding.of(Criterion.T5, "T5:consent:" + contact.id(), Household.contactRef(contact), OpenItem.ADD_CONSENT,
                        "intake.open.noConsent", Household.contactName(contact)));
            }
        }
        facts.intake().intake().ifPresent(intake -> {
            boolean informal = facts.dossier().contacts().stream().anyMatch(contact -> !contact.professional());
            if (!informal && Text.isBlank(intake.networkCan())) {
                findings.add(Finding.of(Criterion.T5, "T5:network-unmapped",
                        new RecordRef(RecordKind.INTAKE, intake.id(), Household.dossierId(facts)), Intake.Field.NETWORK_CAN,
                        "check.t5.networkUnmapped"));
            }
        });
        return findings;
    }

    /** Consent that counts, or sharing without consent with its justification written down. */
    static boolean shares(DossierFacts facts, Contact contact) {
        for (Consent consent : facts.intake().consents()) {
            if (!contact.id().equals(consent.partnerContactId())) {
                continue;
            }
            if (ConsentRules.active(consent)
                    || (consent.basis() == ConsentBasis.WITHOUT_CONSENT && !Text.isBlank(consent.justification()))) {
                return true;
            }
        }
        return false;
    }
}
