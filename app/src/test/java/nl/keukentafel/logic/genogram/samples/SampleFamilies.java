package nl.keukentafel.logic.genogram.samples;

import static nl.keukentafel.model.Gender.FEMALE;
import static nl.keukentafel.model.Gender.MALE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.RelationType;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Fictional families that exercise the layout rules (ADR 0004), for tests, the benchmark, the demo and the exports.
 * Names are unique within a family so tests can find persons by name. Ages are as of {@link FamilyBuilder#TODAY}.
 * Stateless, thread-safe.
 */
public final class SampleFamilies {
    private SampleFamilies() {
    }

    /** Every named sample, in a fixed order (file names for exports). */
    public static Map<String, Supplier<FamilyGraph>> all() {
        Map<String, Supplier<FamilyGraph>> all = new LinkedHashMap<>();
        all.put("nuclear", SampleFamilies::nuclear);
        all.put("remarriage", SampleFamilies::remarriage);
        all.put("foster", SampleFamilies::foster);
        all.put("twins", SampleFamilies::twins);
        all.put("deceased-parent", SampleFamilies::deceasedParent);
        all.put("three-generations", SampleFamilies::threeGenerations);
        all.put("large", SampleFamilies::large);
        all.put("grandmothers-flat", SampleFamilies::grandmothersFlat);
        all.put("father-elsewhere", SampleFamilies::fatherElsewhere);
        all.put("long-names", SampleFamilies::longNames);
        all.put("raised-by-grandmother", SampleFamilies::raisedByGrandmother);
        return all;
    }

    static UnionEvent married(String date) {
        return new UnionEvent(UnionEventType.MARRIED, date);
    }

    static UnionEvent event(UnionEventType type, String date) {
        return new UnionEvent(type, date);
    }

    /** Father, mother and three children in one household. */
    public static FamilyGraph nuclear() {
        FamilyBuilder family = new FamilyBuilder("nuclear");
        UUID father = family.man("Ruud Bakhuis", "14-2-1980");
        UUID mother = family.woman("Petra Bakhuis-Lont", "3-9-1982");
        UUID couple = family.couple(father, mother, married("12-6-2008"));
        UUID daughter = family.child(couple, "Lotte Bakhuis", FEMALE, "2-1-2010");
        UUID son = family.child(couple, "Daan Bakhuis", MALE, "19-7-2012");
        UUID youngest = family.child(couple, "Fenna Bakhuis", FEMALE, "30-11-2016");
        return family.household(father, mother, daughter, son, youngest).index(son).build();
    }

    /**
     * Mark was married to Ellen (two children, divorced) and lives with Sanne (two children); Ellen remarried Peter
     * (one child). Mark's parents are drawn. Each child belongs under its own couple; half-siblings are not mixed.
     */
    public static FamilyGraph remarriage() {
        FamilyBuilder family = new FamilyBuilder("remarriage");
        UUID grandfather = family.man("Henk Verwoerd", "1948");
        UUID grandmother = family.woman("Toos Verwoerd-Smit", "1950");
        UUID grandparents = family.couple(grandfather, grandmother, married("1971"));
        UUID aunt = family.child(grandparents, "Ingrid Verwoerd", FEMALE, "8-8-1972");
        UUID mark = family.child(grandparents, "Mark Verwoerd", MALE, "21-4-1975");
        UUID ellen = family.woman("Ellen Kooistra", "2-2-1976");
        UUID sanne = family.woman("Sanne de Graaf", "17-10-1984");
        UUID peter = family.man("Peter Hoekstra", "1973");
        UUID first = family.couple(mark, ellen, married("5-5-1998"), event(UnionEventType.DIVORCED, "1-3-2008"));
        UUID second = family.couple(mark, sanne, event(UnionEventType.COHABITING, "2010"));
        UUID ellenAndPeter = family.couple(ellen, peter, married("2011"));
        family.child(first, "Jesse Verwoerd", MALE, "12-1-1999");
        family.child(first, "Noor Verwoerd", FEMALE, "30-6-2002");
        UUID sem = family.child(second, "Sem Verwoerd", MALE, "4-4-2011");
        UUID fleur = family.child(second, "Fleur Verwoerd", FEMALE, "9-9-2014");
        family.child(ellenAndPeter, "Lieke Hoekstra", FEMALE, "2013");
        family.relation(mark, ellen, RelationType.CONFLICT);
        return family.household(mark, sanne, sem, fleur).index(mark).build();
    }

    /**
     * Foster parents Wim and Ans with their own son, and foster daughter Kim who lives with them; Kim's birth parents
     * (separated) and her birth brother are drawn too.
     */
    public static FamilyGraph foster() {
        FamilyBuilder family = new FamilyBuilder("foster");
        UUID wim = family.man("Wim Jansen", "1970");
        UUID ans = family.woman("Ans Jansen-Visser", "1972");
        UUID fosterParents = family.couple(wim, ans, married("1995"));
        UUID own = family.child(fosterParents, "Bram Jansen", MALE, "1-5-2000");
        UUID birthMother = family.woman("Chantal Meijer", "1990");
        UUID birthFather = family.man("Dennis Bos", "1988");
        UUID birthParents = family.couple(birthFather, birthMother, event(UnionEventType.COHABITING, "2008"),
                event(UnionEventType.SEPARATED, "2013"));
        family.child(birthParents, "Tim Bos", MALE, "2009");
        UUID kim = family.child(birthParents, "Kim Bos", FEMALE, "14-3-2012");
        family.linkToCouple(kim, fosterParents, ParentLinkKind.FOSTER);
        return family.household(wim, ans, own, kim).index(kim).build();
    }

    /** A couple with an older son, identical twin boys, fraternal twins (a girl and a boy) and a younger daughter. */
    public static FamilyGraph twins() {
        FamilyBuilder family = new FamilyBuilder("twins");
        UUID father = family.man("Erik Dijkstra", "1978");
        UUID mother = family.woman("Marloes Dijkstra-Veen", "1980");
        UUID couple = family.couple(father, mother, married("2003"));
        family.child(couple, "Thijs Dijkstra", MALE, "4-4-2005");
        UUID luuk = family.child(couple, "Luuk Dijkstra", MALE, "20-8-2008");
        UUID stijn = family.child(couple, "Stijn Dijkstra", MALE, "20-8-2008");
        UUID eva = family.child(couple, "Eva Dijkstra", FEMALE, "1-2-2011");
        UUID finn = family.child(couple, "Finn Dijkstra", MALE, "1-2-2011");
        family.child(couple, "Roos Dijkstra", FEMALE, "6-6-2014");
        family.twins(TwinKind.IDENTICAL, luuk, stijn).twins(TwinKind.FRATERNAL, eva, finn);
        return family.index(luuk).build();
    }

    /** Mother died; father remarried; the children of both marriages, a miscarriage, and the mother's parents. */
    public static FamilyGraph deceasedParent() {
        FamilyBuilder family = new FamilyBuilder("deceased");
        UUID grandfather = family.man("Jan Mulder", "1945");
        UUID grandmother = family.woman("Riet Mulder-de Wit", "1947");
        family.deceased(grandfather, "2015");
        UUID grandparents = family.couple(grandfather, grandmother, married("1968"));
        UUID mother = family.child(grandparents, "Karin Mulder", FEMALE, "11-11-1975");
        family.deceased(mother, "3-3-2019");
        UUID father = family.man("Frank Peters", "1973");
        UUID first = family.couple(father, mother, married("2001"), event(UnionEventType.WIDOWED, "3-3-2019"));
        family.child(first, "Julia Peters", FEMALE, "2003");
        family.child(first, "Lars Peters", MALE, "2006");
        UUID newWife = family.woman("Monique Peters-Vos", "1979");
        UUID second = family.couple(father, newWife, married("2021"));
        UUID loss = family.child(second, "(miskraam 2022)", Gender.UNKNOWN, "2022");
        family.kind(loss, PersonKind.MISCARRIAGE);
        UUID baby = family.child(second, "Mila Peters", FEMALE, "2024");
        return family.household(father, newWife, baby).index(father).build();
    }

    /** Grandparents on both sides, the parents with their siblings, and the children. */
    public static FamilyGraph threeGenerations() {
        FamilyBuilder family = new FamilyBuilder("three");
        UUID paternalGrandfather = family.man("Gerrit de Boer", "1950");
        UUID paternalGrandmother = family.woman("Willy de Boer-Post", "1952");
        UUID paternal = family.couple(paternalGrandfather, paternalGrandmother, married("1974"));
        UUID maternalGrandfather = family.man("Kees Vermeulen", "1949");
        UUID maternalGrandmother = family.woman("Annie Vermeulen-Kok", "1951");
        family.deceased(maternalGrandfather, "2020");
        UUID maternal = family.couple(maternalGrandfather, maternalGrandmother, married("1973"));
        family.child(paternal, "Marco de Boer", MALE, "1975");
        UUID father = family.child(paternal, "Sander de Boer", MALE, "1978");
        UUID mother = family.child(maternal, "Linda Vermeulen", FEMALE, "1980");
        family.child(maternal, "Esther Vermeulen", FEMALE, "1983");
        UUID parents = family.couple(father, mother, married("2006"));
        UUID first = family.child(parents, "Tess de Boer", FEMALE, "2008");
        UUID second = family.child(parents, "Milan de Boer", MALE, "2011");
        return family.household(father, mother, first, second).index(second).build();
    }

    /**
     * The domain story: a mother with four children living in the grandmother's flat. The grandmother is a member of the
     * household and linked as the mother's mother (her late husband and the mother's sister are drawn outside it); the
     * children's father lives elsewhere, separated from the mother.
     */
    public static FamilyGraph grandmothersFlat() {
        FamilyBuilder family = new FamilyBuilder("flat");
        UUID grandfather = family.man("Bep Wulfsberg", "1950");
        family.deceased(grandfather, "2018");
        UUID grandmother = family.woman("Truus Wulfsberg-Lam", "1953");
        UUID grandparents = family.couple(grandfather, grandmother, married("1974"));
        UUID aunt = family.child(grandparents, "Ilse Wulfsberg", FEMALE, "1976");
        UUID mother = family.child(grandparents, "Els Wulfsberg", FEMALE, "1981");
        UUID father = family.man("Ramon Diaz", "ongeveer 45");
        UUID parents = family.couple(father, mother, event(UnionEventType.COHABITING, "2006"), event(UnionEventType.SEPARATED, "2021"));
        UUID first = family.child(parents, "Noa Wulfsberg", FEMALE, "2007");
        UUID second = family.child(parents, "Milan Wulfsberg", MALE, "2009");
        UUID third = family.child(parents, "Jade Wulfsberg", FEMALE, "05-2013");
        UUID fourth = family.child(parents, "Luca Wulfsberg", MALE, "2016");
        family.relation(aunt, mother, RelationType.CONFLICT);
        return family.household(grandmother, mother, first, second, third, fourth).index(third).build();
    }

    /**
     * The other domain story: a mother with three children; the father lives elsewhere with a new partner. The mother
     * was married before (divorced, one daughter living with her too), so she has two partners drawn.
     */
    public static FamilyGraph fatherElsewhere() {
        FamilyBuilder family = new FamilyBuilder("elsewhere");
        UUID mother = family.woman("Sandra Bos", "ongeveer 40");
        UUID former = family.man("Erwin Kok", "1980");
        UUID father = family.man("Kevin Smits", "1984");
        UUID newPartner = family.woman("Anouk Ros", "1990");
        UUID first = family.couple(former, mother, married("2005"), event(UnionEventType.DIVORCED, "2009"));
        UUID second = family.couple(mother, father, event(UnionEventType.COHABITING, "2011"), event(UnionEventType.SEPARATED, "2022"));
        family.couple(father, newPartner, event(UnionEventType.COHABITING, "2023"));
        UUID eldest = family.child(first, "Romy Kok", FEMALE, "2006");
        UUID a = family.child(second, "Tim Smits", MALE, "2012");
        UUID b = family.child(second, "Lisa Smits", FEMALE, "2014");
        UUID c = family.child(second, "Bo Smits", MALE, "2018");
        return family.household(mother, eldest, a, b, c).index(a).build();
    }

    /**
     * Long names side by side (fictional, with the letters of Turkish, Polish and Dutch names), a great-aunt living in
     * the household, a child living elsewhere between two who live at home, and an estimated age.
     */
    public static FamilyGraph longNames() {
        FamilyBuilder family = new FamilyBuilder("long");
        UUID grandfather = family.man("Mehmet Şahin-Ağaoğlu", "1949");
        UUID grandmother = family.woman("Grażyna Łukasik-Wiśniewska", "1952");
        UUID grandparents = family.couple(grandfather, grandmother, married("1972"));
        UUID greatAunt = family.woman("Małgorzata Łukasik", "ongeveer 80");
        UUID zoe = family.child(grandparents, "Zoë Şahin-Łukasik", FEMALE, "1979");
        UUID uncle = family.child(grandparents, "Barış Şahin-Łukasik", MALE, "1983");
        UUID partner = family.man("Johannes van der Heijden-Vermeulen", "1977");
        UUID parents = family.couple(partner, zoe, married("2004"));
        UUID one = family.child(parents, "Anne-Sophie van der Heijden", FEMALE, "2005");
        family.child(parents, "Maximiliaan van der Heijden", MALE, "2007");
        UUID three = family.child(parents, "Emre Şahin van der Heijden", MALE, "2009");
        UUID four = family.child(parents, "Wiktoria van der Heijden", FEMALE, "2012");
        UUID five = family.child(parents, "Ezgi-Nur van der Heijden", FEMALE, "2015");
        family.relation(uncle, zoe, RelationType.CLOSE);
        return family.household(greatAunt, zoe, partner, one, three, four, five).index(four).build();
    }

    /**
     * A grandmother raising her grandson: both live in the household, his mother (her daughter) lives elsewhere between
     * them, one row down from the grandmother and one up from the boy; the grandmother is a lone parent (no grandfather
     * drawn), the boy's father is unknown.
     */
    public static FamilyGraph raisedByGrandmother() {
        FamilyBuilder family = new FamilyBuilder("raised");
        UUID grandmother = family.woman("Gerda Pronk", "ongeveer 65");
        UUID mother = family.woman("Demi Pronk", "1988");
        family.link(mother, grandmother, ParentLinkKind.BIRTH);
        UUID uncle = family.man("Rick Pronk", "1985");
        family.link(uncle, grandmother, ParentLinkKind.BIRTH);
        UUID boy = family.man("Jayden Pronk", "2015");
        family.link(boy, mother, ParentLinkKind.BIRTH);
        return family.household(grandmother, boy).index(boy).build();
    }

    /** More than forty people over four generations: aunts, uncles, cousins, a remarriage, twins, a foster child. */
    public static FamilyGraph large() {
        return LargeFamily.build();
    }

    /**
     * The sample families and, for the drawing rules' tests, seeded random families with a random third of their
     * members living in one household (spread over rows and between others), as test arguments (name, graph).
     */
    public static Stream<Arguments> withRandomHouseholds() {
        Stream<Arguments> samples = all().entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue().get()));
        Stream<Arguments> random = LongStream.rangeClosed(1, 8)
                .mapToObj(seed -> Arguments.of("random-" + seed, randomHousehold(seed)));
        return Stream.concat(samples, random);
    }

    private static FamilyGraph randomHousehold(long seed) {
        FamilyGraph family = random(20 + (int) (seed % 3) * 10, seed);
        Random chance = new Random(seed);
        return new FamilyGraph(family.persons().stream().map(p -> new FamilyGraph.Person(p.key(), p.name(), p.gender(), p.kind(),
                p.birth(), p.birthSortKey(), p.death(), p.deceased(), p.age(), p.index(), chance.nextInt(3) == 0, p.twinGroup(),
                p.twinKind(), p.birthOrder(), p.pinnedX(), p.pinnedY())).toList(), family.couples(), family.parentEdges(),
                family.relations());
    }

    /** A seeded random family of about {@code people} persons (see {@link RandomFamilies}). */
    public static FamilyGraph random(int people, long seed) {
        return RandomFamilies.generate(people, seed);
    }
}
