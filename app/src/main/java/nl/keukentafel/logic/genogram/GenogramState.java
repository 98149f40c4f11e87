package nl.keukentafel.logic.genogram;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.Genogram;
import nl.keukentafel.model.genogram.ParentLink;

/**
 * A dossier's genogram and ecogram records as read at one moment, with the dossier (members, contacts).
 * {@code unreadable}: genogram records that could not be read and are left out (shown as a count, never a crash).
 * Immutable.
 */
public record GenogramState(
        Dossier dossier,
        Optional<Genogram> settings,
        List<GenoPerson> persons,
        List<GenoUnion> unions,
        List<ParentLink> parentLinks,
        List<EmotionalRelation> relations,
        List<EcoLink> ecoLinks,
        int unreadable) {

    public GenogramState(Dossier dossier, Optional<Genogram> settings, List<GenoPerson> persons, List<GenoUnion> unions,
                         List<ParentLink> parentLinks, List<EmotionalRelation> relations, List<EcoLink> ecoLinks) {
        this(dossier, settings, persons, unions, parentLinks, relations, ecoLinks, 0);
    }

    public GenogramState {
        persons = List.copyOf(persons);
        unions = List.copyOf(unions);
        parentLinks = List.copyOf(parentLinks);
        relations = List.copyOf(relations);
        ecoLinks = List.copyOf(ecoLinks);
    }

    /** A household member (edited in the members tab), not a relative drawn in the genogram only. */
    public boolean isMember(UUID key) {
        return dossier.members().stream().anyMatch(member -> member.id().equals(key));
    }

    /** The links from {@code child} to its parents, in stored order. */
    public List<ParentLink> parentLinksOf(UUID child) {
        return parentLinks.stream().filter(link -> child.equals(link.child())).toList();
    }

    /** The last stored couple {@code key} is part of. */
    public Optional<GenoUnion> latestUnion(UUID key) {
        GenoUnion latest = null;
        for (GenoUnion union : unions) {
            if (key.equals(union.partnerA()) || key.equals(union.partnerB())) {
                latest = union;
            }
        }
        return Optional.ofNullable(latest);
    }
}
