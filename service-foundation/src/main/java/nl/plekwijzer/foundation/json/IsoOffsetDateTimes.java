package nl.plekwijzer.foundation.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the one form of an ISO-8601 offset date-time that systems send,
 * {@code 2026-12-06T09:30:00[.fraction](Z|+01:00)}, without {@code DateTimeFormatter}: parsing with
 * the formatter was an eighth of the CPU of taking a batch of status reports in. Any other form
 * (no seconds, lower case, {@code +0100}, spaces, numbers) is not read here but left to Jackson's
 * own reader, and so is anything that is not a real moment (30 February), so that every error
 * stays Jackson's.
 */
final class IsoOffsetDateTimes {

    private IsoOffsetDateTimes() {
    }

    /** The moment this text gives, or null when it is not in the common form or not a valid moment. */
    static OffsetDateTime parseCommonForm(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int position = 19;
        int nanos = 0;
        if (text.charAt(position) == '.') {
            int start = ++position;
            while (position < length && position - start < 10 && isDigit(text.charAt(position))) {
                position++;
            }
            int fractionDigits = position - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, start, fractionDigits);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, position);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException notAMoment) {
            return null;
        }
    }

    private static ZoneOffset offset(String text, int position) {
        int remaining = text.length() - position;
        if (remaining == 1 && text.charAt(position) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = remaining == 6 ? text.charAt(position) : ' ';
        if ((sign != '+' && sign != '-') || text.charAt(position + 3) != ':') {
            return null;
        }
        int hours = digits(text, position + 1, 2);
        int minutes = digits(text, position + 4, 2);
        if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        try {
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number these decimal digits give, or -1 when one of them is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
