package nl.plekwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayTest {

    @Test
    void aPathThatCouldLeaveApiV1IsRefusedAndAnOrdinaryOneIsNot() {
        assertThat(Gateway.climbsOut("api/v1/units/unit-1/status")).isFalse();
        assertThat(Gateway.climbsOut("api/v1/availability")).isFalse();
        assertThat(Gateway.climbsOut("api/v1/../q/metrics")).isTrue();
        assertThat(Gateway.climbsOut("api/v1/%2E%2E/q/metrics")).isTrue();
        assertThat(Gateway.climbsOut("api/v1/units%2Fx")).isTrue();
        assertThat(Gateway.climbsOut("api/v1/units%5cx")).isTrue();
        assertThat(Gateway.climbsOut("api/v1/units\\x")).isTrue();
    }
}
