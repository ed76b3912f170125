package nl.plekwijzer.foundation.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.foundation.problem.RequestLimits.Refusal;

class RequestLimitsTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @Test
    void anOrdinaryRequestGoesOn() {
        assertThat(RequestLimits.refusalOf("/api/v1/availability?kind=CRISIS_BED&age=14", "120", TEN_MB)).isNull();
        assertThat(RequestLimits.refusalOf("/api/v1/units/unit-%C3%A9", null, TEN_MB)).isNull();
    }

    @Test
    void aLongUriIs414() {
        Refusal refusal = RequestLimits.refusalOf("/api/v1/availability?q=" + "a".repeat(8_200), null, TEN_MB);

        assertThat(refusal.status()).isEqualTo(414);
        assertThat(refusal.type()).isEqualTo("uri-too-long");
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIs413() {
        assertThat(RequestLimits.refusalOf("/api/v1/status-reports", String.valueOf(TEN_MB + 1), TEN_MB).status()).isEqualTo(413);
        assertThat(RequestLimits.refusalOf("/api/v1/status-reports", String.valueOf(TEN_MB), TEN_MB)).isNull();
    }

    @Test
    void aControlCharacterInThePathOrAQueryValueIs400NamingWhereButNotWhat() {
        assertThat(RequestLimits.refusalOf("/api/v1/units/unit%00one", null, TEN_MB))
                .extracting(Refusal::status, Refusal::field).containsExactly(400, "path");
        assertThat(RequestLimits.refusalOf("/api/v1/units/unit%7Fone", null, TEN_MB).field()).isEqualTo("path");

        Refusal query = RequestLimits.refusalOf("/api/v1/availability?kind=CRISIS_BED&municipality=GM0153%0d%0aINFO", null, TEN_MB);
        assertThat(query.field()).isEqualTo("municipality");
        assertThat(query.detail()).doesNotContain("GM0153", "INFO");
        assertThat(RequestLimits.refusalOf("/api/v1/availability?mu%0Anicipality=1", null, TEN_MB).field()).isEqualTo("query");
    }
}
