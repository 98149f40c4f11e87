package nl.keukentafel.logic.demo;

import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.PartnerIssue;
import nl.keukentafel.model.plan.PhaseChange;
import nl.keukentafel.model.plan.RegiePhase;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.ScaleTarget;
import nl.keukentafel.model.plan.Scaling;
import nl.keukentafel.store.RecordStore;

/**
 * A demo escalation: the regiekaart moves to phase 3 (onveiligheid), the case is scaled up to Veilig Thuis for advice,
 * and one partner does not keep the agreements (the referrer told). Fixed texts. Not thread-safe.
 */
final class DemoEscalation {
    private DemoEscalation() {
    }

    static void write(PlanService plan, RecordStore records, Dossier dossier, String on) {
        UUID dossierId = dossier.family().id();
        RecordRef phase = plan.addPhaseChange(dossierId).join();
        records.patch(phase, Map.of(PhaseChange.Field.PHASE, RegiePhase.UNSAFE.name(), PhaseChange.Field.SINCE, on,
                PhaseChange.Field.REASON, "Zorgen over de veiligheid na een melding van school",
                PhaseChange.Field.CASUSREGIE, "Wijkteam", PhaseChange.Field.PROCESREGIE, "Veilig Thuis")).join();
        RecordRef scaling = plan.addScaling(dossierId).join();
        records.patch(scaling, Map.of(Scaling.Field.DIRECTION, ScaleDirection.UP.name(), Scaling.Field.TARGET,
                ScaleTarget.VEILIG_THUIS.name(), Scaling.Field.ON, on, Scaling.Field.WHY,
                "Afspraken over de veiligheid worden niet nagekomen", Scaling.Field.OUTCOME, "Advies; casusregie blijft bij het wijkteam"))
                .join();
        dossier.contacts().stream().filter(contact -> contact.professional()).findFirst().ifPresent(contact -> {
            RecordRef issue = plan.addPartnerIssue(dossierId).join();
            records.patch(issue, Map.of(PartnerIssue.Field.CONTACT_ID, contact.id(), PartnerIssue.Field.HAPPENED,
                    "Kwam twee keer niet naar het afgesproken overleg", PartnerIssue.Field.REGISSEUR_DID,
                    "Gebeld en de afspraak opnieuw vastgelegd", PartnerIssue.Field.REFERRER_TOLD_ON, on)).join();
        });
    }
}
