package nl.keukentafel.logic.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainScope;
import nl.keukentafel.store.RecordMapper;

/**
 * Reads a domain-list file (the shape of {@code intake/domains/zrm-2017.json}) and checks all of it before anyone uses
 * it: a municipality's file replaces the default only when nothing is wrong, so every problem is listed at once, each
 * naming the domain (position and code) it is about. Stateless and thread-safe.
 */
public final class DomainListParser {
    private static final int LOWEST_SCORE = 1;
    private static final int HIGHEST_SCORE = 5;

    private DomainListParser() {
    }

    /** The list, or the problems that keep it out. */
    public record Parsed(DomainList list, List<ImportProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Parsed parse(String json) {
        JsonNode root;
        try {
            root = RecordMapper.json().readTree(json);
        } catch (JsonProcessingException broken) {
            int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNr();
            return new Parsed(null, List.of(ImportProblem.of("intake.domains.problem.notJson", line)));
        }
        return check(root);
    }

    /** Checks an already parsed tree (also the snapshot inside an intake file). */
    public static Parsed check(JsonNode root) {
        if (root == null || !root.isObject()) {
            return new Parsed(null, List.of(ImportProblem.of("intake.domains.problem.notAnObject")));
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (text(root, "id").isBlank()) {
            problems.add(ImportProblem.of("intake.domains.problem.id"));
        }
        if (!root.path("version").canConvertToInt() || !root.path("version").isIntegralNumber() || root.path("version").asInt() < 1) {
            problems.add(ImportProblem.of("intake.domains.problem.version"));
        }
        if (text(root, "name").isBlank()) {
            problems.add(ImportProblem.of("intake.domains.problem.name"));
        }
        checkLevels(root.path("levels"), problems);
        checkDomains(root.path("domains"), problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        try {
            return new Parsed(RecordMapper.json().treeToValue(root, DomainList.class), List.of());
        } catch (JsonProcessingException | IllegalArgumentException unexpected) {
            return new Parsed(null, List.of(ImportProblem.of("intake.domains.problem.notAnObject")));
        }
    }

    private static void checkLevels(JsonNode levels, List<ImportProblem> problems) {
        if (!levels.isArray()) {
            problems.add(ImportProblem.of("intake.domains.problem.levels"));
            return;
        }
        Set<Integer> seen = new HashSet<>();
        boolean wrong = levels.size() != HIGHEST_SCORE;
        for (JsonNode level : levels) {
            JsonNode score = level.path("score");
            int value = score.isIntegralNumber() ? score.asInt() : 0;
            if (value < LOWEST_SCORE || value > HIGHEST_SCORE || !seen.add(value)) {
                wrong = true;
            } else if (text(level, "label").isBlank()) {
                problems.add(ImportProblem.of("intake.domains.problem.levelLabel", value));
            }
        }
        if (wrong) {
            problems.add(ImportProblem.of("intake.domains.problem.levels"));
        }
    }

    private static void checkDomains(JsonNode domains, List<ImportProblem> problems) {
        if (!domains.isArray() || domains.isEmpty()) {
            problems.add(ImportProblem.of("intake.domains.problem.noDomains"));
            return;
        }
        Set<String> codes = new HashSet<>();
        int position = 0;
        for (JsonNode domain : domains) {
            position++;
            String code = text(domain, "code").strip();
            if (code.isEmpty()) {
                problems.add(ImportProblem.of("intake.domains.problem.code", position));
            } else if (!codes.add(code)) {
                problems.add(ImportProblem.of("intake.domains.problem.duplicateCode", position, code));
            }
            if (text(domain, "label").isBlank()) {
                problems.add(ImportProblem.of("intake.domains.problem.label", position, code));
            }
            if (text(domain, "clientLabel").isBlank()) {
                problems.add(ImportProblem.of("intake.domains.problem.clientLabel", position, code));
            }
            if (!knownScope(text(domain, "scope"))) {
                problems.add(ImportProblem.of("intake.domains.problem.scope", position, code));
            }
        }
    }

    private static boolean knownScope(String scope) {
        for (DomainScope known : DomainScope.values()) {
            if (known.name().equals(scope)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }
}
