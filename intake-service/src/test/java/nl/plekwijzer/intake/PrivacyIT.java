package nl.plekwijzer.intake;

import static io.restassured.RestAssured.given;
import static nl.plekwijzer.intake.IntakeForms.form;
import static nl.plekwijzer.intake.IntakeForms.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.intake.IntakeForms.Youth;

/**
 * Names, BSNs and full postcodes stay in intake-service: after forms, waiting lists, bad input and
 * reads, none of them is in any record on the topics intake publishes to, nor in any log line.
 */
@QuarkusTest
class PrivacyIT {

    @Test
    void noNameBsnOrFullPostcodeReachesKafkaOrTheLog() throws Exception {
        String bsn = IntakeForms.randomBsn();
        String waitlistBsn = IntakeForms.randomBsn();
        Youth youth = new Youth(bsn, "Zwaantje", "van der", "Kruisselbrink", "2012-08-19", "9711 XK");

        UUID requestId = UUID.fromString(submit("referrer-privacy", form(youth)).statusCode(201)
                .extract().path("requestId"));
        given().auth().oauth2(Tokens.withRole("referrer-privacy", "referrer"))
                .when().get("/api/v1/placement-requests/" + requestId).then().statusCode(200);
        // Bad input of every kind, carrying the personal data.
        String wrongCheckDigit = bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10);
        submit("referrer-privacy", form(new Youth(wrongCheckDigit, "Zwaantje", "van der", "Kruisselbrink",
                "2012-08-19", "9711 XK"))).statusCode(422);
        submit("referrer-privacy", "{\"youth\": {\"bsn\": \"" + bsn + "\", \"givenName\": \"Zwaantje\"").statusCode(400);
        submit("referrer-privacy", form(youth).replace("\"" + bsn + "\"", bsn)).statusCode(422);
        String csv = "providerEntryId;bsn;givenName;familyNamePrefix;familyName;birthDate;gender;postcode;careFunction\n"
                + "P-1;" + waitlistBsn + ";Hylkje;;Dijkstra-Kruisselbrink;2011-03-04;F;8901 BV;FAMILY_HOME\n"
                + "P-2;" + wrongCheckDigit + ";Zwaantje;van der;Kruisselbrink;2012-08-19;F;9711XK;FAMILY_HOME\n"
                + "P-3;;Zwaantje;van der;Kruisselbrink;2012-08-19;F;9711 XKX;FAMILY_HOME\n";
        given().auth().oauth2(Tokens.provider("98000031")).contentType("text/csv").body(csv)
                .when().put("/api/v1/providers/98000031/waitlist").then().statusCode(200);
        given().auth().oauth2(Tokens.provider("98000031")).contentType("text/csv").body(csv)
                .queryParam("allOrNothing", true)
                .when().put("/api/v1/providers/98000031/waitlist").then().statusCode(422);

        KafkaTestClient.awaitRecord("placement-requests.v2", r -> r.key().equals(requestId.toString()),
                Duration.ofSeconds(20));
        KafkaTestClient.awaitRecord("waitlist-entries.v2", r -> r.key().equals("98000031"), Duration.ofSeconds(20));

        List<String> secrets = List.of(bsn, waitlistBsn, wrongCheckDigit, "Zwaantje", "Kruisselbrink", "Hylkje",
                "Dijkstra", "9711XK", "9711 XK", "8901BV", "8901 BV");
        // Nor a readable birth date, in any form.
        List<String> onKafka = new java.util.ArrayList<>(secrets);
        onKafka.addAll(List.of("2012-08-19", "20120819", "19-08-2012", "2011-03-04", "20110304", "04-03-2011"));
        for (String topic : List.of("placement-requests.v2", "waitlist-entries.v2")) {
            for (ConsumerRecord<String, String> record : KafkaTestClient.readAll(topic)) {
                String text = record.key() + " " + record.value() + " " + record.headers();
                onKafka.forEach(secret -> assertThat(text).as("a record on " + topic).doesNotContainIgnoringCase(secret));
            }
        }

        Path log = Path.of(ConfigProvider.getConfig().getValue("quarkus.log.file.path", String.class));
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(log).contains("/api/v1/providers/98000031"));
        String logText = Files.readString(log);
        assertThat(logText).as("the log has the requests of this test").contains(requestId.toString());
        secrets.forEach(secret -> assertThat(logText).as("the log").doesNotContainIgnoringCase(secret));
    }
}
