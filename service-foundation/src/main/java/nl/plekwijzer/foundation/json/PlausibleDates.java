package nl.plekwijzer.foundation.json;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * Dates and moments are read only within the years {@value #FIRST_YEAR}-{@value #LAST_YEAR}: a
 * {@code 0000-01-01} is a typing error or a probe, never a birth date, a registration or a report.
 * Fields with a tighter rule (not in the future, not before birth) check that themselves.
 */
public final class PlausibleDates {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** A date outside the years that can be meant; mapped to a 422 naming the field. */
    public static final class ImplausibleDateException extends MismatchedInputException {
        ImplausibleDateException(JsonParser parser, Class<?> type) {
            super(parser, "A date outside the years " + FIRST_YEAR + "-" + LAST_YEAR, type);
        }

        /** For a problem: what the field must be, without the value that was sent. */
        public String rule() {
            return "must lie in the years " + FIRST_YEAR + "-" + LAST_YEAR;
        }
    }

    private static final Set<Class<?>> DATE_TYPES = Set.of(java.time.LocalDate.class, java.time.LocalDateTime.class,
            java.time.OffsetDateTime.class, java.time.ZonedDateTime.class, java.time.YearMonth.class, java.time.Year.class);

    private PlausibleDates() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("plausible-dates");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings({ "unchecked", "rawtypes" })
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == OffsetDateTime.class && deserializer.getClass() == InstantDeserializer.class) {
                    return new YearInRange<>(new CommonFormFirst((JsonDeserializer<OffsetDateTime>) deserializer), OffsetDateTime.class);
                }
                return DATE_TYPES.contains(type) ? new YearInRange(deserializer, type) : deserializer;
            }
        });
        return module;
    }

    static boolean plausible(TemporalAccessor value) {
        int year = value.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * Reads an offset date-time in its common form itself ({@link IsoOffsetDateTimes}) and adjusts
     * it to the context's time zone as Jackson's own reader does; every other form goes to that reader.
     */
    private static final class CommonFormFirst extends JsonDeserializer<OffsetDateTime> {

        private final JsonDeserializer<OffsetDateTime> jacksons;

        CommonFormFirst(JsonDeserializer<OffsetDateTime> jacksons) {
            this.jacksons = jacksons;
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            OffsetDateTime value = parser.hasToken(JsonToken.VALUE_STRING)
                    ? IsoOffsetDateTimes.parseCommonForm(parser.getText()) : null;
            if (value == null) {
                return jacksons.deserialize(parser, context);
            }
            if (!context.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
                return value;
            }
            ZoneId zone = context.getTimeZone().toZoneId();
            return value.withOffsetSameInstant(zone.getRules().getOffset(value.toLocalDateTime()));
        }

        @Override
        public Class<?> handledType() {
            return OffsetDateTime.class;
        }
    }

    private static final class YearInRange<T extends Temporal> extends JsonDeserializer<T> {

        private final JsonDeserializer<T> delegate;
        private final Class<T> type;

        YearInRange(JsonDeserializer<T> delegate, Class<T> type) {
            this.delegate = delegate;
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(parser, context);
            if (value != null && !plausible(value)) {
                throw new ImplausibleDateException(parser, type);
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
