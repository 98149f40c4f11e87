package nl.keukentafel.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.keukentafel.gui.audit.AuditView;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.settings.SettingsView;
import nl.keukentafel.gui.settings.SettingsViewModel;
import nl.keukentafel.logic.PassphrasePolicy;
import nl.keukentafel.logic.check.Criterion;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Problem;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.Residence;
import nl.keukentafel.store.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both languages have the same keys; every key the code asks for exists; every key in a bundle is used
 * (JabRef's LocalizationConsistencyTest, for our two bundles). Keys the code builds at run time are listed
 * here: enum values with their prefixes, field names, and the few documented prefixes below.
 */
class LocalizationConsistencyTest {
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    /** Keys under these prefixes are made from words the store writes (audit actions, results and sync details). */
    private static final List<String> DYNAMIC_PREFIXES = List.of(AuditView.ACTION, AuditView.RESULT, AuditView.DETAIL);
    /** Bundle keys always have a dot ("caseload.title"); map lookups like {@code subcommands().get("demo")} do not. */
    private static final Pattern LOOKUP = Pattern.compile("(?:\\.get|\\.has|new UiText)\\(\\s*\"([^\".]+\\.[^\"]+)\"\\s*[,)]");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli", "intake", "genogram", "evalscreen", "install", "check", "checkscreen", "print"})
    void bothLanguagesHaveTheSameKeys(String baseName) throws IOException {
        assertThat(keys(baseName + "_en")).as(baseName + "_en.properties against " + baseName + ".properties")
                .containsExactlyInAnyOrderElementsOf(keys(baseName));
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        // Localization asks the bundles in order, so a second copy of a key would silently never be shown.
        java.util.Map<String, String> owner = new java.util.TreeMap<>();
        List<String> twice = new java.util.ArrayList<>();
        for (String bundle : Localization.BUNDLES) {
            String name = bundle.substring(bundle.indexOf('/') + 1);
            for (String key : keys(name)) {
                String first = owner.putIfAbsent(key, name);
                if (first != null) {
                    twice.add(key + " (" + first + ", " + name + ")");
                }
            }
        }
        assertThat(twice).as("keys defined in more than one bundle").isEmpty();
    }

    @Test
    void everyKeyLookedUpInTheCodeExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> asked = new TreeSet<>(generatedKeys());
        String code = mainSources();
        collect(LOOKUP.matcher(code), asked);
        assertThat(asked).as("keys used in app/src/main/java but missing from the bundles").isSubsetOf(known);
    }

    @Test
    void everyKeyLikeLiteralInTheScreensAndCliExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> namespaces = known.stream().map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
        Set<String> literals = new TreeSet<>();
        collect(KEY_LITERAL.matcher(sources(MAIN_SOURCES.resolve("nl/keukentafel/gui"))
                + sources(MAIN_SOURCES.resolve("nl/keukentafel/cli"))), literals);
        literals.removeIf(literal -> !namespaces.contains(literal.substring(0, literal.indexOf('.'))));
        assertThat(literals).as("key-like literals in gui/ and cli/ that no bundle defines").isSubsetOf(known);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli", "intake", "genogram", "evalscreen", "install", "check", "checkscreen", "print"})
    void everyKeyInABundleIsUsed(String baseName) throws IOException {
        Set<String> used = new TreeSet<>(generatedKeys());
        collect(KEY_LITERAL.matcher(mainSources()), used);
        Set<String> unused = new TreeSet<>(keys(baseName));
        unused.removeIf(key -> used.contains(key) || DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith));
        assertThat(unused).as("keys in " + baseName + ".properties that app/src/main/java never uses").isEmpty();
    }

    /** Keys the code builds from enums and field names rather than writing them out. */
    private static Set<String> generatedKeys() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(Problem.values()).map(Problem::messageKey).forEach(keys::add);
        Arrays.stream(VaultException.Reason.values()).map(VaultException.Reason::messageKey).forEach(keys::add);
        Arrays.stream(PassphrasePolicy.Weakness.values()).map(PassphrasePolicy.Weakness::messageKey).forEach(keys::add);
        addEnum(keys, EnumLabels.GENDER, Gender.values());
        addEnum(keys, EnumLabels.ROLE, HouseholdRole.values());
        addEnum(keys, EnumLabels.RESIDENCE, Residence.values());
        addEnum(keys, EnumLabels.RECORD_KIND, RecordKind.values());
        Arrays.stream(Criterion.values()).map(Criterion::labelKey).forEach(keys::add);
        addEnum(keys, "check.input.", Problem.values());
        addEnum(keys, SettingsView.LANGUAGE_LABEL, SettingsViewModel.Language.values());
        for (Class<?> fields : List.of(Family.Field.class, Member.Field.class, Contact.Field.class)) {
            for (Field constant : fields.getFields()) {
                if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                    try {
                        keys.add("field." + constant.get(null));
                    } catch (IllegalAccessException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                }
            }
        }
        keys.addAll(featureModelKeys());
        keys.addAll(printKeys());
        return keys;
    }

    /** The printed documents' keys made from the audience ("ouders"/"kind"), a document, a section or a finding's kind. */
    private static Set<String> printKeys() {
        Set<String> keys = new TreeSet<>();
        for (String audience : List.of("ouders", "kind")) {
            for (String suffix : List.of("docTitle", "title", "intro", "concept", "regisseur", "regisseurIs", "call", "whoDoesWhatIntro",
                    "contacts", "contactsIntro")) {
                keys.add("print." + audience + "." + suffix);
            }
        }
        addEnum(keys, "print.family.done.", nl.keukentafel.model.plan.ActionStatus.values());
        addEnum(keys, "print.dialog.document.", nl.keukentafel.logic.print.PrintDocument.values());
        addEnum(keys, "print.dialog.fileName.", nl.keukentafel.logic.print.PrintDocument.values());
        addEnum(keys, "print.dialog.section.", nl.keukentafel.logic.print.PrintSection.values());
        addEnum(keys, "print.finding.", nl.keukentafel.logic.print.PlainLanguage.Kind.values());
        return keys;
    }

    /**
     * The intake and genogram model packages follow one convention instead of a list here: every enum value is
     * labelled {@code enumName.CONSTANT} ({@link EnumLabels#key}) and every field of a nested {@code Field} class
     * {@code field.name}.
     */
    private static Set<String> featureModelKeys() {
        Set<String> keys = new TreeSet<>();
        for (String pkg : List.of("nl.keukentafel.model.intake", "nl.keukentafel.model.genogram")) {
            Path folder = Path.of("target/classes").resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (var files = Files.list(folder)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                    String name = file.getFileName().toString();
                    Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                    if (type.isEnum()) {
                        for (Object constant : type.getEnumConstants()) {
                            keys.add(EnumLabels.key((Enum<?>) constant));
                        }
                    } else if (type.getSimpleName().equals("Field")) {
                        for (Field constant : type.getFields()) {
                            if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
                                keys.add("field." + constant.get(null));
                            }
                        }
                    }
                }
            } catch (IOException | ReflectiveOperationException failure) {
                throw new IllegalStateException("could not list " + pkg, failure);
            }
        }
        return keys;
    }

    private static void addEnum(Set<String> keys, String prefix, Enum<?>[] values) {
        Arrays.stream(values).map(value -> prefix + value.name()).forEach(keys::add);
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String name : List.of("messages", "messages_en", "cli", "cli_en", "intake", "intake_en", "genogram", "genogram_en",
                "plan", "plan_en", "planscreen", "planscreen_en", "evalscreen", "evalscreen_en", "install", "install_en", "check",
                "check_en", "checkscreen", "checkscreen_en",
                "print", "print_en")) {
            keys.addAll(keys(name));
        }
        return keys;
    }

    private static Set<String> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = LocalizationConsistencyTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(stream).as("bundle i18n/" + name + ".properties").isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String mainSources() throws IOException {
        return sources(MAIN_SOURCES);
    }

    /** All Java sources under {@code root}, comments removed (a key in a javadoc is not a use). */
    private static String sources(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(root)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", ""))
                        .append('\n');
            }
            return all.toString();
        }
    }
}
