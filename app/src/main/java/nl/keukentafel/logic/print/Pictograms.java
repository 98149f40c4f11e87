package nl.keukentafel.logic.print;

import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The pictograms of the parent and child plans: one per life domain of the default list and for who, when and done,
 * taken from the Material icons the app already ships through Ikonli (the glyph codes of its outlined font). A
 * municipality's own domain without a picture gets the flag. Stateless and thread-safe.
 */
final class Pictograms {
    static final char WHO = glyph(Material2OutlinedMZ.PERSON);
    static final char WHEN = glyph(Material2OutlinedAL.EVENT);
    static final char DONE = glyph(Material2OutlinedAL.CHECK_CIRCLE);
    static final char PHONE = glyph(Material2OutlinedMZ.PHONE);
    static final char GOES_WELL = glyph(Material2OutlinedMZ.STAR);
    static final char GOAL = glyph(Material2OutlinedAL.FLAG);
    static final char PEOPLE = glyph(Material2OutlinedMZ.PEOPLE);
    static final char IDEA = glyph(Material2OutlinedAL.LIGHTBULB);
    private static final char OTHER_DOMAIN = GOAL;
    private static final Map<String, Character> DOMAINS = Map.ofEntries(
            Map.entry("financien", glyph(Material2OutlinedAL.EURO)),
            Map.entry("werk-opleiding", glyph(Material2OutlinedMZ.WORK)),
            Map.entry("tijdsbesteding", glyph(Material2OutlinedMZ.SPORTS_SOCCER)),
            Map.entry("huisvesting", glyph(Material2OutlinedAL.HOME)),
            Map.entry("huiselijke-relaties", glyph(Material2OutlinedAL.FAMILY_RESTROOM)),
            Map.entry("geestelijke-gezondheid", glyph(Material2OutlinedMZ.PSYCHOLOGY)),
            Map.entry("lichamelijke-gezondheid", glyph(Material2OutlinedAL.LOCAL_HOSPITAL)),
            Map.entry("middelengebruik", glyph(Material2OutlinedMZ.SMOKE_FREE)),
            Map.entry("basale-adl", glyph(Material2OutlinedAL.BATHTUB)),
            Map.entry("instrumentele-adl", glyph(Material2OutlinedAL.ACCESSIBILITY)),
            Map.entry("sociaal-netwerk", glyph(Material2OutlinedAL.GROUPS)),
            Map.entry("maatschappelijke-participatie", glyph(Material2OutlinedAL.EMOJI_PEOPLE)),
            Map.entry("justitie", glyph(Material2OutlinedAL.GAVEL)),
            Map.entry("gezinsstructuur", glyph(Material2OutlinedAL.FAMILY_RESTROOM)),
            Map.entry("lichamelijke-verzorging", glyph(Material2OutlinedAL.CHILD_CARE)),
            Map.entry("emotionele-ondersteuning", glyph(Material2OutlinedAL.FAVORITE_BORDER)),
            Map.entry("socialisering", glyph(Material2OutlinedAL.CHILD_FRIENDLY)),
            Map.entry("opvang", glyph(Material2OutlinedAL.HOME)),
            Map.entry("scholing", glyph(Material2OutlinedMZ.SCHOOL)));

    private Pictograms() {
    }

    static char domain(String code) {
        return DOMAINS.getOrDefault(code, OTHER_DOMAIN);
    }

    private static char glyph(Ikon icon) {
        return (char) icon.getCode();
    }
}
