package nl.plekwijzer.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Urgency;

class RequestOrderTest {

    @Test
    void crisisFirstThenUrgentThenRegularAFollowUpFirstWithinItsUrgencyThenLongestWaiting() {
        RequestView regularOld = request("regular-old", Urgency.REGULAR, "2026-09-01T09:00:00Z", false);
        RequestView urgentNew = request("urgent-new", Urgency.URGENT, "2026-11-20T09:00:00Z", false);
        RequestView urgentOld = request("urgent-old", Urgency.URGENT, "2026-10-01T09:00:00Z", false);
        RequestView urgentFollowUp = request("urgent-follow-up", Urgency.URGENT, "2026-11-25T09:00:00Z", true);
        RequestView crisis = request("crisis", Urgency.CRISIS, "2026-11-28T09:00:00Z", false);
        List<RequestView> requests = new ArrayList<>(List.of(regularOld, urgentNew, urgentOld, urgentFollowUp, crisis));

        requests.sort(RequestView.BY_URGENCY_THEN_WAITING);

        assertThat(requests).containsExactly(crisis, urgentFollowUp, urgentOld, urgentNew, regularOld);
    }

    private static RequestView request(String id, Urgency urgency, String submittedAt, boolean followUp) {
        return Fixtures.request(r -> {
            r.requestId = UUID.nameUUIDFromBytes(id.getBytes());
            r.urgency = urgency;
            r.submittedAt = OffsetDateTime.parse(submittedAt);
            r.followUpAfterCrisis = followUp;
        });
    }
}
