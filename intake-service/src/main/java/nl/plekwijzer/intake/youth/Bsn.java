package nl.plekwijzer.intake.youth;

/**
 * The citizen service number (burgerservicenummer) and its eleven-test (elfproef): nine digits
 * d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11. An eight-digit BSN has a leading 0.
 */
public final class Bsn {

    private Bsn() {
    }

    /** The nine-digit form, or null when {@code input} is not a valid BSN. Never logs the value. */
    public static String normalise(String input) {
        if (input == null) {
            return null;
        }
        String digits = input.strip();
        if (!digits.matches("\\d{8,9}")) {
            return null;
        }
        if (digits.length() == 8) {
            digits = "0" + digits;
        }
        return passesElevenTest(digits) ? digits : null;
    }

    public static boolean isValid(String input) {
        return normalise(input) != null;
    }

    private static boolean passesElevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
