package nl.plekwijzer.foundation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.plekwijzer.foundation.json.PlausibleDates.ImplausibleDateException;

class StrictJsonTest {

    record Form(LocalDate birthDate, OffsetDateTime occurredAt) {
    }

    private final ObjectMapper json = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void datesInPlausibleYearsAreRead() throws Exception {
        Form form = json.readValue("{\"birthDate\":\"1900-01-01\",\"occurredAt\":\"2199-12-31T23:59:00+01:00\"}", Form.class);

        assertThat(form.birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(form.occurredAt().getYear()).isEqualTo(2199);
        assertThat(json.readValue("{\"birthDate\":null}", Form.class).birthDate()).isNull();
    }

    @Test
    void aDateOutsideThePlausibleYearsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> json.readValue("{\"birthDate\":\"0000-01-01\"}", Form.class))
                .isInstanceOf(ImplausibleDateException.class)
                .satisfies(e -> assertThat(((ImplausibleDateException) e).getPath().get(0).getFieldName()).isEqualTo("birthDate"));
        assertThatThrownBy(() -> json.readValue("{\"birthDate\":\"1899-12-31\"}", Form.class))
                .isInstanceOf(ImplausibleDateException.class);
        assertThatThrownBy(() -> json.readValue("{\"occurredAt\":\"9999-01-01T00:00:00Z\"}", Form.class))
                .isInstanceOf(ImplausibleDateException.class);
    }

    @Test
    void unknownFieldsDuplicateKeysAndFractionsForWholeNumbersAreRefused() throws Exception {
        record Count(int places) {
        }
        assertThat(json.readValue("{\"places\":6}", Count.class).places()).isEqualTo(6);
        assertThatThrownBy(() -> json.readValue("{\"places\":6,\"extra\":1}", Count.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> json.readValue("{\"places\":6,\"places\":7}", Count.class))
                .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class).hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> json.readValue("{\"places\":6.5}", Count.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    }
}
