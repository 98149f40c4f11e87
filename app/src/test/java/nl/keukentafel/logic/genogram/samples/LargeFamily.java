package nl.keukentafel.logic.genogram.samples;

import static nl.keukentafel.logic.genogram.samples.SampleFamilies.event;
import static nl.keukentafel.logic.genogram.samples.SampleFamilies.married;
import static nl.keukentafel.model.Gender.FEMALE;
import static nl.keukentafel.model.Gender.MALE;

import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.model.genogram.UnionEventType;

/** The 44-person, four-generation sample: two founding families joined by a marriage, and their descendants. */
final class LargeFamily {
    private LargeFamily() {
    }

    static FamilyGraph build() {
        FamilyBuilder family = new FamilyBuilder("large");
        UUID bert = family.man("Bert Smit", "1925");
        UUID gerda = family.woman("Gerda Smit-Hol", "1928");
        family.deceased(bert, "1999").deceased(gerda, "2010");
        UUID smits = family.couple(bert, gerda, married("1948"));
        UUID johan = family.man("Johan Kramer", "1930");
        UUID rika = family.woman("Rika Kramer-Zwart", "1932");
        family.deceased(johan, "2005");
        UUID kramers = family.couple(johan, rika, married("1953"));

        UUID hans = family.child(smits, "Hans Smit", MALE, "1950");
        UUID joke = family.child(smits, "Joke Smit", FEMALE, "1953");
        UUID wim = family.child(smits, "Wim Smit", MALE, "1957");
        UUID ria = family.child(kramers, "Ria Kramer", FEMALE, "1955");
        UUID gert = family.child(kramers, "Gert Kramer", MALE, "1958");
        UUID piet = family.man("Piet de Jong", "1951");
        UUID kees = family.man("Kees Aalbers", "1956");
        UUID ineke = family.woman("Ineke Kramer-Roos", "1960");
        UUID sylvia = family.woman("Sylvia Kramer-Lam", "1965");
        UUID hansRia = family.couple(hans, ria, married("1975"));
        UUID jokePiet = family.couple(joke, piet, married("1976"));
        family.couple(wim, kees, event(UnionEventType.REGISTERED_PARTNERSHIP, "1998"));
        UUID gertIneke = family.couple(gert, ineke, married("1983"), event(UnionEventType.DIVORCED, "1990"));
        UUID gertSylvia = family.couple(gert, sylvia, married("1993"));

        UUID marieke = family.child(hansRia, "Marieke Smit", FEMALE, "1976");
        UUID robert = family.child(hansRia, "Robert Smit", MALE, "1979");
        UUID anouk = family.child(hansRia, "Anouk Smit", FEMALE, "7-7-1983");
        UUID iris = family.child(hansRia, "Iris Smit", FEMALE, "7-7-1983");
        family.twins(TwinKind.IDENTICAL, anouk, iris);
        UUID kevin = family.child(jokePiet, "Kevin de Jong", MALE, "1978");
        UUID linda = family.child(jokePiet, "Linda de Jong", FEMALE, "1980");
        UUID dennis = family.child(gertIneke, "Dennis Kramer", MALE, "1985");
        family.child(gertSylvia, "Yara Kramer", FEMALE, "1995");

        UUID tom = family.man("Tom Brouwer", "1974");
        UUID sandra = family.woman("Sandra Smit-Wever", "1981");
        UUID bas = family.man("Bas Mol", "1980");
        UUID ruben = family.man("Ruben Lagerweij", "1982");
        UUID mohamed = family.man("Mohamed el Amrani", "1978");
        UUID jolanda = family.woman("Jolanda Pauw", "1982");
        UUID naomi = family.woman("Naomi Kramer-Bleeker", "1987");
        UUID mariekeTom = family.couple(marieke, tom, married("2000"));
        UUID robertSandra = family.couple(robert, sandra, married("2006"), event(UnionEventType.SEPARATED, "2020"));
        UUID anoukBas = family.couple(anouk, bas, event(UnionEventType.COHABITING, "2013"));
        UUID irisRuben = family.couple(iris, ruben, married("2009"));
        UUID lindaMohamed = family.couple(linda, mohamed, married("2004"));
        UUID kevinJolanda = family.couple(kevin, jolanda, event(UnionEventType.COHABITING, "2010"));
        UUID dennisNaomi = family.couple(dennis, naomi, married("2015"));

        family.child(mariekeTom, "Sophie Brouwer", FEMALE, "2002");
        family.child(mariekeTom, "Lucas Brouwer", MALE, "2005");
        UUID amir = family.man("Amir Haddad", "2010");
        UUID fatima = family.woman("Fatima Haddad", "1991");
        family.link(amir, fatima, ParentLinkKind.BIRTH).linkToCouple(amir, mariekeTom, ParentLinkKind.FOSTER);
        family.child(robertSandra, "Noah Smit", MALE, "2008");
        UUID emma = family.child(robertSandra, "Emma Smit", FEMALE, "2010");
        family.child(robertSandra, "Liam Smit", MALE, "2013");
        family.child(lindaMohamed, "Sara el Amrani", FEMALE, "2006");
        family.child(lindaMohamed, "Adam el Amrani", MALE, "2009");
        family.child(anoukBas, "Olivia Mol", FEMALE, "2015");
        family.child(irisRuben, "Daan Lagerweij", MALE, "2011");
        family.child(irisRuben, "Tijn Lagerweij", MALE, "2012");
        family.child(kevinJolanda, "Mees de Jong", MALE, "2012");
        family.child(kevinJolanda, "Jip de Jong", FEMALE, "2014");
        family.child(dennisNaomi, "Vince Kramer", MALE, "2016");
        return family.household(robert, emma).index(emma).build();
    }
}
