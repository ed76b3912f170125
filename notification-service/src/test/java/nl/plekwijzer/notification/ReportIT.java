package nl.plekwijzer.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

/** The monthly report for a known month, from the stored daily figures: CSV, JSON and PDF, and bad input. */
@QuarkusTest
class ReportIT {

    private static final String MUNICIPALITY = "GM0155";
    private static final String ANALYST = Tokens.municipality(MUNICIPALITY);

    @BeforeAll
    static void knownMonths() {
        day("2026-08-31", "{\"places\":18,\"waitingYouths\":9,\"inflow\":5}");
        day("2026-09-30", "{\"places\":19,\"waitingYouths\":8,\"inflow\":null}");
        day("2026-10-15", "{\"places\":99,\"waitingYouths\":99}");
        day("2026-10-31", "{\"places\":20,\"availablePlaces\":3,\"waitingYouths\":null,\"waitingYouths.FAMILY_HOME\":7,"
                + "\"medianWaitingDays.FAMILY_HOME\":40,\"medianWaitingDays.TREATMENT_GROUP\":65,\"inflow\":6,"
                + "\"throughflow\":5,\"outflow\":null}");
    }

    @Test
    void theCsvIsWhatDutchSpreadsheetsOpenWithAColumnPerMonthAndSmallCountsAsLessThanFive() {
        byte[] body = given().auth().oauth2(ANALYST).accept("text/csv").queryParam("month", "2026-10")
                .when().get("/api/v1/reports/monthly").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"plekwijzer-gm0155-2026-10.csv\"")
                .extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Arrays.asList(csv.substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("code;omschrijving;2025-11;2025-12;2026-01;2026-02;2026-03;2026-04;2026-05;"
                + "2026-06;2026-07;2026-08;2026-09;2026-10");
        assertThat(lines).contains("places;plaatsen;;;;;;;;;;18;19;20",
                "waitingYouths;wachtende jeugdigen (ontdubbeld);;;;;;;;;;9;8;<5",
                "inflow;instroom (aanmeldingen);;;;;;;;;;5;<5;6",
                "medianWaitingDays.FAMILY_HOME;wachttijd mediaan (dagen) – FAMILY_HOME;;;;;;;;;;;;40",
                "waitingYouths.FAMILY_HOME;wachtende jeugdigen (ontdubbeld) – FAMILY_HOME;;;;;;;;;;0;0;7");
    }

    @Test
    void theJsonHasAValuePerMonth() {
        JsonPath report = given().auth().oauth2(ANALYST).accept("application/json").queryParam("month", "2026-10")
                .when().get("/api/v1/reports/monthly").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("scope")).isEqualTo(MUNICIPALITY);
        assertThat(report.getList("months")).hasSize(12);
        assertThat(report.getInt("endOfMonth.'2026-10'.places")).isEqualTo(20);
        assertThat(report.getInt("endOfMonth.'2026-08'.places")).isEqualTo(18);
        assertThat(report.getMap("endOfMonth.'2026-10'")).containsKey("outflow");
        assertThat(report.getString("endOfMonth.'2026-10'.outflow")).isNull();
        assertThat(report.getMap("endOfMonth")).doesNotContainKey("2026-07");
    }

    @Test
    void thePdfHasTheMonthsKeyFiguresAndItsCharts() throws Exception {
        byte[] pdf = given().auth().oauth2(ANALYST).accept("application/pdf").queryParam("month", "2026-10")
                .when().get("/api/v1/reports/monthly").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Maandrapportage jeugdhulp met verblijf", "Gemeente GM0155 – 2026-10",
                    "plaatsen 20", "vrije plaatsen 3", "wachtende jeugdigen (ontdubbeld) <5", "instroom (aanmeldingen) 6");
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(4);
        }
    }

    @Test
    void aBadFutureOrUnknownMonthAndAnotherMunicipalityAreRefused() {
        given().auth().oauth2(ANALYST).queryParam("month", "2026-13").when().get("/api/v1/reports/monthly").then()
                .statusCode(422).contentType("application/problem+json").body("violations.field", hasItem("month"));
        given().auth().oauth2(ANALYST).queryParam("month", LocalDate.now().plusMonths(2).toString().substring(0, 7))
                .when().get("/api/v1/reports/monthly").then().statusCode(422).body("violations.field", hasItem("month"));
        given().auth().oauth2(ANALYST).queryParam("month", "2025-01").when().get("/api/v1/reports/monthly").then()
                .statusCode(404).body("field", equalTo("month"));
        given().auth().oauth2(Tokens.municipality("GM0164")).queryParam("municipalityCode", MUNICIPALITY)
                .queryParam("month", "2026-10").when().get("/api/v1/reports/monthly").then().statusCode(403);
    }

    private static void day(String day, String figures) {
        Sql.update("INSERT INTO figure_day (scope, day, figures, computed_at) VALUES (?, ?, ?::jsonb, ?)"
                + " ON CONFLICT (scope, day) DO UPDATE SET figures = EXCLUDED.figures", MUNICIPALITY,
                Date.valueOf(LocalDate.parse(day)), figures, java.sql.Timestamp.from(OffsetDateTime.now().toInstant()));
    }
}
