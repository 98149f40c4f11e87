package nl.keukentafel.logic.genogram.gedcom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The extension tags Keukentafel writes, each declared in {@code HEAD.SCHMA} with its URI as GEDCOM 7 requires. The
 * URIs name the meaning; they need not resolve. See docs/gedcom.md. Constants only.
 */
final class GedcomTags {
    static final String MEMBER = "_KT_MEMBER";
    static final String HOUSEHOLD = "_KT_HH";
    static final String INDEX = "_KT_INDEX";
    static final String LOSS = "_KT_LOSS";
    static final String TWIN = "_KT_TWIN";
    static final String ORDER = "_KT_ORDER";
    static final String EMOTIONAL = "_KT_EMOT";
    static final String SINCE = "_KT_SINCE";
    static final String UNTIL = "_KT_UNTIL";
    static final String UNION = "_KT_UNION";
    static final String PARENT_LINK = "_KT_PLINK";
    static final String NO_COUPLE = "_KT_NOCOUPLE";
    static final String SOURCE = "KEUKENTAFEL";

    /** Tag to URI, in the order HEAD.SCHMA lists them. */
    static final Map<String, String> SCHEMA = schema();

    private GedcomTags() {
    }

    private static Map<String, String> schema() {
        String base = "https://keukentafel.nl/gedcom/";
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(MEMBER, base + "member");
        tags.put(HOUSEHOLD, base + "household");
        tags.put(INDEX, base + "index-person");
        tags.put(LOSS, base + "pregnancy-loss");
        tags.put(TWIN, base + "twin");
        tags.put(ORDER, base + "birth-order");
        tags.put(EMOTIONAL, base + "emot");
        tags.put(SINCE, base + "since");
        tags.put(UNTIL, base + "until");
        tags.put(UNION, base + "union");
        tags.put(PARENT_LINK, base + "parent-link");
        tags.put(NO_COUPLE, base + "no-couple");
        return Collections.unmodifiableMap(tags);
    }
}
