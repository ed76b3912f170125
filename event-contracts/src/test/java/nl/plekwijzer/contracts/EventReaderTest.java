package nl.plekwijzer.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.contracts.events.UnitWentStale;

class EventReaderTest {

    private final EventReader reader = new EventReader(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void readsAValidEvent() {
        UUID id = UUID.randomUUID();
        BedStatusReported report = reader.read("""
                {"eventId":"%s","unitId":"u-1","occurredAt":"2026-11-22T10:00:00+01:00",
                 "availablePlaces":2,"occupiedPlaces":3,"light":"GREEN"}""".formatted(id),
                EventType.BED_STATUS_REPORTED, BedStatusReported.class);

        assertThat(report.eventId()).isEqualTo(id);
        assertThat(report.availablePlaces()).isEqualTo(2);
        assertThat(report.light()).isEqualTo(Light.GREEN);
        assertThat(report.heldBackPlaces()).isNull();
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> reader.read("{oops", EventType.BED_STATUS_REPORTED, BedStatusReported.class))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("Not a JSON document");
        assertThatThrownBy(() -> reader.read(" ", EventType.BED_STATUS_REPORTED, BedStatusReported.class))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("Empty message");
    }

    @Test
    void theReasonNamesWhereButNeverQuotesTheText() {
        assertThatThrownBy(() -> reader.read("{\"unitId\": Jansen}", EventType.BED_STATUS_REPORTED,
                BedStatusReported.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageStartingWith("Not a JSON document (line 1")
                .hasMessageNotContaining("Jansen");
        String withAName = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"unitId\":\"u-1\","
                + "\"occurredAt\":\"2026-11-22T10:00:00+01:00\",\"availablePlaces\":2,\"occupiedPlaces\":3,"
                + "\"unitName\":\"Sanne de Vries\"}";
        assertThatThrownBy(() -> reader.read(withAName, EventType.BED_STATUS_REPORTED, BedStatusReported.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("unitName")
                .hasMessageNotContaining("Sanne");
    }

    @Test
    void refusesJsonOfTheWrongShapeNamingTheField() {
        assertThatThrownBy(() -> reader.read("""
                {"eventId":"%s","unitId":"u-1","occurredAt":"2026-11-22T10:00:00+01:00",
                 "availablePlaces":-1,"occupiedPlaces":3}""".formatted(UUID.randomUUID()),
                EventType.BED_STATUS_REPORTED, BedStatusReported.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("availablePlaces");
        assertThatThrownBy(() -> reader.read("""
                {"unitId":"u-1","occurredAt":"2026-11-22T10:00:00+01:00","availablePlaces":1,"occupiedPlaces":3}""",
                EventType.BED_STATUS_REPORTED, BedStatusReported.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("eventId");
    }

    @Test
    void refusesToReadAnEventAsAnotherRecord() {
        assertThatThrownBy(() -> reader.read("{}", EventType.BED_STATUS_REPORTED, UnitWentStale.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
