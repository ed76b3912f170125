package nl.plekwijzer.foundation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class IsoOffsetDateTimesTest {

    record Report(OffsetDateTime occurredAt) {
    }

    private static final List<String> OTHER_FORMS = List.of("2026-12-06T09:30+01:00", "2026-12-06t09:30:00z",
            "2026-12-06T09:30:00+0100", "2026-12-06T09:30:00+01", " 2026-12-06T09:30:00Z", "2026-12-06T09:30:00Z ",
            "2026-12-06T09:30:00.Z", "2026-12-06T09:30:00.1234567891Z", "2026-12-06T09:30:00+01:00:30",
            "2026-12-06 09:30:00Z", "2026-12-06T09:30:00", "1765013400", "2026-12-06T09:30:00+19:00",
            "2026-12-06T09:30:00[Europe/Amsterdam]", "2026-12-06T09:30:00+01:00[Europe/Amsterdam]", "2026-1a-06T09:30:00Z");
    private static final List<String> NOT_MOMENTS = List.of("2026-02-30T09:30:00Z", "2026-13-01T09:30:00Z",
            "2026-12-06T24:00:00Z", "2026-12-06T09:60:00Z", "2026-12-06T09:30:60Z", "2026-12-06T09:30:00+01:60");

    @Test
    void readsTheCommonFormExactlyAsJavaTimeDoes() {
        Random random = new Random(18);
        for (int i = 0; i < 5_000; i++) {
            String text = commonForm(random);
            assertThat(IsoOffsetDateTimes.parseCommonForm(text)).as(text)
                    .isEqualTo(OffsetDateTime.parse(text));
        }
    }

    @Test
    void leavesEveryOtherFormAndEveryImpossibleMomentToJackson() {
        for (String text : OTHER_FORMS) {
            assertThat(IsoOffsetDateTimes.parseCommonForm(text)).as(text).isNull();
        }
        for (String text : NOT_MOMENTS) {
            assertThat(IsoOffsetDateTimes.parseCommonForm(text)).as(text).isNull();
        }
    }

    /** The strict mapper reads (or refuses) every text as a mapper with only Jackson's own reader does. */
    @Test
    void theStrictMapperReadsMomentsAsJacksonDoes() throws Exception {
        Random random = new Random(6);
        List<String> texts = new ArrayList<>(OTHER_FORMS);
        texts.addAll(NOT_MOMENTS);
        for (int i = 0; i < 500; i++) {
            texts.add(commonForm(random));
        }
        // Around the switches to and from summer time, where adjusting to a zone with daylight saving differs.
        texts.addAll(List.of("2026-03-29T00:59:59Z", "2026-03-29T01:30:00Z", "2026-03-29T02:30:00+01:00",
                "2026-03-29T03:30:00+02:00", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:30:00+02:00",
                "2026-10-25T02:30:00+01:00"));
        for (TimeZone zone : List.of(TimeZone.getTimeZone("UTC"), TimeZone.getTimeZone("Europe/Amsterdam"))) {
            for (boolean adjust : new boolean[] { true, false }) {
                ObjectMapper jacksons = new ObjectMapper().registerModule(new JavaTimeModule()).setTimeZone(zone)
                        .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, adjust);
                ObjectMapper strict = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()))
                        .setTimeZone(zone).configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, adjust);
                for (String text : texts) {
                    String body = "{\"occurredAt\":\"" + text + "\"}";
                    assertThat(outcome(strict, body)).as(text + " in " + zone.getID() + " adjusted " + adjust)
                            .isEqualTo(outcome(jacksons, body));
                }
            }
        }
    }

    private static String commonForm(Random random) {
        LocalDate day = LocalDate.of(1900 + random.nextInt(299), 1, 1).plusDays(random.nextInt(366));
        OffsetDateTime moment = OffsetDateTime.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), 0,
                ZoneOffset.ofTotalSeconds((random.nextInt(145) - 72) * 15 * 60));
        String text = "%04d-%02d-%02dT%02d:%02d:%02d".formatted(moment.getYear(), moment.getMonthValue(),
                moment.getDayOfMonth(), moment.getHour(), moment.getMinute(), moment.getSecond());
        int fractionDigits = random.nextInt(10);
        if (fractionDigits > 0) {
            StringBuilder fraction = new StringBuilder(".");
            for (int d = 0; d < fractionDigits; d++) {
                fraction.append((char) ('0' + random.nextInt(10)));
            }
            text += fraction;
        }
        String offset = moment.getOffset().getId();
        return text + (offset.equals("Z") && random.nextBoolean() ? "+00:00" : offset);
    }

    private static Object outcome(ObjectMapper json, String body) {
        try {
            return json.readValue(body, Report.class).occurredAt();
        } catch (Exception refused) {
            return refused.getClass();
        }
    }
}
