package nl.keukentafel.logic.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainScope;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.Vault;

/**
 * The life-domain list new intakes start with (ADR 0003): the shipped ZRM-2017 list, or a municipality's own file
 * that replaced it. The replacement lives in the vault's settings table, so it is encrypted and goes wherever the
 * vault goes. Replacing it never touches an existing intake: each intake keeps the copy it was started with.
 * Thread-safe.
 */
public final class DomainLists {
    /** The vault_meta key holding the replacing list as JSON; absent means the default. */
    public static final String META_KEY = "intake_domain_list";
    private static final String DEFAULT_RESOURCE = "/intake/domains/zrm-2017.json";
    private static final DomainList DEFAULT = readDefault();

    private final Vault vault;

    public DomainLists(Vault vault) {
        this.vault = vault;
    }

    /** The shipped ZRM-2017 list with the "Kind(eren) in gezin" supplement. */
    public static DomainList defaultList() {
        return DEFAULT;
    }

    /** The list a new intake starts with. */
    public DomainList active() {
        Optional<String> stored = vault.database().read("could not read the domain list", handle -> Vault.meta(handle, META_KEY));
        if (stored.isEmpty()) {
            return DEFAULT;
        }
        DomainListParser.Parsed parsed = DomainListParser.parse(stored.get());
        // only checked lists are ever stored; should one be damaged, new intakes still get a sound list
        return parsed.valid() ? parsed.list() : DEFAULT;
    }

    /**
     * Replaces the active list by a municipality's file, when all of it is right; otherwise changes nothing and
     * answers every problem found.
     */
    public List<ImportProblem> replace(String json) {
        DomainListParser.Parsed parsed = DomainListParser.parse(json);
        if (!parsed.valid()) {
            return parsed.problems();
        }
        String normalised = RecordMapper.write(parsed.list());
        vault.database().write("could not store the domain list", handle -> {
            Vault.setMeta(handle, META_KEY, normalised);
            return null;
        }).join();
        return List.of();
    }

    /** Back to the shipped list for new intakes. */
    public void reset() {
        vault.database().write("could not reset the domain list", handle -> {
            try (var delete = handle.prepareStatement("delete from vault_meta where key = ?")) {
                delete.setString(1, META_KEY);
                delete.executeUpdate();
            }
            return null;
        }).join();
    }

    /**
     * The domains asked about in this family: all adult-and-youth domains, and the household-with-children
     * supplement only when a member is a child.
     */
    public static List<DomainList.DomainDefinition> applicable(DomainList list, List<Member> members) {
        boolean children = members.stream().anyMatch(member -> member.role() == HouseholdRole.CHILD);
        return list.domains().stream()
                .filter(domain -> domain.scope() != DomainScope.HOUSEHOLD_WITH_CHILDREN || children)
                .toList();
    }

    private static DomainList readDefault() {
        try (InputStream stream = DomainLists.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            DomainListParser.Parsed parsed = DomainListParser.parse(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            if (!parsed.valid()) {
                throw new IllegalStateException("the shipped domain list fails its own check: " + parsed.problems());
            }
            return parsed.list();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
