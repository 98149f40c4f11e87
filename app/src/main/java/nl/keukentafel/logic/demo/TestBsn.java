package nl.keukentafel.logic.demo;

import java.util.Random;

/**
 * BSNs that pass the 11-proef, from the 999-range the Dutch government sets aside for testing, so a demo
 * number never belongs to a resident. Stateless.
 */
final class TestBsn {
    private TestBsn() {
    }

    static String valid(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder("999");
            for (int index = 0; index < 5; index++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int index = 0; index < 8; index++) {
                sum += (9 - index) * (digits.charAt(index) - '0');
            }
            int check = sum % 11;
            if (check < 10) {
                return digits.append(check).toString();
            }
        }
    }

    /** Same number with the last digit changed by one: the weighted sum is then off by one, so it fails. */
    static String failing(String valid) {
        char last = valid.charAt(valid.length() - 1);
        return valid.substring(0, valid.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
