package nl.keukentafel.logic.genogram.ecogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportDirection;
import nl.keukentafel.model.genogram.SupportKind;
import nl.keukentafel.model.intake.Sector;

/**
 * The ecogram as plain facts: the household's name and the members who live in it, the members who live elsewhere (a
 * father with his own address: family, drawn outside the household circle), and every network contact of the dossier
 * plus the extra persons and organisations of its eco links, each with its group and its line. Nodes are sorted by
 * group, then name, then id, so the same dossier always gives the same picture. Immutable.
 */
public record EcogramGraph(String household, List<String> members, List<Node> nodes, List<Relative> elsewhere) {
    public EcogramGraph {
        members = List.copyOf(members);
        nodes = List.copyOf(nodes);
        elsewhere = List.copyOf(elsewhere);
    }

    /** A household without members living elsewhere. */
    public EcogramGraph(String household, List<String> members, List<Node> nodes) {
        this(household, members, nodes, List.of());
    }

    /** A member of the family who lives elsewhere; the id is the member's. */
    public record Relative(UUID id, String name) {
    }

    /** One contact around the household. Strength null means a contact without an ecogram line of its own yet. */
    public record Node(UUID id, String name, String organisation, EcogramGroup group, LinkStrength strength, SupportDirection direction,
                       List<SupportKind> support) {
        public Node {
            support = support == null ? List.of() : List.copyOf(support);
        }
    }

    public static EcogramGraph from(GenogramState state) {
        Map<UUID, EcoLink> byContact = state.ecoLinks().stream().filter(link -> link.contactId() != null)
                .collect(Collectors.toMap(EcoLink::contactId, Function.identity(), (first, second) -> first));
        List<Node> nodes = new ArrayList<>();
        for (Contact contact : state.dossier().contacts()) {
            EcoLink link = byContact.get(contact.id());
            String organisation = Contact.organisationBeside(contact.name(), contact.organisation());
            nodes.add(link == null ? new Node(contact.id(), contact.name(), organisation, EcogramGroup.of(contact.sector()), null,
                    null, null) : new Node(contact.id(), contact.name(), organisation, EcogramGroup.of(contact.sector()),
                    link.strength(), link.direction(), link.supportKinds()));
        }
        for (EcoLink link : state.ecoLinks()) {
            if (link.contactId() == null) {
                nodes.add(new Node(link.id(), link.name(), null, EcogramGroup.of(link.sector()), link.strength(), link.direction(),
                        link.supportKinds()));
            }
        }
        nodes.sort(Comparator.comparing(Node::group).thenComparing(node -> node.name() == null ? "" : node.name())
                .thenComparing(Node::id));
        // A member without a residence was written before the field existed: the app's default is "in the household".
        List<String> members = state.dossier().members().stream().filter(EcogramGraph::livesIn).map(Member::fullName).toList();
        List<Relative> elsewhere = state.dossier().members().stream().filter(member -> !livesIn(member))
                .map(member -> new Relative(member.id(), member.fullName())).toList();
        return new EcogramGraph(state.dossier().family().householdName(), members, nodes, elsewhere);
    }

    private static boolean livesIn(Member member) {
        return member.residence() == null || member.residence() == Residence.IN_HOUSEHOLD;
    }

    /** Unused sectors fall in OTHER. */
    static Sector sectorOrOther(Sector sector) {
        return sector == null ? Sector.OTHER : sector;
    }
}
