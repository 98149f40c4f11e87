package nl.keukentafel.logic.genogram.ecogram;

import nl.keukentafel.model.intake.Sector;

/** The ecogram's groups around the household, clockwise from the top; several sectors share one (care: JGZ, GP…). */
public enum EcogramGroup {
    FAMILY("ecogram.group.family"),
    FRIENDS("ecogram.group.friends"),
    SCHOOL("ecogram.group.school"),
    CARE("ecogram.group.care"),
    WORK("ecogram.group.work"),
    HOUSING("ecogram.group.housing"),
    JUSTICE("ecogram.group.justice"),
    LEISURE("ecogram.group.leisure"),
    OTHER("ecogram.group.other");

    private final String key;

    EcogramGroup(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static EcogramGroup of(Sector sector) {
        return switch (EcogramGraph.sectorOrOther(sector)) {
            case FAMILY -> FAMILY;
            case FRIENDS_NEIGHBOURS -> FRIENDS;
            case SCHOOL, CHILDCARE -> SCHOOL;
            case YOUTH_HEALTH, GENERAL_PRACTICE, CARE -> CARE;
            case WORK_INCOME -> WORK;
            case HOUSING -> HOUSING;
            case JUSTICE -> JUSTICE;
            case LEISURE -> LEISURE;
            case OTHER -> OTHER;
        };
    }
}
