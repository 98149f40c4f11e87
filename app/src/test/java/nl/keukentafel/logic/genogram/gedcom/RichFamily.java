package nl.keukentafel.logic.genogram.gedcom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.genogram.GenogramService;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;

/**
 * A fictional family that uses every part of the genogram, written into a real vault through the services: four
 * household members (with BSN, phone and email, which must never be exported) and relatives over three generations,
 * a marriage and a divorce, a remarriage, birth, adoptive, foster and step links, identical twins, a deceased
 * grandmother, a miscarriage and emotional relations with notes and dates. Not thread-safe.
 */
public final class RichFamily {
    public static final String BSN = "123456782";
    public static final String PHONE = "06-98765432";
    public static final String EMAIL = "wietske@voorbeeld-keukentafel.test";
    public static final String STREET = "Kwikstaartlaan 88";
    public static final String CITY = "Zoutkamperveen";

    public final UUID dossier;
    public final Map<String, UUID> keys = new LinkedHashMap<>();

    private final Session session;
    private final GenogramService genogram;

    private RichFamily(Session session, UUID dossier) {
        this.session = session;
        this.genogram = session.genogram();
        this.dossier = dossier;
    }

    public static RichFamily write(Session session) {
        UUID dossier = session.caseload().createFamily("Familie Hoogeveen-Tjalsma").join();
        session.vault().records().patch(new RecordRef(RecordKind.FAMILY, dossier, dossier),
                Map.of(Family.Field.STREET, STREET, Family.Field.CITY, CITY)).join();
        RichFamily family = new RichFamily(session, dossier);
        family.build();
        return family;
    }

    private void build() {
        member("mother", "Wietske", "Tjalsma", "FEMALE", "14-02-1980", HouseholdRole.PARENT);
        member("stepfather", "Sjoerd", "Hoogeveen", "MALE", "1978", HouseholdRole.PARTNER);
        member("twinA", "Ids", "Bakker", "MALE", "03-06-2007", HouseholdRole.CHILD);
        member("twinB", "Ate", "Bakker", "MALE", "03-06-2007", HouseholdRole.CHILD);
        member("foster", "Noor", "El Idrissi", "OTHER", "21-11-2012", HouseholdRole.CHILD);
        relative("father", Map.of("givenName", "Hessel", "familyName", "Bakker", "gender", "MALE", "birthDate", "1977"));
        relative("grandmother", Map.of("givenName", "Antje", "familyName", "de Vries", "gender", "FEMALE", "birthDate", "1950",
                "deceased", true, "deathDate", "08-09-2015", "note", "Overleed na een lange ziekte.\nMoeder zorgde voor haar."));
        relative("grandfather", Map.of("givenName", "Jelle", "familyName", "Tjalsma", "gender", "MALE", "birthDate", "1948",
                "deceased", true));
        relative("uncle", Map.of("givenName", "Pieter", "familyName", "Tjalsma", "gender", "MALE", "birthDate", "1976"));
        relative("birthMother", Map.of("givenName", "Samira", "familyName", "El Idrissi", "gender", "FEMALE", "birthDate", "ca. 1990"));
        relative("miscarriage", Map.of("gender", "UNKNOWN", "personKind", "MISCARRIAGE", "birthDate", "2014", "note", "@ 12 weken"));
        facts("twinA", Map.of(GenoPerson.Field.MULTIPLE_BIRTH_GROUP, "tweeling", GenoPerson.Field.TWIN_KIND, "IDENTICAL",
                GenoPerson.Field.BIRTH_ORDER, 1));
        facts("twinB", Map.of(GenoPerson.Field.MULTIPLE_BIRTH_GROUP, "tweeling", GenoPerson.Field.TWIN_KIND, "IDENTICAL",
                GenoPerson.Field.BIRTH_ORDER, 2, GenoPerson.Field.NOTE, "Heeft astma."));
        union("grandfather", "grandmother", List.of(new UnionEvent(UnionEventType.MARRIED, "12-05-1974"),
                new UnionEvent(UnionEventType.WIDOWED, "2015")), "");
        union("father", "mother", List.of(new UnionEvent(UnionEventType.COHABITING, "2004"),
                new UnionEvent(UnionEventType.MARRIED, "01-07-2005"), new UnionEvent(UnionEventType.SEPARATED, "2010"),
                new UnionEvent(UnionEventType.DIVORCED, "17-03-2011")), "Omgang via bemiddeling.");
        union("mother", "stepfather", List.of(new UnionEvent(UnionEventType.ENGAGED, ""),
                new UnionEvent(UnionEventType.MARRIED, "zomer 2016")), "");
        link("mother", "grandmother", "BIRTH", "", "");
        link("mother", "grandfather", "BIRTH", "", "");
        link("uncle", "grandmother", "ADOPTIVE", "", "");
        link("uncle", "grandfather", "ADOPTIVE", "", "");
        for (String twin : List.of("twinA", "twinB")) {
            link(twin, "mother", "BIRTH", "", "");
            link(twin, "father", "BIRTH", "", "");
            link(twin, "stepfather", "STEP", "2013", "");
        }
        link("foster", "mother", "FOSTER", "01-09-2019", "Via Jeugdzorg.");
        link("foster", "stepfather", "FOSTER", "01-09-2019", "");
        link("foster", "birthMother", "BIRTH", "", "");
        link("miscarriage", "mother", "BIRTH", "", "");
        link("miscarriage", "stepfather", "BIRTH", "", "");
        relation("mother", "father", "CONFLICT", "2009", "2012", "Ruzie over de omgang.\nNu beter.");
        relation("grandmother", "mother", "CLOSE", "", "", "");
        relation("stepfather", "foster", "CARETAKING", "na de zomer", "", "");
        relation("twinA", "twinB", "FUSED", "", "", "");
        genogram.settings(dossier).join();
        genogram.patch(GenogramService.settingsRef(dossier), Map.of(Genogram.Field.INDEX_PERSON, keys.get("twinA"))).join();
    }

