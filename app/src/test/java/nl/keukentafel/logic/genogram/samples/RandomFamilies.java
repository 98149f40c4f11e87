package nl.keukentafel.logic.genogram.samples;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.TwinKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;

/**
 * Seeded random families for the benchmark and the property tests: two founding couples, and generation after
 * generation children who find a partner from outside and have one to four children; a quarter divorce and have
 * children with a next partner; now and then twins. The same size and seed give the same graph. Stateless.
 */
final class RandomFamilies {
    private RandomFamilies() {
    }

    /** Exactly {@code people} persons (a family in progress is cut off there). */
    static FamilyGraph generate(int people, long seed) {
        Random random = new Random(seed);
        Generator generator = new Generator(new FamilyBuilder("random-" + people + "-" + seed), random, people);
        return generator.run();
    }

    /** One run's state. */
    private static final class Generator {
        private final FamilyBuilder family;
        private final Random random;
        private final int limit;
        private final Deque<Founder> open = new ArrayDeque<>();
        private int count;

        private record Founder(UUID key, Gender gender, int born) {
        }

        private Generator(FamilyBuilder family, Random random, int limit) {
            this.family = family;
            this.random = random;
            this.limit = limit;
        }

        private FamilyGraph run() {
            for (int founders = 0; founders < 2 && count < limit; founders++) {
                open.add(add("Stamvader " + founders, Gender.MALE, 1920 + random.nextInt(10)));
            }
            while (count < limit && !open.isEmpty()) {
                Founder person = open.poll();
                if (random.nextInt(5) == 0) {
                    continue;
                }
                int year = person.born() + 22 + random.nextInt(10);
                UUID couple = partnerAndChildren(person, year);
                if (couple != null && random.nextInt(4) == 0) {
                    partnerAndChildren(person, year + 8 + random.nextInt(6));
                }
            }
            return family.build();
        }

        private UUID partnerAndChildren(Founder person, int year) {
            if (count >= limit) {
                return null;
            }
            Gender other = person.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
            Founder partner = add("Partner", other, person.born() - 3 + random.nextInt(7));
            UUID couple = family.couple(person.key(), partner.key(), new UnionEvent(UnionEventType.MARRIED, String.valueOf(year)));
            int children = 1 + random.nextInt(4);
            int born = year + 1;
            for (int child = 0; child < children && count < limit; child++) {
                Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
                String date = (1 + random.nextInt(28)) + "-" + (1 + random.nextInt(12)) + "-" + born;
                UUID key = family.child(couple, "Kind " + (count + 1), gender, date);
                count++;
                open.add(new Founder(key, gender, born));
                if (random.nextInt(15) == 0 && count < limit) {
                    UUID twin = family.child(couple, "Tweeling " + (count + 1), gender, date);
                    count++;
                    open.add(new Founder(twin, gender, born));
                    family.twins(TwinKind.UNKNOWN, key, twin);
                }
                born += 1 + random.nextInt(4);
            }
            return couple;
        }

        private Founder add(String name, Gender gender, int born) {
            count++;
            return new Founder(family.person(name + " " + count, gender, String.valueOf(born)), gender, born);
        }
    }
}
