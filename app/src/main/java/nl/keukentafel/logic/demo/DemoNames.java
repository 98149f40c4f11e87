package nl.keukentafel.logic.demo;

import java.util.List;

/**
 * Word lists for demo data. The family names are Dutch-looking but made up (sweets, flowers, toys), so no
 * demo dossier can be mistaken for a real person; streets and towns are invented, e-mail goes to the
 * reserved {@code .example} domain and phone numbers to the unissued 06-00 range. Immutable.
 */
final class DemoNames {
    static final List<String> FAMILY_NAMES = List.of("Zonnebloem", "Klaproos", "Wolkenveld", "Tulpenkamp", "Pepernoot",
            "Hagelslag", "Stroopwafel", "Knikkerbaan", "van der Vlierbes", "Paddenstoel", "Boterbloem", "Zandkasteel",
            "Drijfhout", "Kwetterbos", "Lampion", "Sterrenkijker", "Theelepel", "van Dropveter", "Regenwolk", "Vlinderkamp",
            "Appelflap", "Kokosmakroon", "Duinroos", "Walnoot", "Kievitsbloem", "Slakkenhuis", "ter Pannenkoek", "van Kapstok",
            "Bolderkar", "de Speelgoedkist", "Spekkoek", "Ganzenbord", "Hoepelaar", "Vliegervelt", "Knotwilg", "Muizenest");
    static final List<String> FEMALE = List.of("Sanne", "Lotte", "Femke", "Noor", "Lieke", "Tess", "Yara", "Amira", "Anouk",
            "Fenna", "Zeynep", "Saar", "Ilse", "Roos", "Evi", "Ëlla", "Mila", "Nadia");
    static final List<String> MALE = List.of("Daan", "Bram", "Joris", "Sem", "Mees", "Finn", "Ravi", "Youssef", "Thijs",
            "Jesse", "Milan", "Luuk", "Gijs", "Ties", "Özcan", "Koen", "Bilal", "Ruben");
    static final List<String> STREETS = List.of("Verzonnenlaan", "Denkbeeldstraat", "Sprookjesweg", "Fabelhof", "Droomgaard",
            "Kabouterpad", "Verhaaltjesplein", "Fictiestraat");
    static final List<String> TOWNS = List.of("Voorbeeldstad", "Verzindorp", "Fantasiedam", "Denkbeeldhoven");
    static final List<String> GRANDMOTHERS = List.of("Oma Truus", "Oma Riek", "Oma Fatma", "Oma Joke");
    static final List<String> NEIGHBOURS = List.of("Buurvrouw Ans", "Buurman Kees", "Buurvrouw Samira", "Buurman Wim");

    private DemoNames() {
    }
}