    private void member(String name, String given, String family, String gender, String birth, HouseholdRole role) {
        RecordRef ref = session.dossiers().addMember(dossier, role).join();
        session.vault().records().patch(ref, Map.of(Member.Field.GIVEN_NAME, given, Member.Field.FAMILY_NAME, family,
                Member.Field.GENDER, gender, Member.Field.BIRTH_DATE, birth, Member.Field.BSN, BSN, Member.Field.PHONE, PHONE,
                Member.Field.EMAIL, EMAIL)).join();
        keys.put(name, ref.id());
    }

    private void relative(String name, Map<String, ?> fields) {
        keys.put(name, genogram.addPerson(dossier, fields).join().id());
    }

    private void facts(String member, Map<String, ?> fields) {
        RecordRef ref = genogram.memberPerson(dossier, keys.get(member)).join();
        genogram.patch(ref, fields).join();
    }

    private void union(String partnerA, String partnerB, List<UnionEvent> events, String note) {
        genogram.addUnion(dossier, keys.get(partnerA), keys.get(partnerB), note.isEmpty()
                ? Map.of(GenoUnion.Field.EVENTS, events) : Map.of(GenoUnion.Field.EVENTS, events, GenoUnion.Field.NOTE, note)).join();
    }

    private void link(String child, String parent, String kind, String since, String note) {
        Map<String, Object> more = new LinkedHashMap<>();
        more.put(ParentLink.Field.LINK_KIND, kind);
        if (!since.isEmpty()) {
            more.put(ParentLink.Field.SINCE, since);
        }
        if (!note.isEmpty()) {
            more.put(ParentLink.Field.NOTE, note);
        }
        genogram.linkParent(dossier, keys.get(child), keys.get(parent), more).join();
    }

    private void relation(String from, String to, String type, String since, String until, String note) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(EmotionalRelation.Field.FROM, keys.get(from));
        fields.put(EmotionalRelation.Field.TO, keys.get(to));
        fields.put(EmotionalRelation.Field.RELATION_TYPE, type);
        fields.put(EmotionalRelation.Field.SINCE, since);
        fields.put(EmotionalRelation.Field.UNTIL, until);
        fields.put(EmotionalRelation.Field.NOTE, note);
        genogram.addRelation(dossier, fields).join();
    }
}
