package nl.keukentafel.model;

/**
 * The Dutch citizen service number check (11-proef): nine digits, weights 9..2 and -1, the sum divisible
 * by 11 and not zero. Passing proves the format only, not that the number belongs to anyone.
 */
public final class Bsn {
    private static final int LENGTH = 9;

    private Bsn() {
    }

    public static boolean passesElevenCheck(String typed) {
        if (typed == null) {
            return false;
        }
        String digits = typed.replaceAll("[\\s.]", "");
        // ASCII only: Character.isDigit also accepts other scripts' digits, whose char arithmetic below is meaningless
        if (digits.length() != LENGTH || !digits.chars().allMatch(character -> character >= '0' && character <= '9')) {
            return false;
        }
        int sum = 0;
        for (int index = 0; index < LENGTH - 1; index++) {
            sum += (LENGTH - index) * (digits.charAt(index) - '0');
        }
        sum -= digits.charAt(LENGTH - 1) - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
