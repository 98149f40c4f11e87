package nl.keukentafel.durability;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * The child process of {@link KillDuringTypingTest}: makes a vault with one family, then types into three
 * fields through {@link DossierService#edit} key by key, as a consultant would, until it is killed. Before each
 * keystroke it prints {@code TYPED <field> <length> <monotonic millis>}; printing first means a keystroke the
 * parent never heard of cannot have been saved. Not thread-safe; one per process.
 *
 * <p>Arguments: vault directory, random seed.
 */
public final class Typist {
    static final String PASSPHRASE = "zeven lange woorden voor de test";
    /** Field ids as printed, in the order typed. */
    static final List<String> FIELDS = List.of("household", "member", "contact");
    private static final int BURST = 8;
    private static final int TEXT_LENGTH = 1200;

    private Typist() {
    }

    /** The full text typed into a field; what is stored must always be a prefix of it. */
    static String text(String field) {
        String sentence = switch (field) {
            case "household" -> "Gezin Zonnebloem-Klaproos aan de Verzonnenlaan ";
            case "member" -> "Hagelslag Annemarie-Louise ";
            case "contact" -> "Haalt woensdag de kinderen van school, belt bij zorgen ";
            default -> throw new IllegalArgumentException(field);
        };
        StringBuilder text = new StringBuilder();
        for (int round = 1; text.length() < TEXT_LENGTH; round++) {
            text.append(sentence).append(round).append(' ');
        }
        return text.toString();
    }

    /** Milliseconds on the monotonic clock that both JVMs of the test share (CLOCK_MONOTONIC on Linux). */
    static long monotonicMillis() {
        return System.nanoTime() / 1_000_000L;
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        SessionManager manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray(), "Test Consulent");
        UUID dossierId = session.caseload().createFamily("").join();
        DossierService dossiers = session.dossiers();
        RecordRef member = dossiers.addMember(dossierId, HouseholdRole.PARENT).join();
        RecordRef contact = dossiers.addContact(dossierId, false).join();
        List<RecordRef> refs = List.of(new RecordRef(RecordKind.FAMILY, dossierId, dossierId), member, contact);
        List<String> names = List.of(Family.Field.HOUSEHOLD_NAME, Member.Field.GIVEN_NAME, Contact.Field.RELATION);
        System.out.println("READY " + dossierId + " " + member.id() + " " + contact.id());
        System.out.flush();
        int[] typed = new int[FIELDS.size()];
        for (int key = 0; ; key++) {
            int field = (key / BURST) % FIELDS.size();
            String text = text(FIELDS.get(field));
            if (typed[field] == text.length()) {
                Thread.sleep(1000);
                continue;
            }
            typed[field]++;
            System.out.println("TYPED " + FIELDS.get(field) + " " + typed[field] + " " + monotonicMillis());
            System.out.flush();
            dossiers.edit(refs.get(field), names.get(field), text.substring(0, typed[field]));
            Thread.sleep(20 + random.nextInt(31));
        }
    }
}
