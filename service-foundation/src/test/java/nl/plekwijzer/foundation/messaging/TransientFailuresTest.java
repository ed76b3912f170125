package nl.plekwijzer.foundation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

class TransientFailuresTest {

    @Test
    void anUnreachableDatabaseOrBrokerIsTransientAlsoWhenWrapped() {
        assertThat(TransientFailures.isTransient(new ConnectException("Connection refused"))).isTrue();
        assertThat(TransientFailures.isTransient(new CompletionException(new ConnectException("refused")))).isTrue();
        assertThat(TransientFailures.isTransient(new org.apache.kafka.common.errors.TimeoutException("expired")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new PgException("terminating connection", "FATAL", "57P01", null)))
                .isTrue();
        assertThat(TransientFailures.isTransient(new PgException("could not serialize", "ERROR", "40001", null)))
                .isTrue();
        assertThat(TransientFailures.isTransient(new PgException("too many clients", "FATAL", "53300", null)))
                .isTrue();
        assertThat(TransientFailures.isTransient(new java.net.UnknownHostException("postgres"))).isTrue();
    }

    @Test
    void aBrokenRuleOrABugIsNotTransient() {
        assertThat(TransientFailures.isTransient(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(TransientFailures.isTransient(new PgException("value too long", "ERROR", "22001", null))).isFalse();
        assertThat(TransientFailures.isTransient(new PgException("no such column", "ERROR", "42703", null))).isFalse();
        // A statement the server cannot take (too many parameters, say) fails the same way every time.
        assertThat(TransientFailures.isTransient(new CompletionException(
                new PgException("protocol violation", "ERROR", "08P01", null)))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    }

    @Test
    void aDescriptionNamesTypesAndSqlStateButNeverTheMessage() {
        String description = TransientFailures.describe(new CompletionException(
                new PgException("Key (bsn)=(111222333) already exists", "ERROR", "23505", null)));

        assertThat(description).contains("PgException").contains("23505").doesNotContain("111222333");
    }

    @Test
    void workThatFailsTransientlyIsRetriedForAsLongAsItFails() {
        AtomicInteger tries = new AtomicInteger();

        String result = TransientFailures.retried("test", () -> tries.incrementAndGet() <= 50
                ? Uni.createFrom().<String> failure(new ConnectException("Connection refused"))
                : Uni.createFrom().item("applied"), Duration.ofMillis(1), Duration.ofMillis(2))
                .await().atMost(Duration.ofSeconds(30));

        assertThat(result).isEqualTo("applied");
        assertThat(tries).hasValue(51);
    }

    @Test
    void otherFailuresPassThroughAtOnce() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> TransientFailures.retried("test", () -> {
            tries.incrementAndGet();
            return Uni.createFrom().<String> failure(new IllegalStateException("bug"));
        }).await().atMost(Duration.ofSeconds(5))).isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(1);
    }
}
