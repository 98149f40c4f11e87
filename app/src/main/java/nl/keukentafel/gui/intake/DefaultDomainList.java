package nl.keukentafel.gui.intake;

import java.util.List;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainScope;

/** Stand-in for the shipped ZRM-2017 list until the logic's resource file is available. Stateless. */
final class DefaultDomainList {
    private DefaultDomainList() {
    }

    static DomainList zrm2017() {
        List<DomainList.ScoreLevel> levels = List.of(new DomainList.ScoreLevel(1, "acute problematiek"),
                new DomainList.ScoreLevel(2, "niet zelfredzaam"), new DomainList.ScoreLevel(3, "beperkt zelfredzaam"),
                new DomainList.ScoreLevel(4, "voldoende zelfredzaam"), new DomainList.ScoreLevel(5, "volledig zelfredzaam"));
        return new DomainList("zrm-2017", 1, "Zelfredzaamheid-Matrix 2017", levels, List.of(
                adult("financien", "Financiën", "Geldzaken"), adult("werk", "Werk & opleiding", "Werk & opleiding"),
                adult("tijdsbesteding", "Tijdsbesteding", "Tijdsbesteding"), adult("huisvesting", "Huisvesting", "Woning"),
                adult("huiselijke-relaties", "Huiselijke relaties", "Relaties thuis"),
                adult("geestelijke-gezondheid", "Geestelijke gezondheid", "Geestelijke gezondheid"),
                adult("lichamelijke-gezondheid", "Lichamelijke gezondheid", "Lichamelijke gezondheid"),
                adult("middelengebruik", "Middelengebruik", "Verslaving"), adult("basale-adl", "Basale ADL", "Zelfzorg"),
                adult("instrumentele-adl", "Instrumentele ADL", "Dagelijkse activiteiten"),
                adult("sociaal-netwerk", "Sociaal netwerk", "Sociaal netwerk"),
                adult("participatie", "Maatschappelijke participatie", "Inzet voor de maatschappij"),
                adult("justitie", "Justitie", "Justitie"),
                new DomainList.DomainDefinition("kinderen", "Kind(eren) in gezin", "Kinderen", DomainScope.HOUSEHOLD_WITH_CHILDREN)));
    }

    private static DomainList.DomainDefinition adult(String code, String label, String clientLabel) {
        return new DomainList.DomainDefinition(code, label, clientLabel, DomainScope.ADULT_AND_YOUTH);
    }
}
