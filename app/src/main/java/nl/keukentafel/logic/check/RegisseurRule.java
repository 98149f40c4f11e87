package nl.keukentafel.logic.check;

import java.util.List;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;

/**
 * T7: one regisseur named, with their organisation and a way to reach them (phone or email). Without a name that is
 * the one finding; a wrongly typed phone or email is an INPUT finding. Stateless.
 */
final class RegisseurRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T7;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return true;
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        Family family = facts.dossier().family();
        RecordRef ref = Household.familyRef(facts);
        if (Text.isBlank(family.regisseurName())) {
            return List.of(Finding.of(Criterion.T7, "T7:no-regisseur", ref, Family.Field.REGISSEUR_NAME, "check.t7.noRegisseur"));
        }
        java.util.ArrayList<Finding> findings = new java.util.ArrayList<>();
        if (Text.isBlank(family.regisseurOrganisation())) {
            findings.add(Finding.of(Criterion.T7, "T7:no-organisation", ref, Family.Field.REGISSEUR_ORGANISATION,
                    "check.t7.noOrganisation", family.regisseurName()));
        }
        if (Text.isBlank(family.regisseurPhone()) && Text.isBlank(family.regisseurEmail())) {
            findings.add(Finding.of(Criterion.T7, "T7:unreachable", ref, Family.Field.REGISSEUR_PHONE, "check.t7.unreachable",
                    family.regisseurName()));
        }
        return findings;
    }
}
